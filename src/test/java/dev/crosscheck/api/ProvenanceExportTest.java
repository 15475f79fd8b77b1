package dev.crosscheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PROV-JSON of a plain, an edited and a retracted claim, written to target/formats/prov/ for
 * src/test/formats/prov_check.py (the Python {@code prov} library, run by .ci/run) and checked here
 * for the same shape: one entity per version, versions chained by prov:Revision, a retraction as
 * wasInvalidatedBy, qualified names for types and no nested objects as attribute values.
 */
@QuarkusTest
class ProvenanceExportTest {

    static final Path OUT = Path.of("target", "formats", "prov");
    static final String SOURCE = "prov-source";
    static final String TEXT = "据报道，示例公司今年合作客户超过1200家，\n服务覆盖30多个国家和地区。后来更正为1300家。";
    static final String BASE = "https://crosscheck.test";
    static final ObjectMapper JSON = new ObjectMapper();

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    @BeforeEach
    void addSource() {
        ensureSource();
    }

    static void ensureSource() {
        int status = as(WriteApiTest.ADMIN).contentType("application/json")
                .body(Map.of("id", SOURCE, "title", "溯源测试来源", "text", TEXT, "language", "zh", "publisher", "示例通讯社"))
                .post("/api/v1/sources").statusCode();
        assertThat(status).isIn(201, 409);
    }

    static Map<String, Object> claim(String id, String value, String quote) {
        return Map.of("id", id, "subject", "manycore", "property", "customer-count", "value", value, "unit", "firm",
                "source", SOURCE, "quote", quote);
    }

    static String create(String id) {
        return as(WriteApiTest.EDITOR).contentType("application/json").body(claim(id, "超过1200", "合作客户超过1200家"))
                .post("/api/v1/claims").then().statusCode(201).extract().header("ETag");
    }

    static String update(String id, String etag, String value, String quote) {
        return as(WriteApiTest.EDITOR).contentType("application/json").header("If-Match", etag).body(claim(id, value, quote))
                .put("/api/v1/claims/" + id).then().statusCode(200).extract().header("ETag");
    }

    static JsonNode provenance(String id, String file) throws Exception {
        byte[] body = given().get("/api/v1/claims/" + id + "/provenance").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/prov+json")).extract().asByteArray();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(file), body);
        JsonNode doc = JSON.readTree(body);
        assertWellFormed(doc);
        return doc;
    }

    @Test
    void aPlainClaimHasOneVersionQuotedFromItsAttributedSource() throws Exception {
        JsonNode doc = provenance("002-manycore-customers", "plain.json");
        assertThat(versions(doc)).containsExactly("version:1");
        assertThat(relations(doc, "wasDerivedFrom", "prov:Revision")).isEmpty();
        assertThat(doc.has("wasInvalidatedBy")).isFalse();
        assertThat(doc.at("/entity/source:002/crosscheck:sha256").asText())
                .isEqualTo("08e8945e5b6b0b5855580ca8040f06ccd4b2c431eaaf19d893262632e25e46b8");
        assertThat(doc.at("/agent/author:%E9%97%9C%E6%A8%82%E5%AF%A7/prov:label").asText()).isEqualTo("關樂寧");
        assertThat(doc.at("/agent/author:%E9%97%9C%E6%A8%82%E5%AF%A7/prov:type/$").asText()).isEqualTo("prov:Person");
        assertThat(doc.at("/activity/revision:1/prov:type/$").asText()).isEqualTo("crosscheck:import");
        assertThat(doc.at("/entity/claim:002-manycore-customers/prov:type/$").asText()).isEqualTo("crosscheck:Claim");
        assertThat(doc.at("/prefix/version").asText()).isEqualTo(BASE + "/api/v1/claims/002-manycore-customers?revision=");
        JsonNode quotation = relations(doc, "wasDerivedFrom", "prov:Quotation").get(0);
        assertThat(quotation.get("prov:usedEntity").asText()).isEqualTo("source:002");
        assertSelectorsQuoteTheSource(doc, quotation, given().get("/api/v1/sources/002/text").asString());
    }

