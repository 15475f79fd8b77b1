import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * POST /api/v1/checks/draft on a draft of about CHARS characters, side by side with POST
 * /api/v1/checks/batch on the same sentences already split: rounds alternate the two, so both see
 * the same machine load, and the ratio shows what splitting and the draft's answer cost on top of
 * the checks themselves.
 *
 * <p>The draft is made of the blind evaluation sentences (bench/eval/checks-test.yaml, three
 * languages), six to a paragraph, in file order, as long as the draft stays within CHARS characters (and the batch within its 1,000 items).
 *
 * <pre>java bench/DraftBench.java BASE_URL [CHARS] [ROUNDS]</pre>
 */
public class DraftBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("bench/eval/checks-test.yaml"), StandardCharsets.UTF_8)) {
            if (line.startsWith("  text: ")) {
                sentences.add(unquote(line.substring(8).strip()));
            }
        }
        StringBuilder draft = new StringBuilder();
        List<String> used = new ArrayList<>();
        for (int i = 0; used.size() < 1000; i++) {
            String s = sentences.get(i % sentences.size());
            String piece = s + (i % 6 == 5 ? "\n\n" : s.matches(".*[.!?]$") ? " " : "");
            if (draft.length() + piece.length() > chars) {
                break;
            }
            draft.append(piece);
            used.add(s);
        }
        String draftBody = "{\"text\":" + json(draft.toString()) + "}";
        StringBuilder batch = new StringBuilder("{\"items\":[");
        for (int i = 0; i < used.size(); i++) {
            batch.append(i == 0 ? "" : ",").append("{\"text\":").append(json(used.get(i))).append('}');
        }
        String batchBody = batch.append("]}").toString();
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf("draft: %d characters, %d sentences given; %d rounds after 5 warm-up rounds%n", draft.length(), used.size(), rounds);
        for (int i = 0; i < 5; i++) {
            post(http, base + "/api/v1/checks/draft", draftBody);
            post(http, base + "/api/v1/checks/batch", batchBody);
        }
        double[] d = new double[rounds];
        double[] b = new double[rounds];
        int found = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            String answer = post(http, base + "/api/v1/checks/draft", draftBody);
            d[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            post(http, base + "/api/v1/checks/batch", batchBody);
            b[i] = (System.nanoTime() - t0) / 1e6;
            found = answer.split("\"status\":").length - 1;
        }
        System.out.printf("sentences found by the draft's splitter: %d%n", found);
        System.out.printf("POST /checks/draft  median %.0f ms, p90 %.0f ms, max %.0f ms%n", pct(d, 50), pct(d, 90), pct(d, 100));
        System.out.printf("POST /checks/batch  median %.0f ms, p90 %.0f ms, max %.0f ms%n", pct(b, 50), pct(b, 90), pct(b, 100));
        System.out.printf("ratio draft/batch (medians): %.2f%n", pct(d, 50) / pct(b, 50));
    }

    static String post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static double pct(double[] xs, int p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s;
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
