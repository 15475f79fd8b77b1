package dev.crosscheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.api.contract.OpenApiContract;
import dev.crosscheck.api.contract.RequestFuzzer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spec-driven fuzz test: for every operation of {@code openapi/openapi.yaml}, requests drawn
 * from its parameters' and body's schemas, right and wrong (types, bounds, hostile strings, raw
 * bodies that are no JSON, other media types, with and without keys). No answer may be a 5xx;
 * every answer must be one the contract lists, of its schema (the tests' contract filter checks
 * each), and every 4xx a problem document. Bounded in requests and time; reproducible by seed
 * ({@code -Dfuzz.seed=…}, {@code -Dfuzz.per-operation=…}).
 *
 * <p>Writes never touch the curated claims: ids written to start with {@code fuzz-}, and the
 * reimport of the curated files (which would undo other tests' claims) is sent without a key.
 */
@QuarkusTest
class ContractFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int PER_OPERATION = Integer.getInteger("fuzz.per-operation", 24);
    static final long BUDGET_MILLIS = 120_000;
    static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    static final ObjectMapper JSON = new ObjectMapper();

    record Sent(String method, String path, Map<String, String> pathParams, Map<String, String> query, Map<String, String> headers,
                String contentType, String body) {
        String describe() {
            String b = body == null ? "" : " body=" + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
            return method.toUpperCase() + " " + path + " path=" + pathParams + " query=" + query + " headers=" + headers.keySet()
                    + " type=" + contentType + b;
        }
    }

    @Test
    void noOperationAnswers5xxAndEvery4xxIsAProblemTheContractLists() {
        JsonNode doc = OpenApiContract.committed().document();
        RequestFuzzer fuzz = new RequestFuzzer(doc, new Random(SEED));
        Map<String, List<String>> ids = knownIds();
        List<String> failures = new ArrayList<>();
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                for (int i = 0; i < PER_OPERATION && System.currentTimeMillis() < deadline; i++) {
                    Sent request = draw(fuzz, path.getKey(), op.getKey(), op.getValue(), ids);
                    String failure = send(request);
                    sent++;
                    if (failure != null && failures.size() < 20) {
                        failures.add(failure);
                    }
                }
            }
        }
        retractOwnClaims();
        assertThat(sent).as("requests sent within the time budget").isGreaterThanOrEqualTo(300);
        assertThat(failures).as("seed " + SEED + ": requests answered against the contract").isEmpty();
    }

    /**
     * Claims the fuzzer's writes created stay in the store the other tests read (a random claim on a curated fact makes
     * it contested): every id a write can name ({@link #pathValue}, {@link #ownIds}) is retracted again.
     */
    private static void retractOwnClaims() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (int i = 0; i <= 0xff; i++) {
            ids.add("fuzz-" + Integer.toHexString(i));
        }
        ids.add("fuzz-7fff");
        for (String id : ids) {
            int status = given().header("Authorization", "Bearer " + WriteApiTest.EDITOR).header("If-Match", "*")
                    .queryParam("reason", "fuzz test claim").delete("/api/v1/claims/" + id).statusCode();
            assertThat(status).as("retracting " + id).isIn(200, 404, 409);
        }
    }

    /** Ids that exist, so that some requests reach past the lookup; writes use only ids of their own. */
    private static Map<String, List<String>> knownIds() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("claims", given().queryParam("size", 20).get("/api/v1/claims").then().extract().jsonPath().getList("items.id"));
        ids.put("entities", given().get("/api/v1/entities").then().extract().jsonPath().getList("id"));
        ids.put("properties", given().get("/api/v1/properties").then().extract().jsonPath().getList("id"));
        ids.put("sources", given().get("/api/v1/sources").then().extract().jsonPath().getList("id"));
        ids.put("findings", given().queryParam("size", 20).get("/api/v1/findings").then().extract().jsonPath().getList("items.id"));
        ids.put("rules", given().get("/api/v1/rules").then().extract().jsonPath().getList("id"));
        return ids;
    }

    private Sent draw(RequestFuzzer fuzz, String path, String method, JsonNode op, Map<String, List<String>> ids) {
        boolean write = WRITES.contains(method) && !path.startsWith("/api/v1/checks") && !path.equals("/api/v1/compare")
                && !path.equals("/api/v1/validations");
        Map<String, String> pathParams = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = fuzz.resolve(p);
            String name = param.path("name").asText();
            switch (param.path("in").asText()) {
                case "path" -> pathParams.put(name, pathValue(fuzz, path, name, param, write, ids));
                case "query" -> {
                    if (fuzz.chance(0.6)) {
                        query.put(name, fuzz.parameter(param.path("schema")));
                    }
                }
                case "header" -> {
                    if (fuzz.chance(0.6)) {
                        headers.put(name, fuzz.pick(List.of("*", "\"1\"", "W/\"1\"", "\"abc\", \"def\"", "", "garbage", "\"" + "9".repeat(30) + "\"")));
                    }
                }
                default -> {
                }
            }
        }
        boolean secured = op.path("security").isArray() && op.path("security").size() > 0 && !op.path("security").get(0).isEmpty();
        if (secured || fuzz.chance(0.2)) {
            // The reimport rewrites the store from the curated files, and an import's claims keep the ids its body gives:
            // both would undo or crowd other tests' claims, so they are sent only without a valid key.
            boolean mayWriteCurated = path.equals("/api/v1/claims/reimport") || path.equals("/api/v1/claims/import");
            String key = fuzz.pick(mayWriteCurated ? List.of("", "wrong-key") : List.of("", "wrong-key", WriteApiTest.EDITOR,
                    WriteApiTest.ADMIN, WriteApiTest.EDITOR));
            if (!key.isEmpty() && fuzz.chance(0.5)) {
                headers.put("Authorization", "Bearer " + key);
            } else if (!key.isEmpty()) {
                headers.put("X-API-Key", key);
            }
        }
        String contentType = null;
        String body = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.size() > 0 && fuzz.chance(0.9)) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            contentType = fuzz.chance(0.1) ? fuzz.pick(List.of("a/b/c", ";;;", "application/json, text/plain", "text/plain",
                    "multipart/form-data; boundary=x", "application/json; charset=latin-9")) : fuzz.pick(types);
            JsonNode schema = content.path(types.contains(contentType) ? contentType : types.get(0)).path("schema");
            body = fuzz.body(schema, JSON);
            if (write) {
                body = ownIds(body);
            }
        }
        return new Sent(method, path, pathParams, query, headers, contentType, body);
    }

    private static String pathValue(RequestFuzzer fuzz, String path, String name, JsonNode param, boolean write,
                                    Map<String, List<String>> ids) {
        if (write) {
            return "fuzz-" + Integer.toHexString(fuzz.pick(List.of(1, 2, 3, 0x7fff)));
        }
        String collection = path.split("/")[3];
        List<String> known = java.util.Objects.requireNonNullElse(ids.get(collection), List.of());
        if (!name.equals("n") && !known.isEmpty() && fuzz.chance(0.6)) {
            return known.get(Math.abs(fuzz.parameter(param.path("schema")).hashCode()) % known.size());
        }
        return fuzz.parameter(param.path("schema"));
    }

    /** A body written by the fuzzer names ids of its own, never a curated claim's or source's. */
    private static String ownIds(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.isObject() && n.has("id")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("id", "fuzz-" + Integer.toHexString(n.get("id").asText().hashCode() & 0xff));
                return JSON.writeValueAsString(n);
            }
            return body;
        } catch (Exception e) {
            return body; // not JSON: it creates nothing
        }
    }

    private static String encode(String v) {
        return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends the request; a description of what went wrong, or null when the answer is one the contract allows. */
    private static String send(Sent s) {
        // The URI is encoded here, not by RestAssured, which would read braces in a value as a template of its own.
        RequestSpecification r = given().urlEncodingEnabled(false).config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        s.headers().forEach(r::header);
        String uri = s.path();
        for (Map.Entry<String, String> p : s.pathParams().entrySet()) {
            uri = uri.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        StringBuilder q = new StringBuilder();
        s.query().forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(encode(k)).append('=').append(encode(v)));
        uri += q;
        if (s.body() != null) {
            r.contentType(s.contentType()).body(s.body().getBytes(StandardCharsets.UTF_8));
        }
        try {
            Response response = r.request(s.method().toUpperCase(), uri);
            int status = response.statusCode();
            if (status >= 500) {
                return status + " for " + s.describe() + "\n    " + response.asString();
            }
            if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                return status + " without a problem document for " + s.describe();
            }
            return null;
        } catch (AssertionError e) {
            // The contract filter: a status, media type or body the contract does not allow.
            return e.getMessage().lines().limit(6).reduce((a, b) -> a + "\n    " + b).orElse("") + "\n    for " + s.describe();
        }
    }
}