    @Test
    void anEditedClaimHasOneEntityPerVersionChainedByRevision() throws Exception {
        String id = "prov-" + UUID.randomUUID().toString().substring(0, 8);
        String etag = create(id);
        etag = update(id, etag, "超过1300", "合作客户超过1200家，\n服务覆盖30多个国家");
        as(WriteApiTest.EDITOR).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("note", "checked", "value", "1300")).patch("/api/v1/claims/" + id).then().statusCode(200);
        JsonNode doc = provenance(id, "edited.json");

        assertThat(versions(doc)).containsExactly("version:1", "version:2", "version:3");
        List<JsonNode> revisions = relations(doc, "wasDerivedFrom", "prov:Revision");
        assertThat(revisions).extracting(r -> r.get("prov:generatedEntity").asText() + "<" + r.get("prov:usedEntity").asText())
                .containsExactly("version:2<version:1", "version:3<version:2");
        for (int n = 1; n <= 3; n++) {
            String version = "version:" + n;
            assertThat(relation(doc, "wasGeneratedBy", "prov:entity", version).get("prov:activity").asText()).isEqualTo("revision:" + n);
            assertThat(relation(doc, "specializationOf", "prov:specificEntity", version).get("prov:generalEntity").asText())
                    .isEqualTo("claim:" + id);
        }
        assertThat(doc.at("/entity/version:1/crosscheck:value").asText()).isEqualTo("超过1200");
        assertThat(doc.at("/entity/version:3/crosscheck:value").asText()).isEqualTo("1300");
        assertThat(doc.at("/entity/version:3/crosscheck:note").asText()).isEqualTo("checked");
        assertThat(doc.at("/activity/revision:2/prov:type/$").asText()).isEqualTo("crosscheck:update");
        // Each version keeps its own selectors: the quote grew in version 2.
        assertThat(doc.at("/entity/version:1#quote/oa:exact").asText()).isEqualTo("合作客户超过1200家");
        assertThat(doc.at("/entity/version:2#quote/oa:exact").asText()).isEqualTo("合作客户超过1200家，\n服务覆盖30多个国家");
        for (JsonNode quotation : relations(doc, "wasDerivedFrom", "prov:Quotation")) {
            assertSelectorsQuoteTheSource(doc, quotation, TEXT);
        }
        assertThat(doc.has("wasInvalidatedBy")).isFalse();
        retract(id);
    }

    /** Claims a test made leave findings and checks, so the suites after it see the seed data alone. */
    static void retract(String id) {
        as(WriteApiTest.EDITOR).header("If-Match", "*").queryParam("reason", "test claim").delete("/api/v1/claims/" + id)
                .then().statusCode(200);
    }

    @Test
    void aRetractionInvalidatesTheVersionInForceAndGeneratesNothing() throws Exception {
        String id = "prov-" + UUID.randomUUID().toString().substring(0, 8);
        String etag = update(id, create(id), "超过1300", "合作客户超过1200家，\n服务覆盖30多个国家");
        as(WriteApiTest.EDITOR).header("If-Match", etag).queryParam("reason", "the source was corrected")
                .delete("/api/v1/claims/" + id).then().statusCode(200);
        JsonNode doc = provenance(id, "retracted.json");

        assertThat(versions(doc)).containsExactly("version:1", "version:2");
        List<JsonNode> invalidations = new ArrayList<>();
        doc.get("wasInvalidatedBy").forEach(invalidations::add);
        assertThat(invalidations).hasSize(1);
        assertThat(invalidations.get(0).get("prov:entity").asText()).isEqualTo("version:2");
        assertThat(invalidations.get(0).get("prov:activity").asText()).isEqualTo("revision:3");
        assertThat(doc.at("/activity/revision:3/prov:type/$").asText()).isEqualTo("crosscheck:retract");
        assertThat(doc.at("/activity/revision:3/prov:label").asText()).isEqualTo("the source was corrected");
        doc.get("wasGeneratedBy").forEach(g -> assertThat(g.get("prov:activity").asText()).isNotEqualTo("revision:3"));
        assertThat(doc.at("/entity/claim:" + id + "/crosscheck:retracted").asBoolean()).isTrue();
        assertThat(doc.at("/agent/publisher:" + java.net.URLEncoder.encode("示例通讯社", java.nio.charset.StandardCharsets.UTF_8)
                + "/prov:type/$").asText()).isEqualTo("prov:Organization");
    }

    @Test
    void aForgedHostDoesNotReachTheIds() {
        String body = given().header("Host", "attacker.example").header("X-Forwarded-Host", "forwarded.example")
                .get("/api/v1/claims/002-manycore-customers/provenance").then().statusCode(200).extract().asString();
        assertThat(body).contains(BASE + "/api/v1/claims/").doesNotContain("attacker.example").doesNotContain("forwarded.example");
    }

    /** Every prov:type is a qualified name; every attribute value is a scalar, a typed literal or a list of them. */
    static void assertWellFormed(JsonNode doc) {
        assertThat(doc.get("prefix").fieldNames()).toIterable().contains("prov", "xsd", "oa", "crosscheck", "claim", "source", "version");
        doc.fields().forEachRemaining(kind -> {
            if (kind.getKey().equals("prefix")) {
                return;
            }
            kind.getValue().fields().forEachRemaining(record -> record.getValue().fields().forEachRemaining(attr -> {
                String where = kind.getKey() + " " + record.getKey() + " " + attr.getKey();
                List<JsonNode> values = new ArrayList<>();
                if (attr.getValue().isArray()) {
                    attr.getValue().forEach(values::add);
                } else {
                    values.add(attr.getValue());
                }
                for (JsonNode v : values) {
                    assertThat(v.isValueNode() || (v.isObject() && v.has("$") && v.get("$").isValueNode() && v.has("type")))
                            .as(where + " is a PROV value").isTrue();
                    if (attr.getKey().equals("prov:type")) {
                        assertThat(v.path("type").asText()).as(where).isEqualTo("prov:QUALIFIED_NAME");
                    }
                }
            }));
        });
    }

    static void assertSelectorsQuoteTheSource(JsonNode doc, JsonNode quotation, String text) {
        Map<String, JsonNode> selectors = new HashMap<>();
        quotation.get("oa:hasSelector").forEach(s -> {
            assertThat(s.get("type").asText()).isEqualTo("prov:QUALIFIED_NAME");
            JsonNode entity = doc.get("entity").get(s.get("$").asText());
            selectors.put(entity.at("/prov:type/$").asText(), entity);
        });
        JsonNode position = selectors.get("oa:TextPositionSelector");
        JsonNode quote = selectors.get("oa:TextQuoteSelector");
        int[] cps = text.codePoints().toArray();
        int start = position.get("oa:start").asInt();
        int end = position.get("oa:end").asInt();
        assertThat(new String(cps, start, end - start)).isEqualTo(quote.get("oa:exact").asText());
        assertThat(new String(cps, 0, start)).endsWith(quote.get("oa:prefix").asText());
        assertThat(new String(cps, end, cps.length - end)).startsWith(quote.get("oa:suffix").asText());
    }

    static List<String> versions(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("entity").fields().forEachRemaining(e -> {
            if ("crosscheck:ClaimVersion".equals(e.getValue().at("/prov:type/$").asText())) {
                out.add(e.getKey());
            }
        });
        return out;
    }

    static List<JsonNode> relations(JsonNode doc, String kind, String type) {
        List<JsonNode> out = new ArrayList<>();
        doc.path(kind).forEach(r -> {
            if (type.equals(r.at("/prov:type/$").asText())) {
                out.add(r);
            }
        });
        return out;
    }

    static JsonNode relation(JsonNode doc, String kind, String attribute, String value) {
        List<JsonNode> out = new ArrayList<>();
        doc.path(kind).forEach(r -> {
            if (value.equals(r.path(attribute).asText())) {
                out.add(r);
            }
        });
        assertThat(out).as(kind + " with " + attribute + "=" + value).hasSize(1);
        return out.get(0);
    }
}
