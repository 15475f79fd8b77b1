package dev.crosscheck.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.crosscheck.validation.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** POST /api/v1/validations: the command line's result over HTTP, against the stored data, changing nothing. */
@QuarkusTest
class ValidationResourceTest {

    static final Path MIXED = Fixtures.ROOT.resolve("reports/mixed.yaml");

    @Test
    void yamlBodyIsValidatedAgainstTheStoredCatalogAndSources() throws Exception {
        given().contentType("application/yaml").body(Files.readAllBytes(MIXED)).queryParam("name", "claims/claims-new.yaml")
                .post("/api/v1/validations")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("valid", equalTo(false))
                .body("exitCode", equalTo(1))
                .body("summary.claims", equalTo(3))
                .body("summary.validClaims", equalTo(1))
                .body("issues", hasSize(2))
                .body("issues[0].check", equalTo("quote-not-found"))
                .body("issues[0].file", equalTo("claims/claims-new.yaml"))
                .body("issues[0].line", equalTo(15))
                .body("issues[0].column", equalTo(12))
                .body("issues[1].check", equalTo("unknown-entity"))
                .body("issues[1].line", equalTo(18));
    }

    @Test
    void curatedFileIsValid() throws Exception {
        given().contentType("application/yaml").body(Files.readAllBytes(Path.of("claims/claims-003.yaml")))
                .post("/api/v1/validations")
                .then().statusCode(200).body("valid", equalTo(true)).body("issues", hasSize(0))
                .body("files", equalTo(java.util.List.of("body.yaml")));
    }

