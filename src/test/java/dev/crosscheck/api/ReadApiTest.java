package dev.crosscheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReadApiTest {

    @Test
    void sourcesCarryTheirFingerprintAndLengthInCodePoints() {
        given().get("/api/v1/sources").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItems("000", "001", "002", "003", "004"));
        given().get("/api/v1/sources/002").then().statusCode(200)
                .body("sha256", equalTo("08e8945e5b6b0b5855580ca8040f06ccd4b2c431eaaf19d893262632e25e46b8"))
                .body("length", equalTo(8790))
                .body("scripts", equalTo(List.of("zh-Hant")));
    }

    @Test
    void everyClaimsSelectorSlicesExactlyItsQuoteOutOfTheSource() {
        List<Map<String, Object>> claims = allClaims();
        assertThat(claims).hasSizeGreaterThanOrEqualTo(100);
        for (Map<String, Object> c : claims) {
            JsonPath j = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(c).toString());
            String source = j.getString("source.id");
            int start = j.getInt("target.positionSelector.start");
            int end = j.getInt("target.positionSelector.end");
            String text = given().queryParam("start", start).queryParam("end", end)
                    .get("/api/v1/sources/" + source + "/text").then().statusCode(200).extract().asString();
            assertThat(text).as(j.getString("id")).isEqualTo(j.getString("target.quoteSelector.exact"));
        }
    }

    @Test
    void gameScienceClaimsUnderATraditionalNameComeFromSeveralSources() {
        List<String> sources = given().queryParam("subject", "遊戲科學").queryParam("size", 200).get("/api/v1/claims")
                .then().statusCode(200).extract().jsonPath().getList("items.source.id");
        assertThat(new HashSet<>(sources)).hasSizeGreaterThanOrEqualTo(2);
        List<String> subjects = given().queryParam("subject", "Game Science").queryParam("size", 200).get("/api/v1/claims")
                .then().extract().jsonPath().getList("items.subject.id");
        assertThat(new HashSet<>(subjects)).containsExactly("game-science");
    }

    @Test
    void entitiesAreFoundByAnyNameInAnyScript() {
        String simplified = given().queryParam("name", "游戏科学").get("/api/v1/entities").then().statusCode(200)
                .body("$", hasSize(1)).extract().path("[0].id");
        String traditional = given().queryParam("name", "遊戲科學").get("/api/v1/entities").then().extract().path("[0].id");
        String english = given().queryParam("name", "game science").get("/api/v1/entities").then().extract().path("[0].id");
        assertThat(List.of(traditional, english)).containsOnly(simplified);
        given().get("/api/v1/entities/" + simplified).then().statusCode(200).body("names.en", org.hamcrest.Matchers.hasItem("Game Science"));
        given().queryParam("name", "不存在的公司").get("/api/v1/entities").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void claimsArePaginatedWithTheTotal() {
        JsonPath first = given().queryParam("size", 10).queryParam("page", 1).get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("size", 10).queryParam("page", 2).get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        int total = first.getInt("total");
        assertThat(total).isEqualTo(allClaims().size());
        assertThat(first.getList("items")).hasSize(10);
        Set<String> ids = new HashSet<>(first.getList("items.id"));
        ids.retainAll(second.getList("items.id"));
        assertThat(ids).isEmpty();
        int lastPage = (total + 9) / 10;
        given().queryParam("size", 10).queryParam("page", lastPage + 1).get("/api/v1/claims").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(total));
    }

    @Test
    void claimsFilterByPropertySourceAndScriptInsensitiveText() {
        given().queryParam("property", "members").queryParam("source", "002").get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].normalized.kind", equalTo("entity-set"));
        List<String> ids = given().queryParam("q", "遊戲科學").queryParam("size", 200).get("/api/v1/claims").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        List<String> simplified = given().queryParam("q", "游戏科学").queryParam("size", 200).get("/api/v1/claims").then()
                .extract().jsonPath().getList("items.id");
        assertThat(ids).isNotEmpty().isEqualTo(simplified);
    }

    @Test
    void aClaimCarriesValueUnitQualifiersAndBothSelectors() {
        given().get("/api/v1/claims/002-manycore-customers").then().statusCode(200)
                .body("subject.id", equalTo("manycore"))
                .body("unit", equalTo("firm"))
                .body("normalized.low", equalTo(45000.0f))
                .body("normalized.high", org.hamcrest.Matchers.nullValue())
                .body("target.quoteSelector.type", equalTo("TextQuoteSelector"))
                .body("target.positionSelector.type", equalTo("TextPositionSelector"))
                .body("target.quoteSelector.exact", containsString("4.5"));
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        for (String path : List.of("/api/v1/claims/no-such-claim", "/api/v1/sources/999", "/api/v1/entities/nobody",
                "/api/v1/properties/nothing", "/api/v1/sources/999/text")) {
            given().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("type", equalTo("urn:crosscheck:problem:not-found"))
                    .body("title", equalTo("Not found"))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("dev.crosscheck")));
        }
    }

    @Test
    void badParametersAreBadRequestProblemsNamingTheParameter() {
        Map<String, Map<String, Object>> cases = Map.of(
                "size", Map.of("size", "0"),
                "page", Map.of("page", "abc"),
                "property", Map.of("property", "no-such-property"),
                "subject", Map.of("subject", "无名公司"));
        cases.forEach((param, query) -> given().queryParams(query).get("/api/v1/claims").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo(param))
                .body("detail", containsString(param)));
        given().queryParam("start", 10).queryParam("end", 5).get("/api/v1/sources/001/text").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("[10, 5)"));
        given().queryParam("end", 999999).get("/api/v1/sources/001/text").then().statusCode(400);
        given().queryParam("start", "x").get("/api/v1/sources/001/text").then().statusCode(400).body("errors[0].pointer", equalTo("start"));
    }

    @Test
    void sourceTextIsPlainTextWhateverProblemTypesTheClientAccepts() {
        // Browsers' fetch calls accept JSON and problem documents alike; the text must not come back labelled as a problem.
        String text = given().header("Accept", "application/json, application/problem+json").get("/api/v1/sources/001/text")
                .then().statusCode(200).contentType("text/plain").extract().asString();
        assertThat(text).isEqualTo(given().get("/api/v1/sources/001/text").then().extract().asString());
        given().header("Accept", "application/json, application/problem+json").get("/api/v1/sources/999/text")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownRoutesAreProblemsToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unitsCompareWithinTheirDimension() {
        given().get("/api/v1/units").then().statusCode(200)
                .body("find { it.id == 'firm' }.dimension", equalTo("count"))
                .body("find { it.id == 'firm' }.names", org.hamcrest.Matchers.notNullValue())
                .body("dimension", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())));
    }

    /** Every claim in force, page by page (a page holds at most 200). */
    private static List<Map<String, Object>> allClaims() {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> items = given().queryParam("size", 200).queryParam("page", page).get("/api/v1/claims").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            out.addAll(items);
            if (items.size() < 200) {
                return out;
            }
        }
    }
}
