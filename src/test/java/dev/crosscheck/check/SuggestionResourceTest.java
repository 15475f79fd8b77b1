package dev.crosscheck.check;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/v1/sources/{id}/suggestions: access, errors, order, threshold and what a suggestion carries. */
@QuarkusTest
class SuggestionResourceTest {

    private static final String PATH = "/api/v1/sources/{id}/suggestions";

    @Test
    void onlyEditorsMaySuggest() {
        given().post(PATH, "001").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer dev-reader-key").post(PATH, "001").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void badRequestsAreProblems() {
        given().header("Authorization", "Bearer dev-editor-key").post(PATH, "no-such-source").then().statusCode(404)
                .contentType("application/problem+json");
        for (String bad : List.of("2", "-0.1", "abc")) {
            given().header("Authorization", "Bearer dev-editor-key").queryParam("minScore", bad).post(PATH, "001").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].pointer", equalTo("minScore"));
        }
    }

    @Test
    void suggestionsComeInTextOrderAboveTheThresholdWithWhatTheStoreAlreadySays() {
        JsonPath all = given().header("Authorization", "Bearer dev-editor-key").queryParam("minScore", "0").post(PATH, "001")
                .then().statusCode(200).extract().jsonPath();
        JsonPath byDefault = given().header("Authorization", "Bearer dev-editor-key").post(PATH, "001")
                .then().statusCode(200).extract().jsonPath();
        List<Integer> starts = byDefault.getList("suggestions.target.positionSelector.start");
        assertThat(starts).isSorted();
        List<Float> scores = byDefault.getList("suggestions.score", Float.class);
        assertThat(scores).allMatch(s -> s >= Suggestion.DEFAULT_MIN_SCORE);
        assertThat(all.getList("suggestions.score", Float.class)).anyMatch(s -> s < Suggestion.DEFAULT_MIN_SCORE);
        assertThat(byDefault.getInt("total")).isEqualTo(starts.size());
        // The curated figure of this passage is recognised as already stated, same passage.
        List<Map<String, Object>> fdi = byDefault.getList("suggestions.findAll { it.value == '65.42亿' }");
        assertThat(fdi).hasSize(1);
        assertThat(fdi.get(0)).containsEntry("unit", "usd").containsEntry("property", "fdi-actual");
        assertThat(fdi.get(0).get("qualifiers")).isEqualTo(Map.of("asOf", "2024"));
        @SuppressWarnings("unchecked")
        List<Object> existing = (List<Object>) fdi.get(0).get("existing");
        assertThat(existing).contains((Object) Map.of("claimId", "001-hangzhou-fdi-2024", "relation", "AGREES", "sameSpan", true));
        assertThat(byDefault.getInt("newFacts")).isEqualTo((int) byDefault.getList("suggestions.existing").stream()
                .filter(e -> ((List<?>) e).isEmpty()).count());
    }

    @Test
    void theDraftFileIsAClaimsFileWithPlaceholders() {
        String yaml = given().header("Authorization", "Bearer dev-editor-key").header("Accept", "application/yaml").post(PATH, "003")
                .then().statusCode(200).contentType("application/yaml").extract().asString();
        assertThat(yaml).startsWith("# Draft claims suggested from ").contains("\nsource: \"003\"\nclaims:\n")
                .contains("  - id: \"003-suggested-001\"").contains("# score ");
        assertThat(yaml).contains("# already stated: ");
    }
}
