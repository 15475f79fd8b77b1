import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop concurrent writers: WRITERS threads, each writing its own claims as fast as the
 * service acknowledges them, for SECONDS seconds after a warm-up.
 *
 * <pre>java [-Dwarmup=15] bench/WriteClient.java BASE_URL KEY WRITERS SECONDS MODE [ACKED_FILE]</pre>
 *
 * MODE {@code patch}: each writer creates one claim, then changes its note by JSON Merge Patch
 * ({@code If-Match: *}) over and over: 32 writers on 32 different claims; a note edit changes no
 * finding and no check. MODE {@code qualifier}: the same, but each write gives the claim a new
 * value of an undeclared (so hard) qualifier, which moves it to another fact: findings, the check
 * book and the claim's check profile must follow every write. MODE {@code create}: each
 * write creates a new claim; with ACKED_FILE every acknowledged id is appended to it as soon as its
 * 201 arrives, so a crash test can check that each one survived. Prints writes/s, latency
 * percentiles and the count of each status; exits 1 if any answer was a 5xx.
 */
public class WriteClient {

    static final int WARMUP_SECONDS = Integer.getInteger("warmup", 15);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int writers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String mode = args[4];
        PrintWriter acked = args.length > 5 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8), true) : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long warmEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                try {
                    String own = "bench-" + run + "-" + writer;
                    boolean edits = !mode.equals("create");
                    if (edits) {
                        send(http, create(base, key, own, "created"));
                    }
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String id = edits ? own : own + "-" + i;
                        String change = mode.equals("qualifier") ? "{\"qualifiers\":{\"round\":\"" + own + "-" + i + "\"}}"
                                : "{\"note\":\"write " + i + "\"}";
                        HttpRequest req = edits ? patch(base, key, id, change) : create(base, key, id, "write " + i);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = send(http, req);
                        } catch (IOException e) {
                            status = -1;
                        }
                        long t1 = System.nanoTime();
                        if (acked != null && status == 201) {
                            synchronized (acked) {
                                acked.println(id);
                            }
                        }
                        if (t0 >= warmEnd) {
                            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                            latencies.add(t1 - t0);
                        }
                    }
                } catch (Exception e) {
                    System.err.println("writer " + writer + ": " + e);
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long ok = statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300).mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("writers=%d mode=%s seconds=%d acknowledged=%d writes/s=%.1f p50=%.1fms p99=%.1fms max=%.1fms statuses=%s%n",
                writers, mode, seconds, ok, ok / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 1.0),
                new TreeMap<>(statuses));
        if (acked != null) {
            acked.close();
        }
        System.exit(statuses.keySet().stream().anyMatch(s -> s >= 500) ? 1 : 0);
    }

    static int send(HttpClient http, HttpRequest req) throws IOException, InterruptedException {
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpRequest create(String base, String key, String id, String note) {
        String body = "{\"id\":\"" + id + "\",\"subject\":\"" + System.getProperty("subject", "bench-subject")
                + "\",\"property\":\"" + System.getProperty("property", "bench-property") + "\",\"value\":\""
                + System.getProperty("value", "1") + "\",\"unit\":\"" + System.getProperty("unit", "firm") + "\",\"source\":\""
                + System.getProperty("source", "001") + "\",\"quote\":\"" + System.getProperty("quote", "") + "\",\"note\":\"" + note + "\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/claims")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpRequest patch(String base, String key, String id, String change) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/claims/" + id)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/merge-patch+json")
                .header("If-Match", "*").method("PATCH", HttpRequest.BodyPublishers.ofString(change)).build();
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
