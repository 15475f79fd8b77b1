package dev.crosscheck.api;

import dev.crosscheck.api.contract.OpenApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every client error the service can give is a problem document the contract lists, whoever
 * answers it: a resource, content negotiation, or the HTTP layer before JAX-RS. (Each response
 * is also validated against the contract by the tests' global filter.)
 */
@QuarkusTest
class ProblemResponsesTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aMethodThePathDoesNotServeIs405WithAllow() {
        given().delete("/api/v1/checks").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "OPTIONS, POST").body("type", equalTo("urn:crosscheck:problem:method-not-allowed"));
        // Allow is per path, not per resource class: /claims serves GET and POST, /claims/{id}/revisions only GET.
        given().delete("/api/v1/claims").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().post("/api/v1/claims/002-manycore-customers/revisions").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        given().put("/api/v1/sources/001/text").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void anAcceptNothingMatchesIs406() {
        given().accept("text/csv").get("/api/v1/claims").then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:crosscheck:problem:not-acceptable"));
        given().accept(ContentType.JSON).get("/api/v1/sources/001/text").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aBodyOfAMediaTypeTheOperationDoesNotReadIs415() {
        given().contentType("text/csv").body("text\na").post("/api/v1/checks").then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("urn:crosscheck:problem:unsupported-media-type"));
    }

    @Test
    void aUriOverTheLimitIs414FromTheHttpLayer() {
        given().queryParam("q", "a".repeat(5000)).get("/api/v1/claims").then().statusCode(414)
                .contentType("application/problem+json").header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("urn:crosscheck:problem:uri-too-long"))
                .body("detail", containsString("at most 4096"));
        given().queryParam("q", "a".repeat(4000)).get("/api/v1/claims").then().statusCode(200);
    }

    /** A declared length over the body limit is answered before a byte of the body is read: the client sends none. */
    @Test
    void aBodyOverTheLimitIs413FromTheHttpLayer() throws Exception {
        Raw r = raw("POST /api/v1/checks HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 70000000\r\n\r\n");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.headers()).containsEntry("connection", "close").containsEntry("x-content-type-options", "nosniff");
        assertThat(r.body()).contains("\"type\":\"urn:crosscheck:problem:payload-too-large\"").contains("at most 67108864");
        assertThat(OpenApiContract.committed().violations(new OpenApiContract.Exchange("POST", "/api/v1/checks", r.status(),
                r.headers().get("content-type"), h -> r.headers().get(h.toLowerCase(Locale.ROOT)),
                r.body().getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    /** What the HTTP codec lets through but is no URI is refused, not decoded as something the client did not mean. */
    @Test
    void aTargetThatIsNoUriIs400FromTheHttpLayer() throws Exception {
        for (byte[] target : new byte[][]{"/api/v1/claims/中".getBytes(StandardCharsets.UTF_8),
                "/api/v1/claims?q=%zz".getBytes(StandardCharsets.US_ASCII), "/api/v1/claims/%00/findings".getBytes(StandardCharsets.US_ASCII), "/api/v1/claims/a\"b".getBytes(StandardCharsets.US_ASCII)}) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write("GET ".getBytes(StandardCharsets.US_ASCII));
            request.write(target);
            request.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Raw r = raw(request.toByteArray());
            assertThat(r.status()).as(new String(target, StandardCharsets.UTF_8)).isEqualTo(400);
            assertThat(r.headers()).containsEntry("content-type", "application/problem+json");
            assertThat(r.body()).contains("\"type\":\"urn:crosscheck:problem:malformed-uri\"").contains("not a valid URI");
            // The path is echoed only when it is a URI itself (the query is never echoed).
            assertThat(r.body()).as("a path that is no URI is not echoed").doesNotContain("\"instance\":\"/api/v1/claims/");
        }
        // The same id percent-encoded is read as the client wrote it.
        given().get("/api/v1/claims/{id}", "中").then().statusCode(404).body("detail", containsString("'中'"));
    }

    /** "/claims/" + an empty id must not be the collection: a client that lost an id would get the list without noticing. */
    @Test
    void aPathEndingInASlashOrADotSegmentNamesNoResource() throws Exception {
        for (String path : new String[]{"/api/v1/claims/", "/api/v1/rules/", "/api/v1/claims/.", "/api/v1/claims/./revisions"}) {
            Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("\"type\":\"urn:crosscheck:problem:not-found\"").contains("an empty id?");
        }
        given().get("/api/v1/claims").then().statusCode(200);
    }

    /** PostgreSQL's text cannot hold NUL: a body string with one is refused at the boundary, naming the field. */
    @Test
    void aStringHoldingNulIs400NamingItsField() {
        given().contentType(ContentType.JSON).body("{\"text\":\"群核科技\\u0000客户\"}").post("/api/v1/checks").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/text"));
    }

    @Test
    void headersOverTheLimitAre431FromTheHttpLayer() throws Exception {
        Raw r = raw(("GET /api/v1/claims HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(21_000) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(r.status()).isEqualTo(431);
        assertThat(r.headers()).containsEntry("connection", "close").containsEntry("content-type", "application/problem+json");
        assertThat(r.body()).contains("\"type\":\"urn:crosscheck:problem:header-fields-too-large\"").contains("at most 20480");
        assertThat(OpenApiContract.committed().violations(new OpenApiContract.Exchange("GET", "/api/v1/claims", r.status(),
                r.headers().get("content-type"), h -> r.headers().get(h.toLowerCase(Locale.ROOT)),
                r.body().getBytes(StandardCharsets.UTF_8)))).isEmpty();
        given().header("X-Padding", "a".repeat(19_000)).get("/api/v1/claims").then().statusCode(200);
    }

    private record Raw(int status, Map<String, String> headers, String body) {
    }

    private Raw raw(String request) throws Exception {
        return raw(request.getBytes(StandardCharsets.US_ASCII));
    }

    private Raw raw(byte[] request) throws Exception {
        try (Socket s = new Socket(root.getHost(), root.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            // The server does not close at once while the refused body is still due: read the head, then Content-Length bytes.
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                assertThat(b).as("the response ended inside its head").isNotNegative();
                head.write(b);
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            Arrays.stream(lines).skip(1).forEach(l -> headers.put(l.substring(0, l.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                    l.substring(l.indexOf(':') + 1).strip()));
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    @Test
    void absentValuesAreLeftOutNeverNull() {
        // 002 has a publisher and no URL; 001 has a URL: a field is there with its value, or not at all.
        given().get("/api/v1/sources/002").then().statusCode(200)
                .body("publisher", equalTo("國家信息中心信息化和產業部")).body("$", not(hasKey("url")));
        given().get("/api/v1/sources").then().statusCode(200)
                .body("findAll { it.containsKey('url') }.url", everyItem(startsWith("http")))
                .body("findAll { it.containsValue(null) }", empty());
        given().get("/api/v1/properties/customer-count").then().statusCode(200)
                .body("unit", equalTo("firm")).body("$", not(hasKey("aggregates")));
        given().get("/api/v1/properties").then().statusCode(200).body("findAll { it.containsValue(null) }", empty())
                .body("findAll { !it.containsKey('unit') }", not(empty()));
        given().get("/api/v1/entities").then().statusCode(200).body("findAll { it.containsValue(null) }", empty())
                .body("findAll { !it.containsKey('description') }", not(empty()));
        given().get("/api/v1/claims/002-manycore-customers/revisions").then().statusCode(200)
                .body("findAll { it.containsValue(null) }", empty())
                .body("[0].snapshot", not(hasKey("note")));
    }
}
