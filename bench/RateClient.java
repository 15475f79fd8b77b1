import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a constant rate: sends POST /api/v1/checks every 1/rate seconds whatever
 * the responses do, and measures each latency from the moment the request was due, so a stall
 * of the server shows in the percentiles instead of slowing the load (no coordinated omission).
 *
 * <p>The first {@value #WARMUP_SECONDS} seconds run at the same rate without being recorded, so that the
 * client's own start-up (class loading, JIT) does not count as the server's latency.
 *
 * <pre>java bench/RateClient.java URL RATE SECONDS SENTENCES_FILE</pre>
 */
public class RateClient {

    static final int WARMUP_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<String> bodies = new ArrayList<>();
        for (String s : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
            if (!s.isBlank()) {
                bodies.add("{\"text\":\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            }
        }
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        run(client, url, bodies, rate, WARMUP_SECONDS, false);
        run(client, url, bodies, rate, seconds, true);
        System.exit(0);
    }

    private static void run(HttpClient client, String url, List<String> bodies, int rate, int seconds, boolean report) {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int k = i;
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()), StandardCharsets.UTF_8)).build();
            pending.add(client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, t) -> {
                latencies[k] = System.nanoTime() - due;
                if (t != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(t -> null).join();
        if (!report) {
            return;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("open loop: %d requests at %d req/s for %d s (%.1f req/s achieved), %d errors%n", total, rate, seconds,
                total / elapsed, errors.get());
        for (double p : new double[] {50, 90, 99, 99.9}) {
            System.out.printf("p%-5s %8.2f ms%n", p, latencies[(int) Math.min(total - 1, Math.ceil(p / 100 * total) - 1)] / 1e6);
        }
        System.out.printf("max    %8.2f ms%n", latencies[total - 1] / 1e6);
    }
}
