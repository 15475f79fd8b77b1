package dev.crosscheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Editing over HTTP: access control, validation, revisions, conditional requests, retraction, import. */
@QuarkusTest
class WriteApiTest {

    static final String EDITOR = "dev-editor-key";
    static final String ADMIN = "dev-admin-key";
    static final String READER = "dev-reader-key";
    static final String SOURCE = "wt-source";
    static final String TEXT = "据报道，示例公司今年合作客户超过1200家，\n服务覆盖30多个国家和地区。";

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    @org.junit.jupiter.api.BeforeEach
    void addSource() {
        Response r = as(ADMIN).contentType("application/json")
                .body(Map.of("id", SOURCE, "title", "写入测试来源", "text", TEXT, "language", "zh", "scripts", List.of("zh-Hans")))
                .post("/api/v1/sources");
        assertThat(r.statusCode()).isIn(201, 409);
    }

    static Map<String, Object> claim(String id, String quote) {
        return Map.of("id", id, "subject", "manycore", "property", "customer-count", "value", "超过1200", "unit", "firm",
                "source", SOURCE, "quote", quote);
    }

    static String newId() {
        return "wt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void sourcesNeedAnAdminKeyAndGetAFingerprint() {
        given().contentType("application/json").body(Map.of("id", "x", "title", "t", "text", "t", "language", "zh"))
                .post("/api/v1/sources").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        as(EDITOR).contentType("application/json").body(Map.of("id", "x", "title", "t", "text", "t", "language", "zh"))
                .post("/api/v1/sources").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/sources/" + SOURCE).then().statusCode(200)
                .body("sha256", equalTo(dev.crosscheck.source.SourceText.sha256(TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .body("length", equalTo(TEXT.codePointCount(0, TEXT.length())));
        as(ADMIN).contentType("application/json").body(Map.of("id", SOURCE, "title", "t", "text", "t", "language", "zh"))
                .post("/api/v1/sources").then().statusCode(409);
        as(ADMIN).contentType("application/json").body(Map.of("id", "Bad Id", "title", "", "language", "zh"))
                .post("/api/v1/sources").then().statusCode(400).body("errors.pointer", hasItem("/title"));
    }

    @Test
    void aQuoteThatOccursTwiceIsPlacedByItsOffsetsAndANewQuoteAfresh() {
        // 家 occurs at code points 20 (1200家) and 32 (国家) of TEXT.
        String id = newId();
        as(EDITOR).contentType("application/json").body(claim(id, "家")).post("/api/v1/claims").then().statusCode(422)
                .body("errors.check", hasItem("ambiguous-quote")).body("errors.pointer", hasItem("/quote"));
        Map<String, Object> placed = new java.util.HashMap<>(claim(id, "家"));
        placed.put("start", 32);
        String etag = as(EDITOR).contentType("application/json").body(placed).post("/api/v1/claims").then().statusCode(201)
                .body("target.positionSelector.start", equalTo(32)).extract().header("ETag");
        placed.put("start", 31);
        as(EDITOR).contentType("application/json").body(placed).post("/api/v1/claims").then().statusCode(422)
                .body("errors.check", hasItem("quote-offset-mismatch")).body("errors.pointer", hasItem("/start"));
        // The offsets placed the old quote; a patched quote without offsets is placed afresh.
        as(EDITOR).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag).body(Map.of("quote", "合作客户超过1200家"))
                .patch("/api/v1/claims/" + id).then().log().ifValidationFails().statusCode(200).body("target.positionSelector.start", equalTo(10));
    }

    @Test
    void writesNeedAKeyWithTheEditorRole() {
        String id = newId();
        given().contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims")
                .then().statusCode(401).contentType("application/problem+json");
        as("no-such-key").contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims")
                .then().statusCode(401);
        as(READER).contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/claims/" + id).then().statusCode(404);
    }

    @Test
    void aClaimIsCreatedEditedAndRetractedWithAFullHistory() {
        String id = newId();
        long before = given().get("/api/v1/claims/000-six-little-dragons-members").then().extract().jsonPath().getLong("datasetRevision");
        Response created = as(EDITOR).contentType("application/json").body(claim(id, "合作客户超过1200家，服务覆盖30多个国家"))
                .queryParam("comment", "first version").post("/api/v1/claims");
        created.then().statusCode(201).header("Location", containsString("/api/v1/claims/" + id))
                .body("version", equalTo(1)).body("updatedBy", equalTo("dev-editor"))
                .body("target.quoteSelector.exact", equalTo("合作客户超过1200家，\n服务覆盖30多个国家"));
        String etag = created.header("ETag");
        assertThat(etag).isEqualTo("\"" + id + "@1\"");
        assertThat(created.jsonPath().getLong("datasetRevision")).isGreaterThan(before);

        given().header("If-None-Match", etag).get("/api/v1/claims/" + id).then().statusCode(304);

        Map<String, Object> changed = new java.util.HashMap<>(claim(id, "合作客户超过1200家"));
        changed.put("value", "超过1300");
        as(EDITOR).contentType("application/json").body(changed).put("/api/v1/claims/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as(EDITOR).contentType("application/json").header("If-Match", "\"" + id + "@7\"").body(changed).put("/api/v1/claims/" + id)
                .then().statusCode(412);
        String etag2 = as(EDITOR).contentType("application/json").header("If-Match", etag).body(changed)
                .put("/api/v1/claims/" + id).then().statusCode(200).body("version", equalTo(2)).body("value", equalTo("超过1300"))
                .extract().header("ETag");
        as(EDITOR).contentType("application/json").header("If-Match", etag).body(changed).put("/api/v1/claims/" + id)
                .then().statusCode(412);

        String etag3 = as(EDITOR).contentType("application/merge-patch+json").header("If-Match", etag2)
                .body(Map.of("note", "checked against the annual report")).patch("/api/v1/claims/" + id)
                .then().statusCode(200).body("note", equalTo("checked against the annual report")).body("value", equalTo("超过1300"))
                .extract().header("ETag");

        as(EDITOR).header("If-Match", etag3).delete("/api/v1/claims/" + id).then().statusCode(400).body("errors[0].pointer", equalTo("reason"));
        as(EDITOR).header("If-Match", etag3).queryParam("reason", "the source was corrected").delete("/api/v1/claims/" + id)
                .then().statusCode(200).body("retracted", equalTo(true)).body("retractionReason", equalTo("the source was corrected"));

        given().get("/api/v1/claims/" + id).then().statusCode(200).body("retracted", equalTo(true));
        given().queryParam("source", SOURCE).queryParam("size", 200).get("/api/v1/claims").then().body("items.id", not(hasItem(id)));
        given().queryParam("source", SOURCE).queryParam("includeRetracted", true).queryParam("size", 200).get("/api/v1/claims")
                .then().body("items.id", hasItem(id));

        given().get("/api/v1/claims/" + id + "/revisions").then().statusCode(200)
                .body("$", hasSize(4))
                .body("action", equalTo(List.of("create", "update", "update", "retract")))
                .body("actor", equalTo(List.of("dev-editor", "dev-editor", "dev-editor", "dev-editor")))
                .body("[0].comment", equalTo("first version"))
                .body("[1]", not(hasKey("comment")))
                .body("[1].changes", equalTo(List.of("value", "quote", "end")))
                .body("[2].changes", equalTo(List.of("note")));
        // ?revision=N is the claim as revision N left it, a Claim like any other; the revision record has its own address.
        given().queryParam("revision", 1).get("/api/v1/claims/" + id).then().statusCode(200)
                .header("ETag", "\"" + id + "@1\"")
                .body("id", equalTo(id)).body("version", equalTo(1)).body("value", equalTo("超过1200"))
                .body("quote", equalTo("合作客户超过1200家，服务覆盖30多个国家"))
                .body("target.quoteSelector.exact", equalTo("合作客户超过1200家，\n服务覆盖30多个国家"))
                .body("target.positionSelector.end", equalTo(created.jsonPath().getInt("target.positionSelector.end")))
                .body("retracted", equalTo(false)).body("$", not(hasKey("note"))).body("$", not(hasKey("snapshot")));
        given().queryParam("revision", 3).get("/api/v1/claims/" + id).then().statusCode(200)
                .body("version", equalTo(3)).body("value", equalTo("超过1300")).body("note", equalTo("checked against the annual report"))
                .body("retracted", equalTo(false));
        given().queryParam("revision", 4).get("/api/v1/claims/" + id).then().statusCode(200)
                .body("version", equalTo(4)).body("retracted", equalTo(true)).body("retractionReason", equalTo("the source was corrected"));
        given().get("/api/v1/claims/" + id + "/revisions/1").then().statusCode(200)
                .body("revision", equalTo(1)).body("action", equalTo("create")).body("snapshot.value", equalTo("超过1200"))
                .body("snapshot", not(hasKey("note")));
        given().queryParam("revision", 9).get("/api/v1/claims/" + id).then().statusCode(404);
        given().get("/api/v1/claims/" + id + "/revisions/9").then().statusCode(404).body("detail", containsString("no revision 9"));
        given().queryParam("revision", 0).get("/api/v1/claims/" + id).then().statusCode(400).body("errors[0].pointer", equalTo("revision"));
    }

    @Test
    void ifMatchComparesStronglyAcceptsAListAndAStar() {
        String id = newId();
        String etag = as(EDITOR).contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims")
                .then().statusCode(201).extract().header("ETag");
        Map<String, Object> note = Map.of("note", "first");
        as(EDITOR).contentType("application/merge-patch+json").header("If-Match", "W/" + etag).body(note).patch("/api/v1/claims/" + id)
                .then().statusCode(412).body("detail", containsString("weak"));
        String etag2 = as(EDITOR).contentType("application/merge-patch+json").header("If-Match", "\"" + id + "@9\", " + etag).body(note)
                .patch("/api/v1/claims/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag2).isEqualTo("\"" + id + "@2\"");
        as(EDITOR).contentType("application/merge-patch+json").header("If-Match", "*").body(Map.of("note", "second"))
                .patch("/api/v1/claims/" + id).then().statusCode(200).header("ETag", "\"" + id + "@3\"");
        as(EDITOR).contentType("application/merge-patch+json").header("If-Match", "*").body(note).patch("/api/v1/claims/no-such-claim")
                .then().statusCode(404);
    }

    @Test
    void theKeyMayComeInTheXApiKeyHeader() {
        given().header("X-API-Key", "dev-admin-key").contentType("application/json")
                .body(Map.of("id", "x-api-key-source", "title", "t", "text", "正文。", "language", "zh")).post("/api/v1/sources")
                .then().statusCode(201);
        given().header("X-API-Key", "not-a-key").contentType("application/json")
                .body(Map.of("id", "x-api-key-source-2", "title", "t", "text", "正文。", "language", "zh")).post("/api/v1/sources")
                .then().statusCode(401);
    }

    @Test
    void sourceUrlsAreHttpOrHttps() {
        as(ADMIN).contentType("application/json").body(Map.of("id", "bad-url", "title", "t", "text", "t", "language", "zh",
                "url", "javascript:alert(1)")).post("/api/v1/sources").then().statusCode(400).body("errors[0].pointer", equalTo("/url"));
    }

    @Test
    void anInvalidClaimIsRejectedWithEveryProblemListed() {
        Map<String, Object> bad = Map.of("id", newId(), "subject", "no-such-firm", "property", "customer-count", "value", "超过1200",
                "unit", "usd", "source", SOURCE, "quote", "合作客户超过1300家");
        as(EDITOR).contentType("application/json").body(bad).post("/api/v1/claims").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.check", equalTo(List.of("unknown-entity", "unit-mismatch", "quote-not-found")))
                .body("errors.pointer", equalTo(List.of("/subject", "/unit", "/quote")))
                .body("errors[2].message", containsString("closest passage"));
        as(EDITOR).contentType("application/json").body("{\"id\": \"x\", \"subject\": ").post("/api/v1/claims").then().statusCode(422)
                .body("errors[0].check", equalTo("yaml-syntax"));
        as(EDITOR).contentType("application/json").body(Map.of("id", newId())).post("/api/v1/claims").then().statusCode(422)
                .body("errors.check", hasItem("schema")).body("detail", containsString("nothing was changed"));
    }

    @Test
    void importIsAllOrNothing() {
        String good1 = newId();
        String good2 = newId();
        String file = "source: " + SOURCE + "\nclaims:\n"
                + "  - {id: " + good1 + ", subject: manycore, property: customer-count, value: 超过1200, unit: firm, quote: 合作客户超过1200家}\n"
                + "  - {id: " + good2 + ", subject: manycore, property: countries-regions-served, value: 30多, unit: country-region, quote: 30多个国家和地区}\n"
                + "  - {id: " + newId() + ", subject: manycore, property: customer-count, value: 1200, unit: firm, quote: 客户正好1200家}\n";
        as(ADMIN).contentType("application/yaml").body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/claims/import").then().statusCode(422)
                .body("errors", hasSize(1)).body("errors[0].line", equalTo(5)).body("errors[0].check", equalTo("quote-not-found"));
        given().get("/api/v1/claims/" + good1).then().statusCode(404);
        as(EDITOR).contentType("application/yaml").body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/claims/import").then().statusCode(403);

        String fixed = file.substring(0, file.lastIndexOf("  - {"));
        long afterCreate = as(ADMIN).contentType("application/yaml").body(fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/claims/import").then().statusCode(200)
                .body("created", equalTo(List.of(good1, good2))).extract().jsonPath().getLong("datasetRevision");
        // Importing what is already stored changes nothing, so the dataset revision stays where it was.
        as(ADMIN).contentType("application/yaml").body(fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/claims/import").then().statusCode(200)
                .body("unchanged", equalTo(List.of(good1, good2))).body("created", hasSize(0))
                .body("datasetRevision", equalTo((int) afterCreate));
        assertThat(given().get("/api/v1/claims/" + good1).then().extract().jsonPath().getLong("datasetRevision")).isEqualTo(afterCreate);
        given().get("/api/v1/claims/" + good2 + "/revisions").then().body("[0].action", equalTo("import")).body("[0].actor", equalTo("dev-admin"));
    }

    /**
     * An import longer than one flushed chunk (seven claims in the tests) keeps every outcome: claims
     * created in every chunk, an existing claim left as it was or, with overwrite, replaced, wherever
     * its chunk falls.
     */
    @Test
    void anImportOfManyChunksCreatesKeepsAndReplacesAcrossThem() {
        String prefix = newId();
        StringBuilder file = new StringBuilder("source: " + SOURCE + "\nclaims:\n");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = prefix + "-" + i;
            ids.add(id);
            file.append("  - {id: ").append(id).append(", subject: manycore, property: customer-count, value: 超过1200, unit: firm, ")
                    .append("quote: 合作客户超过1200家, qualifiers: {batch: '").append(prefix).append('-').append(i).append("'}, note: from the file}\n");
        }
        byte[] body = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String same = ids.get(2);
        String edited = ids.get(20);
        Map<String, Object> sameBody = new java.util.HashMap<>(claim(same, "合作客户超过1200家"));
        sameBody.put("qualifiers", Map.of("batch", same));
        sameBody.put("note", "from the file");
        as(EDITOR).contentType("application/json").body(sameBody).post("/api/v1/claims").then().statusCode(201);
        Map<String, Object> editedBody = new java.util.HashMap<>(claim(edited, "合作客户超过1200家"));
        editedBody.put("qualifiers", Map.of("batch", edited));
        editedBody.put("note", "edited through the API");
        as(EDITOR).contentType("application/json").body(editedBody).post("/api/v1/claims").then().statusCode(201);

        List<String> created = new java.util.ArrayList<>(ids);
        created.removeAll(List.of(same, edited));
        as(ADMIN).contentType("application/yaml").body(body).post("/api/v1/claims/import").then().statusCode(200)
                .body("created", equalTo(created)).body("unchanged", equalTo(List.of(same))).body("kept", equalTo(List.of(edited)));
        given().get("/api/v1/claims/" + ids.get(29)).then().statusCode(200).body("qualifiers.batch", equalTo(ids.get(29)))
                .body("note", equalTo("from the file"));
        given().get("/api/v1/claims/" + ids.get(29) + "/revisions").then().body("$", hasSize(1)).body("[0].action", equalTo("import"));
        given().get("/api/v1/claims/" + edited).then().body("note", equalTo("edited through the API")).body("version", equalTo(1));

        as(ADMIN).contentType("application/yaml").body(body).queryParam("overwrite", "true").post("/api/v1/claims/import").then().statusCode(200)
                .body("updated", equalTo(List.of(edited))).body("created", hasSize(0)).body("unchanged", hasSize(29));
        given().get("/api/v1/claims/" + edited).then().body("note", equalTo("from the file")).body("version", equalTo(2));
        given().get("/api/v1/claims/" + edited + "/revisions").then().body("$", hasSize(2)).body("[1].changes", equalTo(List.of("note")));
        // Retracted again: thirty more claims in force would change what later tests' checks find.
        for (String id : ids) {
            as(EDITOR).header("If-Match", "*").queryParam("reason", "test claims").delete("/api/v1/claims/" + id).then().statusCode(200);
        }
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        String id = newId();
        as(EDITOR).contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims").then().statusCode(201);
        int writers = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String tag = "[w" + w + "]";
            results.add(pool.submit(() -> {
                int conflicts = 0;
                while (true) {
                    Response current = given().get("/api/v1/claims/" + id);
                    String note = current.jsonPath().getString("note");
                    int status = as(EDITOR).contentType("application/merge-patch+json").header("If-Match", current.header("ETag"))
                            .body(Map.of("note", (note == null ? "" : note) + tag)).patch("/api/v1/claims/" + id).statusCode();
                    if (status == 200) {
                        return conflicts;
                    }
                    assertThat(status).isEqualTo(412);
                    conflicts++;
                }
            }));
        }
        int conflicts = 0;
        for (var f : results) {
            conflicts += f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        String note = given().get("/api/v1/claims/" + id).then().body("version", equalTo(1 + writers)).extract().jsonPath().getString("note");
        for (int w = 0; w < writers; w++) {
            assertThat(note).contains("[w" + w + "]");
        }
        given().get("/api/v1/claims/" + id + "/revisions").then().body("$", hasSize(1 + writers));
    }

    /** Re-reading the curated directory adds nothing that is stored already and never overwrites an edit unasked. */
    @Test
    void reimportingTheCuratedDirectoryCreatesNothingTwice() {
        as(EDITOR).post("/api/v1/claims/reimport").then().statusCode(403).contentType("application/problem+json");
        as(ADMIN).queryParam("overwrite", "maybe").post("/api/v1/claims/reimport").then().statusCode(400)
                .body("errors[0].pointer", equalTo("overwrite"));
        Response r = as(ADMIN).post("/api/v1/claims/reimport");
        r.then().statusCode(200).body("created", hasSize(0)).body("updated", hasSize(0));
        List<String> stored = new java.util.ArrayList<>(r.jsonPath().getList("unchanged", String.class));
        stored.addAll(r.jsonPath().getList("kept", String.class));
        assertThat(stored).hasSizeGreaterThanOrEqualTo(197).contains("002-manycore-customers");
    }
}
