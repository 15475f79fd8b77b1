package dev.crosscheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ClaimReview export against Google's ClaimReview guidelines: the required claimReviewed,
 * reviewRating (with alternateName) and url, the recommended author, datePublished and
 * itemReviewed (a Claim with author, appearance and firstAppearance), and nothing that is not a
 * schema.org property of its type. Every URL is under the configured public URL, whatever Host the
 * request named. The export is written to target/formats/claimreview/ for
 * src/test/formats/claimreview_check.mjs, which type-checks it against schema-dts.
 */
@QuarkusTest
class ClaimReviewExportTest {

    static final String BASE = "https://crosscheck.test";
    static final Path OUT = Path.of("target", "formats", "claimreview");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Integer> RATING = Map.of("AGREEMENT", 3, "TENSION", 2, "CONFLICT", 1);

    @Test
    void everyCitedClaimGetsAReviewWithGooglesRequiredAndRecommendedProperties() throws Exception {
        Response r = given().queryParam("format", "claimreview").get("/api/v1/export");
        r.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/ld+json"));
        byte[] body = r.asByteArray();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("claimreview.jsonld"), body);
        JsonNode doc = JSON.readTree(body);
        assertThat(doc.fieldNames()).toIterable().containsExactly("@context", "@graph");
        assertThat(doc.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(r.header("X-Ruleset-Version")).matches("[0-9a-f]{64}");
        assertNowhere(doc, "additionalProperty");

        var page = given().queryParam("size", 200).get("/api/v1/findings").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> findings = page.getList("items");
        Map<String, String> kinds = new HashMap<>();
        Set<String> expected = new HashSet<>();
        for (Map<String, Object> f : findings) {
            kinds.put((String) f.get("id"), (String) f.get("kind"));
            for (Object c : (List<?>) f.get("claims")) {
                expected.add(BASE + "/api/v1/findings/" + f.get("id") + "#" + ((Map<?, ?>) c).get("id"));
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> quotes = new HashMap<>();
        for (JsonNode review : doc.get("@graph")) {
            assertThat(ids.add(review.get("@id").asText())).as("unique @id").isTrue();
            assertReview(review, kinds, quotes);
        }
        assertThat(ids).isEqualTo(expected);
    }

    private static void assertReview(JsonNode review, Map<String, String> kinds, Map<String, String> quotes) {
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        String finding = review.get("identifier").asText();
        assertThat(review.get("url").asText()).isEqualTo(BASE + "/api/v1/findings/" + finding);
        assertThat(review.get("author").get("@type").asText()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asText()).isNotBlank();
        assertThat(review.get("author").get("url").asText()).isEqualTo(BASE + "/");
        assertThat(OffsetDateTime.parse(review.get("datePublished").asText())).isBeforeOrEqualTo(OffsetDateTime.now());

        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asText()).isEqualTo("Rating");
        assertThat(rating.get("alternateName").asText()).isNotBlank();
        assertThat(rating.get("bestRating").asInt()).isEqualTo(3);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(RATING.get(kinds.get(finding)));
        assertThat(rating.get("ratingExplanation").asText()).isNotBlank();

        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asText()).isEqualTo("Claim");
        String claimUrl = claim.get("@id").asText();
        assertThat(claimUrl).startsWith(BASE + "/api/v1/claims/");
        String claimId = claimUrl.substring((BASE + "/api/v1/claims/").length());
        assertThat(review.get("@id").asText()).isEqualTo(review.get("url").asText() + "#" + claimId);
        // claimReviewed is the claim itself, as its source words it: not the finding's explanation.
        String quote = quotes.computeIfAbsent(claimId, id -> given().get("/api/v1/claims/" + id).then().extract().path("quote"));
        assertThat(review.get("claimReviewed").asText()).isEqualTo(quote).isNotEqualTo(rating.get("ratingExplanation").asText());

        JsonNode first = claim.get("firstAppearance");
        assertThat(claim.get("appearance")).isNotEmpty().contains(first);
        assertThat(first.get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(first.get("name").asText()).isNotBlank();
        assertThat(first.get("url").asText()).matches("https?://.+");
        assertThat(first.get("@id").asText()).startsWith(BASE + "/api/v1/sources/");
        assertThat(review.get("isBasedOn").get("@id").asText()).startsWith(BASE + "/api/v1/rules/");
    }

    @Test
    void theClaimsAuthorIsTheSourcesAuthorsOrElseItsPublisher() {
        var graph = given().queryParam("format", "claimreview").get("/api/v1/export").then().extract().jsonPath();
        List<Map<String, Object>> reviews = graph.getList("'@graph'");
        Map<String, Object> fromAuthors = itemFrom(reviews, "002");
        assertThat(fromAuthors.get("author")).isEqualTo(List.of(Map.of("@type", "Person", "name", "關樂寧"),
                Map.of("@type", "Person", "name", "徐凌驗")));
        Map<String, Object> fromPublisher = itemFrom(reviews, "001");
        assertThat(fromPublisher.get("author")).isEqualTo(Map.of("@type", "Organization", "name", "某某资讯网"));
        Map<?, ?> appearance = (Map<?, ?>) fromPublisher.get("firstAppearance");
        assertThat(appearance.get("url")).isEqualTo("http://news.fenhuangsh.com/fazhi/redian/2428.html");
        // Without an address of its own, the source appears where this service serves it.
        assertThat(((Map<?, ?>) fromAuthors.get("firstAppearance")).get("url")).isEqualTo(BASE + "/api/v1/sources/002");

        // The property compared is what additionalProperty used to carry: now the claim is about it.
        var tension = reviews.stream().filter(r -> ((List<Map<String, Object>>) ((Map<?, ?>) r.get("itemReviewed")).get("about"))
                .stream().anyMatch(a -> "zju-linked-count".equals(a.get("termCode")))).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) tension.get("reviewRating")).get("ratingValue")).isEqualTo(2);
        List<Map<String, Object>> about = (List<Map<String, Object>>) ((Map<?, ?>) tension.get("itemReviewed")).get("about");
        assertThat(about).extracting(a -> a.get("@id")).containsExactly(BASE + "/api/v1/entities/" + about.get(0).get("identifier"),
                BASE + "/api/v1/properties/zju-linked-count");
        given().get(about.get(1).get("@id").toString().substring(BASE.length())).then().statusCode(200);
        given().get(((Map<?, ?>) tension.get("isBasedOn")).get("@id").toString().substring(BASE.length())).then().statusCode(200);
    }

    /** A claim is made when its source is published: the source's day, when it states one, dates the reviewed Claim. */
    @Test
    void theClaimIsDatedByItsSourcesPublicationDay() {
        String source = "cr-dated-" + UUID.randomUUID().toString().substring(0, 8);
        ProvenanceExportTest.as(WriteApiTest.ADMIN).contentType("application/json")
                .body(Map.of("id", source, "title", "日期测试来源", "text", ProvenanceExportTest.TEXT, "language", "zh", "published", "2025-03-01"))
                .post("/api/v1/sources").then().statusCode(201);
        given().get("/api/v1/sources/" + source).then().statusCode(200).body("published", org.hamcrest.Matchers.equalTo("2025-03-01"));
        String id = "cr-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> claim = new HashMap<>(ProvenanceExportTest.claim(id, "超过1200", "合作客户超过1200家"));
        claim.put("source", source);
        ProvenanceExportTest.as(WriteApiTest.EDITOR).contentType("application/json").body(claim).post("/api/v1/claims").then().statusCode(201);
        try {
            List<Map<String, Object>> reviews = given().queryParam("format", "claimreview").get("/api/v1/export").then().statusCode(200)
                    .extract().jsonPath().getList("'@graph'");
            Map<String, Object> dated = itemFrom(reviews, source);
            assertThat(dated.get("@id")).isEqualTo(BASE + "/api/v1/claims/" + id);
            assertThat(dated.get("datePublished")).isEqualTo("2025-03-01");
            assertThat(((Map<?, ?>) dated.get("firstAppearance")).get("datePublished")).isEqualTo("2025-03-01");
            // The seed sources state no day: their claims carry none rather than a guessed one.
            assertThat(itemFrom(reviews, "002")).doesNotContainKey("datePublished");
        } finally {
            ProvenanceExportTest.retract(id);
        }
    }

    @Test
    void aPublicationDayThatIsNoDateIsRefused() {
        ProvenanceExportTest.as(WriteApiTest.ADMIN).contentType("application/json")
                .body(Map.of("id", "cr-undated", "title", "日期测试来源", "text", ProvenanceExportTest.TEXT, "language", "zh", "published", "2025-13-01"))
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("published"));
        given().get("/api/v1/sources/cr-undated").then().statusCode(404);
    }

    @Test
    void aForgedHostNeverReachesAnExportOrALocation() {
        String body = given().header("Host", "attacker.example").header("X-Forwarded-Host", "forwarded.example")
                .header("X-Forwarded-Proto", "gopher").header("Forwarded", "host=forwarded.example;proto=gopher")
                .queryParam("format", "claimreview").get("/api/v1/export").then().statusCode(200).extract().asString();
        assertThat(body).contains(BASE + "/api/v1/findings/")
                .doesNotContain("attacker.example").doesNotContain("forwarded.example").doesNotContain("gopher");

        ProvenanceExportTest.ensureSource();
        String id = "cr-" + UUID.randomUUID().toString().substring(0, 8);
        String location = given().header("Authorization", "Bearer " + WriteApiTest.EDITOR).header("Host", "attacker.example")
                .header("X-Forwarded-Host", "forwarded.example").contentType("application/json")
                .body(ProvenanceExportTest.claim(id, "超过1200", "合作客户超过1200家"))
                .post("/api/v1/claims").then().statusCode(201).extract().header("Location");
        assertThat(location).isEqualTo(BASE + "/api/v1/claims/" + id);
        ProvenanceExportTest.retract(id);
    }

    private static Map<String, Object> itemFrom(List<Map<String, Object>> reviews, String source) {
        return reviews.stream().map(r -> (Map<String, Object>) r.get("itemReviewed"))
                .filter(i -> (BASE + "/api/v1/sources/" + source).equals(((Map<?, ?>) i.get("firstAppearance")).get("@id")))
                .findFirst().orElseThrow(() -> new AssertionError("no review of a claim from source " + source));
    }

    private static void assertNowhere(JsonNode node, String property) {
        List<JsonNode> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            JsonNode n = stack.remove(stack.size() - 1);
            assertThat(n.has(property)).as(property + " in " + n).isFalse();
            n.elements().forEachRemaining(stack::add);
        }
    }
}
