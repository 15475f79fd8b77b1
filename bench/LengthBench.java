import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * How the cost of one POST /api/v1/checks grows with the sentence's length: sentences of 100 to
 * 2,000 characters made of the same clauses (figures, names, metric words), interleaved over
 * ROUNDS rounds so every length sees the same machine load; medians per length and per 100 characters.
 *
 * <pre>java bench/LengthBench.java BASE_URL [ROUNDS]</pre>
 *
 * The service must run with {@code -Dcrosscheck.rate-limit.anonymous-per-minute=0}: the requests carry no key.
 */
public class LengthBench {

    static final String CLAUSES = "宇树科技的四足机器人在春晚亮相，群核科技平台合作客户超过4.5万家，DeepSeek-V3的训练成本为557.6万美元，"
            + "杭州人才净流入率位居全国第一，Manycore serves more than 45,000 business customers; ";
    static final int[] LENGTHS = {100, 250, 500, 1000, 1500, 2000};

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/v1/checks";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        HttpClient http = HttpClient.newHttpClient();
        double[][] ms = new double[LENGTHS.length][rounds];
        for (int r = -3; r < rounds; r++) {
            for (int i = 0; i < LENGTHS.length; i++) {
                String text = CLAUSES.repeat(LENGTHS[i] / CLAUSES.length() + 1).substring(0, LENGTHS[i]);
                String body = "{\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
                long t0 = System.nanoTime();
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                    throw new IllegalStateException(res.statusCode() + " " + res.body());
                }
                if (r >= 0) {
                    ms[i][r] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        System.out.printf("%8s %10s %14s%n", "chars", "median ms", "ms/100 chars");
        for (int i = 0; i < LENGTHS.length; i++) {
            double[] s = ms[i].clone();
            Arrays.sort(s);
            double median = s[s.length / 2];
            System.out.printf("%8d %10.1f %14.2f%n", LENGTHS[i], median, median / LENGTHS[i] * 100);
        }
    }
}
