package dev.crosscheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ExportApiTest {

    @Test
    void yamlExportRoundTripsThroughImportUnchanged() throws Exception {
        Response r = given().queryParam("format", "yaml").get("/api/v1/export");
        r.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/yaml"));
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(r.asByteArray());
        Set<String> exported = new HashSet<>();
        doc.get("claims").forEach(c -> exported.add(c.get("id").asText()));
        List<String> active = given().queryParam("size", 200).get("/api/v1/claims").then().extract().jsonPath().getList("items.id");
        assertThat(exported).containsAll(active);
        assertThat(doc.get("claims").get(0).get("source").isTextual()).isTrue();

        List<String> unchanged = given().header("Authorization", "Bearer dev-admin-key").contentType("application/yaml")
                .body(r.asByteArray()).post("/api/v1/claims/import")
                .then().statusCode(200).body("created", hasSize(0)).body("updated", hasSize(0)).body("kept", hasSize(0))
                .extract().jsonPath().getList("unchanged");
        assertThat(new HashSet<>(unchanged)).isEqualTo(exported);
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerClaim() throws Exception {
        String csv = given().queryParam("format", "csv").get("/api/v1/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        var schema = com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader();
        List<java.util.Map<String, String>> rows = mapper.readerFor(java.util.Map.class).with(schema)
                .<java.util.Map<String, String>>readValues(csv.getBytes(StandardCharsets.UTF_8)).readAll();
        assertThat(rows.get(0).keySet()).containsExactly("id", "subject", "property", "value", "unit", "qualifiers", "source", "quote",
                "exact", "start", "end", "note");
        var members = rows.stream().filter(m -> m.get("id").equals("002-six-little-dragons-members")).findFirst().orElseThrow();
        assertThat(members.get("value")).startsWith("[").contains("deepseek");
        String exact = given().queryParam("start", members.get("start")).queryParam("end", members.get("end"))
                .get("/api/v1/sources/002/text").then().extract().asString();
        assertThat(exact).isEqualTo(members.get("exact"));
        given().queryParam("format", "xml").get("/api/v1/export").then().statusCode(400).body("errors[0].pointer", equalTo("format"));
    }

    @Test
    void provenanceIsProvJson() {
        // The full shape (versions, revisions, invalidation, selectors) is ProvenanceExportTest's and prov_check.py's.
        given().get("/api/v1/claims/002-manycore-customers/provenance").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/prov+json"))
                .body("prefix.claim", equalTo("https://crosscheck.test/api/v1/claims/"))
                .body("entity.'claim:002-manycore-customers'.'prov:type'.'$'", equalTo("crosscheck:Claim"))
                .body("entity.'claim:002-manycore-customers'.'prov:type'.type", equalTo("prov:QUALIFIED_NAME"))
                .body("entity.'version:1'.'crosscheck:value'", equalTo("超4.5万"))
                .body("entity.'source:002'.'crosscheck:sha256'", equalTo("08e8945e5b6b0b5855580ca8040f06ccd4b2c431eaaf19d893262632e25e46b8"))
                .body("entity.'version:1#quote'.'oa:exact'", equalTo("平臺合作客戶超4.5萬家"))
                .body("wasAttributedTo.collect { it.value }.find { it.'prov:entity' == 'version:1' }.'prov:agent'", equalTo("actor:curated-files"))
                .body("activity.'revision:1'.'prov:type'.'$'", equalTo("crosscheck:import"));
        given().get("/api/v1/claims/nope/provenance").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void findingsExportAsSchemaOrgClaimReview() {
        // One review per claim a finding cites; Google's properties are ClaimReviewExportTest's.
        var doc = given().queryParam("format", "claimreview").get("/api/v1/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .extract().jsonPath();
        List<java.util.Map<String, Object>> graph = doc.getList("'@graph'");
        List<List<?>> cited = given().queryParam("size", 200).get("/api/v1/findings").then().extract().jsonPath().getList("items.claims");
        assertThat(graph).hasSize(cited.stream().mapToInt(List::size).sum());
        assertThat(graph).allSatisfy(r -> {
            assertThat(r.get("@type")).isEqualTo("ClaimReview");
            assertThat(r).doesNotContainKey("additionalProperty");
            assertThat(((java.util.Map<String, Object>) r.get("reviewRating")).get("ratingValue")).isIn(1, 2, 3);
            java.util.Map<String, Object> item = (java.util.Map<String, Object>) r.get("itemReviewed");
            assertThat(item.get("@type")).isEqualTo("Claim");
            assertThat((List<?>) item.get("appearance")).isNotEmpty();
        });
    }

    @Test
    void bundleHoldsTheClaimsAndEverySourceTextTheyQuote() throws Exception {
        byte[] zip = given().queryParam("format", "bundle").get("/api/v1/export").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsKeys("claims/claims-export.yaml", "seeds/sources.yaml", "seeds/002.txt");
        assertThat(dev.crosscheck.source.SourceText.sha256(entries.get("seeds/002.txt").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("08e8945e5b6b0b5855580ca8040f06ccd4b2c431eaaf19d893262632e25e46b8");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bundle");
        for (var e : entries.entrySet()) {
            java.nio.file.Path p = dir.resolve(e.getKey());
            java.nio.file.Files.createDirectories(p.getParent());
            java.nio.file.Files.writeString(p, e.getValue());
        }
        var dataset = new dev.crosscheck.dataset.DatasetReader(10 << 20);
        var issues = new java.util.ArrayList<dev.crosscheck.shared.diagnostic.Issue>();
        var sources = dataset.readSources(dir.resolve("seeds"), issues);
        var catalog = dataset.readCatalog(java.nio.file.Path.of("claims"), issues);
        var parsed = dataset.parseFile(dir.resolve("claims/claims-export.yaml"), issues, true);
        var result = dev.crosscheck.dataset.DatasetReader.build(sources, catalog, List.of(parsed), null, issues);
        assertThat(result.issues()).isEmpty();
        assertThat(result.claims()).hasSizeGreaterThanOrEqualTo(197);
    }
}