    @Test
    void jsonBodyIsAccepted() {
        String body = "{\"source\": \"001\", \"claims\": [{\"id\": \"json-firm-count\", \"subject\": \"zhejiang-symposium-2025-02-13\","
                + " \"property\": \"participating-firm-count\", \"value\": 3, \"unit\": \"firm\","
                + " \"quote\": \"宇树科技、强脑科技和游科互动科技3家“杭州六小龙”企业\"}]}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/validations")
                .then().statusCode(200).body("valid", equalTo(true)).body("files[0]", equalTo("body.json"));
    }

    @Test
    void acceptPicksSarifAndItValidates() throws Exception {
        byte[] sarif = given().contentType("application/yaml").accept("application/sarif+json").body(Files.readAllBytes(MIXED))
                .post("/api/v1/validations")
                .then().statusCode(200).contentType("application/sarif+json").extract().asByteArray();
        JsonNode node = new ObjectMapper().readTree(sarif);
        try (InputStream schema = Files.newInputStream(Path.of("src/test/resources/schema/sarif-schema-2.1.0.json"))) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(node)).isEmpty();
        }
        assertThat(node.path("runs").path(0).path("results")).hasSize(2);
        assertThat(node.path("runs").path(0).path("results").path(0).path("locations").path(0).path("physicalLocation")
                .path("region").path("startLine").asInt()).isEqualTo(15);
    }

    /**
     * Snippets come from the upload, never from a server file of the same name; the quote's source
     * is a stored one, which has no file to point at.
     */
    @Test
    void sarifSnippetsQuoteTheUploadNotAFileOfTheServer() throws Exception {
        byte[] sarif = given().contentType("application/yaml").accept("application/sarif+json").body(Files.readAllBytes(MIXED))
                .queryParam("name", "claims/claims-001.yaml")
                .post("/api/v1/validations")
                .then().statusCode(200).contentType("application/sarif+json").extract().asByteArray();
        JsonNode result = new ObjectMapper().readTree(sarif).path("runs").path(0).path("results").path(0);
        JsonNode physical = result.path("locations").path(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("claims/claims-001.yaml");
        assertThat(physical.path("region").path("snippet").path("text").asText())
                .isEqualTo("\"宇树科技、强脑科技和游科互动科技三家“杭州六小龙”企业在座谈会上发言\"");
        assertThat(physical.path("contextRegion").path("snippet").path("text").asText()).contains("unit: firm")
                .doesNotContain(Files.readAllLines(Path.of("claims/claims-001.yaml")).get(14).strip());
        assertThat(result.has("relatedLocations")).isFalse();
        assertThat(new ObjectMapper().readTree(sarif).path("runs").path(0).path("tool").path("driver").path("rules").path(10)
                .path("helpUri").asText()).isEqualTo("https://crosscheck.example/docs/validation-checks.md#quote-not-found");
    }

    @Test
    void acceptPicksJunitXml() throws Exception {
        given().contentType("application/yaml").accept("application/xml").body(Files.readAllBytes(MIXED))
                .post("/api/v1/validations")
                .then().statusCode(200).contentType(ContentType.XML)
                .body(containsString("<failure type=\"quote-not-found\" message=\"body.yaml:15:12: claim 'mixed-broken-quote'"));
    }

    @Test
    void acceptPicksText() throws Exception {
        given().contentType("application/yaml").accept("text/plain").body(Files.readAllBytes(MIXED))
                .post("/api/v1/validations")
                .then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("body.yaml:15:12: error: claim 'mixed-broken-quote'"));
    }

    @Test
    void multipartValidatesSeveralFilesTogether() throws Exception {
        long seedClaims = Files.readAllLines(Path.of("claims/claims-001.yaml")).stream().filter(l -> l.startsWith("  - id: ")).count();
        given().multiPart("file", "claims-a.yaml", Files.readAllBytes(MIXED), "application/yaml")
                .multiPart("file", "claims-b.yaml", Files.readAllBytes(Path.of("claims/claims-001.yaml")), "application/yaml")
                .post("/api/v1/validations")
                .then().statusCode(200)
                .body("files", equalTo(java.util.List.of("claims-a.yaml", "claims-b.yaml")))
                .body("issues.file", equalTo(java.util.List.of("claims-a.yaml", "claims-a.yaml")))
                .body("summary.validClaims", equalTo(1 + (int) seedClaims));
    }

    @Test
    void multipartCanReplaceTheCatalog() throws Exception {
        String entities = "entities:\n  - id: only-entity\n    type: organization\n    names: {en: [Only]}\n";
        given().multiPart("file", "entities.yaml", entities.getBytes(), "application/yaml")
                .multiPart("file", "claims-a.yaml", Files.readAllBytes(Fixtures.CHECKS.resolve("quote-not-found/pass.yaml")), "application/yaml")
                .post("/api/v1/validations")
                .then().statusCode(200)
                .body("issues[0].check", equalTo("unknown-entity"))
                .body("issues[0].file", equalTo("claims-a.yaml"));
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) '#');
        given().contentType("application/yaml").body(big).post("/api/v1/validations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:crosscheck:problem:payload-too-large"))
                .body("detail", containsString("over the limit of 10485760 bytes"));
    }

    @Test
    void multipartFileOverTheLimitIs413Problem() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) '#');
        given().multiPart("file", "claims-big.yaml", big, "application/yaml")
                .post("/api/v1/validations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("claims-big.yaml is over the limit"));
    }

    @Test
    void hostileBodiesAreReportedNotCrashed() {
        given().contentType("application/yaml").body(("claims: " + "[".repeat(200) + "]".repeat(200)).getBytes())
                .post("/api/v1/validations")
                .then().statusCode(200).body("issues[0].check", equalTo("yaml-syntax"))
                .body("issues[0].message", containsString("64"));
        given().contentType("application/yaml").body(new byte[]{'a', 0, 'b'}).post("/api/v1/validations")
                .then().statusCode(200).body("issues[0].check", equalTo("yaml-syntax"))
                .body("issues[0].message", containsString("binary"));
    }

    @Test
    void badFailOnIs400AndUnsupportedTypeIs415() {
        given().contentType("application/yaml").body("claims: []".getBytes()).queryParam("failOn", "sometimes").post("/api/v1/validations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("image/png").body(new byte[]{1, 2}).post("/api/v1/validations")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void validationNeverChangesStoredData() throws Exception {
        int before = given().queryParam("size", 1).get("/api/v1/claims").then().statusCode(200).extract().path("total");
        given().contentType("application/yaml").body(Files.readAllBytes(Fixtures.CHECKS.resolve("quote-not-found/pass.yaml")))
                .post("/api/v1/validations").then().statusCode(200).body("valid", equalTo(true));
        given().get("/api/v1/claims/fx-firm-count").then().statusCode(404);
        given().queryParam("size", 1).get("/api/v1/claims").then().body("total", equalTo(before));
    }
}
