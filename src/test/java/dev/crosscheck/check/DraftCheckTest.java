package dev.crosscheck.check;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/v1/checks/draft: sentences, spans in code points, the same verdicts as POST /checks, and the summary. */
@QuarkusTest
class DraftCheckTest {

    private static JsonPath draft(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/checks/draft")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String verdictOf(String sentence) {
        return given().contentType(ContentType.JSON).body(Map.of("text", sentence)).post("/api/v1/checks")
                .then().statusCode(200).extract().path("verdict");
    }

    @Test
    void eachSentenceGetsTheVerdictASingleCheckGives() {
        List<String> sentences = List.of("群核科技平台合作客户超过4.5万家。", "阿里巴巴是杭州六小龙之一。", "Manycore serves more than 45,000 business customers.",
                "宇树科技的月活跃用户超过1000万。");
        JsonPath d = draft(String.join("\n", sentences));
        assertThat(d.getList("sentences.text")).isEqualTo(sentences);
        List<String> single = sentences.stream().map(DraftCheckTest::verdictOf).toList();
        assertThat(d.getList("sentences.verdict")).isEqualTo(single);
        // Not a test of the checks themselves, but the draft must carry both kinds of answer.
        assertThat(single).contains("SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_INFO");
        assertThat(d.getList("sentences.status")).containsOnly("CHECKED");
        assertThat(d.getList("sentences.check.evidence[0].claim.target.quoteSelector.exact").get(0)).isNotNull();
        assertThat(d.getInt("summary.sentences")).isEqualTo(4);
        assertThat(d.getInt("summary.supported")).isEqualTo((int) single.stream().filter("SUPPORTED"::equals).count());
        assertThat(d.getInt("summary.contradicted")).isEqualTo((int) single.stream().filter("CONTRADICTED"::equals).count());
        assertThat(d.getInt("summary.notEnoughInfo")).isEqualTo((int) single.stream().filter("NOT_ENOUGH_INFO"::equals).count());
    }

    @Test
    void spansAreCodePointsIntoTheDraft() {
        // U+20000 takes two UTF-16 units: offsets in UTF-16 would be one off after it.
        String text = "\uD840\uDC00 标题\n\n  Manycore serves more than 45,000 business customers.  阿里巴巴是杭州六小龙之一。";
        JsonPath d = draft(text);
        int[] cps = text.codePoints().toArray();
        assertThat(d.getInt("length")).isEqualTo(cps.length);
        List<Map<String, Object>> sentences = d.getList("sentences");
        assertThat(sentences).hasSize(3);
        for (Map<String, Object> s : sentences) {
            String slice = new String(cps, (Integer) s.get("start"), (Integer) s.get("end") - (Integer) s.get("start"));
            assertThat(slice).isEqualTo(s.get("text"));
        }
        assertThat(sentences.get(1).get("text")).isEqualTo("Manycore serves more than 45,000 business customers.");
    }

    @Test
    void sentencesWithNothingToCheckAreMarkedSo() {
        JsonPath d = draft("这是一个值得思考的问题。Let us look closer. 阿里巴巴是杭州六小龙之一。");
        assertThat(d.getList("sentences.status")).containsExactly("NOTHING_TO_CHECK", "NOTHING_TO_CHECK", "CHECKED");
        assertThat(d.getList("sentences.verdict")).containsExactly(null, null, "CONTRADICTED");
        assertThat(d.getString("sentences[0].reason")).contains("no entity, figure");
        assertThat(d.getInt("summary.nothingToCheck")).isEqualTo(2);
        assertThat(d.getInt("summary.notEnoughInfo")).isZero();
    }

    @Test
    void aSentenceTooLongToCheckIsMarkedNotDropped() {
        String longOne = "杭州" + "的企业".repeat(700) + "。";
        JsonPath d = draft("阿里巴巴是杭州六小龙之一。" + longOne);
        assertThat(d.getList("sentences.status")).containsExactly("CHECKED", "TOO_LONG");
        assertThat(d.getInt("summary.tooLong")).isEqualTo(1);
        assertThat(d.getString("sentences[1].reason")).contains("2000");
    }

    @Test
    void badDraftsAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(DraftCheck.MAX_LENGTH + 1))).post("/api/v1/checks/draft")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].pointer", equalTo("/text"))
                .body("errors[0].message", containsString("50000"));
        given().contentType(ContentType.JSON).body(Map.of("lang", "en")).post("/api/v1/checks/draft")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].pointer", equalTo("/text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "a.", "lang", "fr")).post("/api/v1/checks/draft")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].pointer", equalTo("/lang"));
        JsonPath empty = draft("  \n ");
        assertThat(empty.getList("sentences")).isEmpty();
        assertThat(empty.getInt("summary.sentences")).isZero();
    }
}
