package dev.crosscheck.check;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** POST /api/v1/checks and /batch, over the sentences of check/sentences.yaml and the error cases. */
@QuarkusTest
class CheckResourceTest {

    static List<SentenceCases.Case> sentences() {
        return SentenceCases.all();
    }

    /**
     * The hand-written sentences, kept as regression tests of precision: a check gives the expected
     * verdict with exactly the expected evidence, or NOT_ENOUGH_INFO with the parts it could not
     * account for named; never another SUPPORTED, CONTRADICTED or CONTESTED. How many get their
     * expected verdict is held by {@link #mostHandWrittenSentencesGetTheirVerdict()}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void verdictAndEvidence(SentenceCases.Case c) {
        JsonPath r = check(c.text());
        String why = c + " → " + r.getString("explanation");
        assertThat(r.getString("interpretation.lang")).as(why).isEqualTo(c.lang());
        assertThat(r.getString("explanation")).as(why).isNotBlank();
        if (!c.verdict().equals(r.getString("verdict"))) {
            assertThat(r.getString("verdict")).as(why + " (a miss may only be NOT_ENOUGH_INFO)").isEqualTo("NOT_ENOUGH_INFO");
            // Empty lists are left out of responses (ADR 0015).
            assertThat(ids(r, "SUPPORTS").isEmpty() || r.getList("uncovered") != null && !r.getList("uncovered").isEmpty()
                    || r.getList("interpretation.notRecognised") != null && !r.getList("interpretation.notRecognised").isEmpty())
                    .as(why + " (a miss says what it lacks)").isTrue();
            return;
        }
        boolean stated = !"NOT_ENOUGH_INFO".equals(c.verdict());
        if (c.subject() != null && stated) {
            assertThat(statementValues(r, "subject.id")).as(why).contains(c.subject());
        }
        if (c.property() != null && stated) {
            assertThat(statementValues(r, "property.id")).as(why).contains(c.property());
        }
        assertThat(ids(r, "SUPPORTS")).as(why).containsAll(c.supports());
        if (c.supports().isEmpty()) {
            assertThat(ids(r, "SUPPORTS")).as(why).isEmpty();
        }
        assertThat(ids(r, "CONTRADICTS")).as(why).containsExactlyInAnyOrderElementsOf(c.contradicts());
        assertThat(ids(r, "RELATED")).as(why).containsAll(c.related());
    }

    /** Recall on the hand-written sentences must not fall below what this design reaches (see docs/checks.md). */
    @Test
    void mostHandWrittenSentencesGetTheirVerdict() {
        List<String> misses = new ArrayList<>();
        for (SentenceCases.Case c : SentenceCases.all()) {
            String verdict = check(c.text()).getString("verdict");
            if (!c.verdict().equals(verdict)) {
                misses.add(c + " → " + verdict);
            }
        }
        assertThat(SentenceCases.all().size() - misses.size()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(EXPECTED_HITS);
    }

    /** Sentences of check/sentences.yaml that get their expected verdict today; raise it when checks improve. */
    private static final int EXPECTED_HITS = 49;

    private static JsonPath check(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/checks")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A field of the main statement and of every further statement of the sentence. */
    private static List<String> statementValues(JsonPath r, String field) {
        List<String> out = new ArrayList<>();
        String main = r.getString("interpretation." + field);
        if (main != null) {
            out.add(main);
        }
        List<String> more = r.getList("alsoChecked.interpretation." + field);
        if (more != null) {
            more.stream().filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    /**
     * The ids of the cited claims of the seed sources with one relation. Other test classes of the
     * same run add claims of their own sources through the write API; they are left out.
     */
    @SuppressWarnings("unchecked")
    private static List<String> ids(JsonPath r, String relation) {
        List<Map<String, Object>> evidence = r.getList("evidence");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : evidence) {
            Map<String, Object> claim = (Map<String, Object>) e.get("claim");
            String source = (String) ((Map<String, Object>) claim.get("source")).get("id");
            if (relation.equals(e.get("relation")) && SEED_SOURCES.contains(source)) {
                out.add((String) claim.get("id"));
            }
        }
        return out;
    }

    private static final java.util.Set<String> SEED_SOURCES = java.util.Set.of("000", "001", "002", "003", "004");

    @Test
    void theFixtureCoversEveryVerdictInEveryLanguageWithTraps() {
        List<SentenceCases.Case> all = SentenceCases.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        Map<String, List<String>> verdictsByLang = all.stream().collect(Collectors.groupingBy(SentenceCases.Case::lang,
                Collectors.mapping(SentenceCases.Case::verdict, Collectors.toList())));
        assertThat(verdictsByLang).containsOnlyKeys("zh-Hans", "zh-Hant", "en");
        verdictsByLang.values().forEach(v -> assertThat(v).contains("SUPPORTED", "CONTRADICTED", "CONTESTED", "NOT_ENOUGH_INFO"));
        assertThat(all.stream().filter(c -> c.trap() != null).count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void evidenceCarriesSourceQuoteAndBothSelectors() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Manycore serves more than 45,000 business customers"))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("SUPPORTED"))
                .body("interpretation.value.low", equalTo(45000.0f))
                .body("interpretation.value.hedge", equalTo("more than"))
                .body("interpretation.recognised.find { it.role == 'subject' }.text", equalTo("Manycore"))
                .body("evidence[0].claim.source.id", equalTo("002"))
                .body("evidence[0].claim.quote", notNullValue())
                .body("evidence[0].claim.target.quoteSelector.exact", notNullValue())
                .body("evidence[0].claim.target.positionSelector.start", notNullValue())
                .body("explanation", startsWith("Read as: the number of business customers of Manycore"));
    }

    @Test
    void findingsOfTheRulesEngineAreCited() {
        given().contentType(ContentType.JSON).body(Map.of("text", "杭州六小龙全部都有浙大基因"))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("CONTESTED"))
                .body("findings.find { it.kind == 'TENSION' && it.ruleId == 'single-value' }.claimIds",
                        equalTo(List.of("001-six-little-dragons-zju-genes", "002-six-little-dragons-zju-count")))
                .body("explanation", org.hamcrest.Matchers.containsString("The rules engine finds a tension among them"));
    }

    @Test
    void checksSeeClaimsAddedAndRetractedAtRunTime() {
        String sentence = "Unitree has more than 10 million monthly active users";
        verdictOf(sentence, "NOT_ENOUGH_INFO");
        String text = "据报道，宇树科技的月活跃用户超过1000万。";
        given().header("Authorization", "Bearer dev-admin-key").contentType(ContentType.JSON)
                .body(Map.of("id", "check-test-source", "title", "检查测试来源", "text", text, "language", "zh", "scripts", List.of("zh-Hans")))
                .post("/api/v1/sources").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        String etag = given().header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON)
                .body(Map.of("id", "check-test-unitree-mav", "subject", "unitree", "property", "monthly-active-visitors",
                        "value", "超过1000万", "unit", "person", "source", "check-test-source", "quote", "宇树科技的月活跃用户超过1000万"))
                .post("/api/v1/claims").then().statusCode(201).extract().header("ETag");
        given().contentType(ContentType.JSON).body(Map.of("text", sentence)).post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence[0].claim.id", equalTo("check-test-unitree-mav"))
                .body("evidence[0].claim.version", equalTo(1));
        given().header("Authorization", "Bearer dev-editor-key").header("If-Match", etag).queryParam("reason", "test over")
                .delete("/api/v1/claims/check-test-unitree-mav").then().statusCode(200);
        verdictOf(sentence, "NOT_ENOUGH_INFO");
    }

    /** Generated clients send every field their model has: empty ones are absent, not half a structured claim. */
    @Test
    void emptyStructuredFieldsCountAsAbsent() {
        given().contentType(ContentType.JSON).body(Map.of("text", "群核科技平台合作客户超过4万家", "qualifiers", Map.of(), "unit", "", "subject", " "))
                .post("/api/v1/checks").then().statusCode(200).body("verdict", equalTo("SUPPORTED"));
        given().contentType(ContentType.JSON).body(Map.of("subject", "manycore", "property", "customer-count", "value", "超过4万",
                        "unit", "", "qualifiers", Map.of(), "text", "")).post("/api/v1/checks")
                .then().statusCode(200).body("verdict", equalTo("SUPPORTED")).body("interpretation.value.unit", equalTo("firm"));
        given().contentType(ContentType.JSON).body(Map.of("qualifiers", Map.of(), "unit", "")).post("/api/v1/checks")
                .then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("give a sentence"));
    }

    private static void verdictOf(String sentence, String verdict) {
        given().contentType(ContentType.JSON).body(Map.of("text", sentence)).post("/api/v1/checks")
                .then().statusCode(200).body("verdict", equalTo(verdict));
    }

    @Test
    void aBoundSupportsOnlyWhatItImplies() {
        // The source: 超4.5万家. "More than 40,000" follows from it; "more than 50,000" does not, though nothing contradicts it.
        verdictOf("群核科技平台合作客户超过4万家", "SUPPORTED");
        given().contentType(ContentType.JSON).body(Map.of("text", "群核科技平台合作客户超过5万家")).post("/api/v1/checks")
                .then().statusCode(200).body("verdict", equalTo("NOT_ENOUGH_INFO"))
                .body("evidence[0].relation", equalTo("RELATED"))
                .body("evidence[0].reason", org.hamcrest.Matchers.containsString("does not establish"));
    }

    @Test
    void aFigureQuantifyingANounTheSubjectNamesIsNotTheSubjectsCount() {
        // Three of the group's firms attended: that is not the group's size, which the sources give as six.
        given().contentType(ContentType.JSON).body(Map.of("text", "宇树科技、强脑科技和游科互动科技3家“杭州六小龙”企业参加了座谈会"))
                .post("/api/v1/checks").then().statusCode(200)
                .body("verdict", org.hamcrest.Matchers.not(equalTo("CONTRADICTED")));
    }

    @Test
    void givenLanguageIsKeptAndNotMarkedDetected() {
        given().contentType(ContentType.JSON).body(Map.of("text", "群核科技平台合作客户超过4.5万家", "lang", "zh-Hans"))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("interpretation.lang", equalTo("zh-Hans"))
                .body("interpretation.langDetected", equalTo(false));
    }

    @Test
    void structuredClaimIsJudgedLikeASentence() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "群核科技", "property", "customer-count", "value", "超过4.5万", "unit", "firm"))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("SUPPORTED"))
                .body("interpretation.mode", equalTo("VALUE"))
                .body("interpretation.subject.id", equalTo("manycore"))
                .body("evidence.claim.id", hasItem("002-manycore-customers"));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "deepseek-v3", "property", "training-cost", "value", "557.6万", "unit", "yuan"))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("CONTRADICTED"))
                .body("evidence[0].reason", startsWith("right digits, wrong unit"));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "Six Little Dragons", "property", "members", "value", "alibaba"))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("CONTRADICTED"))
                .body("interpretation.mode", equalTo("MEMBERSHIP"));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "hangzhou", "property", "rank", "value", "第二",
                        "qualifiers", Map.of("ranking", "idc-ai-computing-report-2023-2024")))
                .when().post("/api/v1/checks")
                .then().statusCode(200)
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.findAll { it.relation == 'SUPPORTS' }.claim.id", equalTo(List.of("001-hangzhou-ai-city-rank")));
    }

    @Test
    void batchAnswersInOrder() {
        List<Map<String, Object>> items = List.of(
                Map.of("text", "阿里巴巴是杭州六小龙之一"),
                Map.of("text", "Manycore serves more than 45,000 business customers"),
                Map.of("subject", "unitree", "property", "walking-speed", "value", 1.5, "unit", "mps"),
                Map.of("text", "The weather was pleasant yesterday"));
        given().contentType(ContentType.JSON).body(Map.of("items", items))
                .when().post("/api/v1/checks/batch")
                .then().statusCode(200)
                .body("results", hasSize(4))
                .body("results.verdict", equalTo(List.of("CONTRADICTED", "SUPPORTED", "SUPPORTED", "NOT_ENOUGH_INFO")));
    }

    @Test
    void invalidRequestsAreProblems() {
        problem(Map.of("text", "x".repeat(2001)), "/api/v1/checks", "/text");
        problem(Map.of("text", "DeepSeek is open source", "lang", "fr"), "/api/v1/checks", "/lang");
        problem(Map.of(), "/api/v1/checks", "/text");
        problem(Map.of("text", "DeepSeek is open source", "subject", "deepseek"), "/api/v1/checks", "/text");
        problem(Map.of("subject", "deepseek", "property", "no-such-property", "value", "x"), "/api/v1/checks", "/property");
        problem(Map.of("subject", "nobody", "property", "founder", "value", "x"), "/api/v1/checks", "/subject");
        problem(Map.of("subject", "deepseek-v3", "property", "training-cost", "value", "lots"), "/api/v1/checks", "/value");
        problem(Map.of("items", List.of()), "/api/v1/checks/batch", "/items");
        problem(Map.of("items", List.of(Map.of("text", "ok"), Map.of("text", "y".repeat(2001)))), "/api/v1/checks/batch", "/items/1/text");
        problem(Map.of("items", List.of(Map.of("text", "ok"), Map.of("subject", "nobody", "property", "founder", "value", "x"))),
                "/api/v1/checks/batch", "/items/1/subject");
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("text", "DeepSeek is open source"));
        }
        problem(Map.of("items", tooMany), "/api/v1/checks/batch", "/items");
        given().contentType(ContentType.JSON).body("{not json").when().post("/api/v1/checks")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void problem(Object body, String path, String pointer) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.pointer", hasItem(pointer));
    }
}
