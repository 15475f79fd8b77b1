package dev.crosscheck.api;

import dev.crosscheck.source.SourceText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The rules engine over HTTP, on the real seed corpus. */
@QuarkusTest
class FindingsApiTest {

    static JsonPath findings(String kind) {
        return given().queryParam("kind", kind).queryParam("size", 200).get("/api/v1/findings").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> finding(JsonPath page, String property) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(f -> property.equals(f.get("property"))).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + property));
    }

    @Test
    void theZjuAttributionDisagreementIsReportedWithBothSidesQuotes() {
        JsonPath tensions = findings("TENSION");
        assertThat(tensions.getString("rulesetVersion")).isEqualTo(sha256("claims/rules.yaml"));
        Map<String, Object> zju = finding(tensions, "zju-linked-count");
        assertThat((String) zju.get("explanation")).contains("001").contains("002").contains("definition");
        List<Map<String, Object>> claims = (List<Map<String, Object>>) zju.get("claims");
        assertThat(claims).extracting(c -> c.get("source")).containsExactlyInAnyOrder("001", "002");
        assertThat(claims).allSatisfy(c -> {
            assertThat((String) c.get("quote")).isNotBlank();
            assertThat(((Map<String, Object>) c.get("positionSelector")).get("type")).isEqualTo("TextPositionSelector");
            assertThat(((Map<String, Object>) c.get("quoteSelector")).get("exact")).isNotNull();
        });
    }

    @Test
    void theFoundingOriginDisagreementsAreReported() {
        List<Map<String, Object>> items = findings("TENSION").getList("items");
        Set<String> originClaims = new HashSet<>();
        items.stream().filter(f -> ((String) f.get("property")).contains("count") && !"zju-linked-count".equals(f.get("property")))
                .forEach(f -> ((List<Map<String, Object>>) f.get("claims")).forEach(c -> originClaims.add((String) c.get("id"))));
        assertThat(originClaims).contains("003-six-little-dragons-locally-incubated", "002-brainco-origin",
                "004-six-little-dragons-non-local-founders");
    }

    @Test
    void repeatedFiguresAreCorroboratedAcrossSources() {
        JsonPath agreements = findings("AGREEMENT");
        List<Map<String, Object>> items = agreements.getList("items");
        Map<String, Object> labs = items.stream().filter(f -> "chengxi-corridor".equals(f.get("subject"))
                && "national-lab-count".equals(f.get("property"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) labs.get("claims")).extracting(c -> c.get("source")).contains("001", "002");
        Map<String, Object> members = finding(agreements, "members");
        assertThat(new HashSet<>(((List<Map<String, Object>>) members.get("claims")).stream().map(c -> c.get("source")).toList()))
                .contains("000", "002", "004");
    }

    @Test
    void nothingIsFlaggedBetweenDifferentRankingsOrMetrics() {
        for (String kind : List.of("AGREEMENT", "CONFLICT", "TENSION")) {
            List<Map<String, Object>> items = findings(kind).getList("items");
            items.stream().filter(f -> "rank".equals(f.get("property"))).forEach(f -> {
                Set<String> rankClaims = new HashSet<>();
                ((List<Map<String, Object>>) f.get("claims")).forEach(c -> rankClaims.add((String) c.get("id")));
                assertThat(rankClaims).as("a rank finding compares one ranking only").hasSizeLessThanOrEqualTo(1);
            });
        }
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-hangzhou-ai-city-rank"),
                        "b", Map.of("id", "003-hangzhou-innovation-capability-rank")))
                .post("/api/v1/compare").then().statusCode(200)
                .body("relation", equalTo("NOT_COMPARABLE")).body("reason", containsString("ranking"));
    }

    @Test
    void compareAcceptsIdsOrBodies() {
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-six-little-dragons-zju-genes"),
                "b", Map.of("id", "002-six-little-dragons-zju-count"))).post("/api/v1/compare").then().statusCode(200)
                .body("relation", equalTo("TENSION"));
        Map<String, Object> two = Map.of("subject", "chengxi-corridor", "property", "national-lab-count", "value", "2", "unit", "institution");
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-chengxi-national-lab-count"), "b", two))
                .post("/api/v1/compare").then().statusCode(200).body("relation", equalTo("CONFLICT"));
        Map<String, Object> one = Map.of("subject", "chengxi-corridor", "property", "national-lab-count", "value", "唯一", "unit", "institution");
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-chengxi-national-lab-count"),
                "b", Map.of("subject", "chengxi-corridor", "property", "national-lab-count", "value", 1, "unit", "institution", "source", "draft")))
                .post("/api/v1/compare").then().statusCode(200).body("relation", equalTo("AGREEMENT"));
        given().contentType("application/json").body(Map.of("a", Map.of("id", "no-such-claim"), "b", one))
                .post("/api/v1/compare").then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/a/id"));
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-chengxi-national-lab-count")))
                .post("/api/v1/compare").then().statusCode(400);
    }

    @Test
    void aComparedClaimPassesTheValidationEveryClaimPasses() {
        // The same checks as a stored claim's, each reported at its field: a qualifier naming an unknown
        // entity, an unfilled placeholder, an unreadable value.
        Map<String, Object> unknownRanking = Map.of("subject", "hangzhou", "property", "rank", "value", 2,
                "qualifiers", Map.of("ranking", "no-such-ranking"));
        Map<String, Object> placeholder = Map.of("subject", "TODO subject", "property", "national-lab-count", "value", 1, "unit", "institution");
        given().contentType("application/json").body(Map.of("a", unknownRanking, "b", placeholder))
                .post("/api/v1/compare").then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/a/qualifiers", "/b/subject"))
                .body("errors.check", hasItems("unknown-entity", "unfilled-placeholder"));
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-chengxi-national-lab-count"),
                        "b", Map.of("subject", "chengxi-corridor", "property", "national-lab-count", "value", "many", "unit", "institution")))
                .post("/api/v1/compare").then().statusCode(422).body("errors.pointer", hasItem("/b/value"));
        given().contentType("application/json").body(Map.of("a", Map.of("id", "001-chengxi-national-lab-count"),
                        "b", Map.of("property", "national-lab-count", "value", 1)))
                .post("/api/v1/compare").then().statusCode(422).body("errors.pointer", hasItem("/b/subject"));
    }

    @Test
    void findingsAreFilteredPaginatedAndStable() {
        JsonPath all = given().queryParam("size", 200).get("/api/v1/findings").then().statusCode(200).extract().jsonPath();
        String id = all.getString("items[0].id");
        given().get("/api/v1/findings/" + id).then().statusCode(200).body("id", equalTo(id));
        given().get("/api/v1/findings/f-0000000000000000").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("subject", "杭州六小龙").queryParam("rule", "count-vs-members").get("/api/v1/findings").then().statusCode(200)
                .body("items.rule", not(hasItem("single-value"))).body("total", equalTo(2));
        given().queryParam("source", "004").queryParam("kind", "tension").get("/api/v1/findings").then().statusCode(200)
                .body("items.claims.flatten().source", hasItem("004"));
        given().queryParam("kind", "MAYBE").get("/api/v1/findings").then().statusCode(400).body("errors[0].pointer", equalTo("kind"));
        given().queryParam("rule", "nope").get("/api/v1/findings").then().statusCode(400);
        given().queryParam("size", 1).queryParam("page", 2).get("/api/v1/findings").then().statusCode(200)
                .body("items[0].id", equalTo(all.getString("items[1].id")));
        given().get("/api/v1/claims/002-six-little-dragons-zju-count/findings").then().statusCode(200)
                .body("items.property", hasItem("zju-linked-count"));
        given().get("/api/v1/rules").then().statusCode(200).body("rules.id", hasItem("count-vs-members"))
                .body("rulesetVersion", equalTo(sha256("claims/rules.yaml")));
        given().get("/api/v1/rules/exclusive-categories").then().statusCode(200).body("kind", equalTo("exclusive-categories"))
                .body("params.exclusive.origin[0]", equalTo(List.of("incubated-locally", "introduced-from-outside")));
        given().get("/api/v1/rules/nope").then().statusCode(404);
    }

    @Test
    void findingsUpdateAfterAWriteAndAfterARetraction() {
        var admin = given().header("Authorization", "Bearer dev-admin-key").contentType("application/json");
        admin.body(Map.of("id", "fa-source", "title", "矛盾的说法", "language", "zh", "text", "有报道称群核科技合作客户约为3万家。"))
                .post("/api/v1/sources");
        long before = findings("CONFLICT").getLong("datasetRevision");
        String etag = given().header("Authorization", "Bearer dev-editor-key").contentType("application/json")
                .body(Map.of("id", "fa-manycore-customers", "subject", "manycore", "property", "customer-count", "value", "约3万",
                        "unit", "firm", "source", "fa-source", "quote", "群核科技合作客户约为3万家"))
                .post("/api/v1/claims").then().statusCode(201).extract().header("ETag");
        JsonPath conflicts = findings("CONFLICT");
        assertThat(conflicts.getLong("datasetRevision")).isGreaterThan(before);
        Map<String, Object> f = finding(conflicts, "customer-count");
        assertThat((List<Map<String, Object>>) f.get("claims")).extracting(c -> c.get("id"))
                .containsExactlyInAnyOrder("002-manycore-customers", "fa-manycore-customers");
        given().get("/api/v1/claims/fa-manycore-customers/findings").then().body("items.kind", hasItem("CONFLICT"));

        given().header("Authorization", "Bearer dev-editor-key").header("If-Match", etag).queryParam("reason", "misreported")
                .delete("/api/v1/claims/fa-manycore-customers").then().statusCode(200);
        List<Map<String, Object>> after = findings("CONFLICT").getList("items");
        assertThat(after).noneMatch(x -> "customer-count".equals(x.get("property")));
    }

    static String sha256(String file) {
        try {
            return SourceText.sha256(Files.readAllBytes(Path.of(file)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
