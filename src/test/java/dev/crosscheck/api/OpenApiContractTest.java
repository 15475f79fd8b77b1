package dev.crosscheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi/openapi.yaml is the published contract: this test fails when the
 * document generated from the code differs from it. To accept a deliberate change, run
 * {@code ./mvnw package -Dmaven.test.skip=true && cp target/openapi/openapi.yaml openapi/openapi.yaml}
 * (not {@code -DskipTests}: the tests compile against a client generated from the committed file).
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentEqualsTheCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode generated = yaml.readTree(served);
        JsonNode committed = yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertThat(generated.equals(committed))
                .as("openapi/openapi.yaml is out of date: regenerate it (see this test's Javadoc)")
                .isTrue();
    }

    @Test
    void everyOperationHasAnIdAndEveryPathIsVersioned() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        doc.get("paths").fields().forEachRemaining(path -> {
            assertThat(path.getKey()).startsWith("/api/v1/");
            path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().isObject() && op.getValue().has("responses")) {
                    assertThat(op.getValue().has("operationId")).as(path.getKey() + " " + op.getKey()).isTrue();
                }
            });
        });
    }

    /** What generated clients rely on: numbers typed as integers with their bounds, patterns that match whole values. */
    @Test
    void numericParametersAreIntegersAndPatternsAreAnchored() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        java.util.List<String> numeric = java.util.List.of("page", "size", "start", "end", "revision");
        int seen = 0;
        for (JsonNode param : doc.findValues("parameters").stream().flatMap(p -> java.util.stream.StreamSupport.stream(p.spliterator(), false))
                .toList()) {
            if (numeric.contains(param.path("name").asText()) && List.of("query", "path").contains(param.path("in").asText())) {
                assertThat(param.at("/schema/type").asText()).as(param.toString()).isEqualTo("integer");
                assertThat(param.at("/schema/minimum").isMissingNode()).as(param.toString()).isFalse();
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(7);
        // A merge patch is a JSON object, not bytes: generated clients must be able to send one.
        assertThat(doc.at("/paths/~1api~1v1~1claims~1{id}/patch/requestBody/content/application~1merge-patch+json/schema/type").asText())
                .isEqualTo("object");
        for (JsonNode pattern : doc.findValues("pattern")) {
            String p = pattern.asText();
            // "\S" is what a not-blank constraint means: contains a non-space character, unanchored on purpose.
            if (!p.equals("\\S")) {
                assertThat(p).as("pattern %s", p).startsWith("^").endsWith("$");
            }
        }
    }

    /** Access as the code enforces it: public operations say so, writes name both headers that carry a key. */
    @Test
    void everyOperationDeclaresItsSecurity() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertThat(doc.at("/components/securitySchemes/apiKeyHeader/name").asText()).isEqualTo("X-API-Key");
        assertThat(doc.at("/servers/0/url").asText()).isNotBlank();
        java.util.List<String> writes = new java.util.ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode security = op.getValue().get("security");
            assertThat(security).as(op.getKey() + " " + path.getKey()).isNotNull();
            if (security.get(0).isEmpty()) {
                assertThat(op.getKey()).as("public " + path.getKey()).isIn("get", "post");
            } else {
                assertThat(security.findValuesAsText("apiKey")).isNotNull();
                assertThat(security.toString()).contains("apiKey").contains("apiKeyHeader");
                writes.add(op.getKey() + " " + path.getKey());
            }
        }));
        assertThat(writes).contains("post /api/v1/claims", "patch /api/v1/claims/{id}", "post /api/v1/sources",
                "post /api/v1/sources/{id}/suggestions");
    }

    /** What generated clients need to return something, never void: every response body has a schema. */
    @Test
    void everyResponseBodyHasASchemaAndEveryClientErrorIsAProblem() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        java.util.List<String> missing = new java.util.ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            op.getValue().path("responses").fields().forEachRemaining(entry -> {
                JsonNode response = entry.getValue().has("$ref")
                        ? doc.at(entry.getValue().get("$ref").asText().substring(1)) : entry.getValue();
                var r = java.util.Map.entry(entry.getKey(), response);
                assertThat(response.isMissingNode()).as(where + " " + entry.getKey() + " refers to nothing").isFalse();
                r.getValue().path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("schema")) {
                        missing.add(where + " " + r.getKey() + " " + media.getKey() + ": no schema");
                    }
                });
                if (r.getKey().startsWith("4") && !r.getValue().at("/content/application~1problem+json/schema/$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    missing.add(where + " " + r.getKey() + ": not an application/problem+json Problem");
                }
            });
        }));
        assertThat(missing).isEmpty();
    }

    /** The failures the platform gives for any operation are listed on every one; those of reading a body where there is one. */
    @Test
    void everyOperationListsTheFailuresThePlatformCanGive() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        java.util.List<String> missing = new java.util.ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("406", "414", "415"));
            if (op.getValue().has("requestBody")) {
                expected.addAll(java.util.List.of("400", "413"));
            }
            for (String code : expected) {
                if (!op.getValue().path("responses").has(code)) {
                    missing.add(op.getKey() + " " + path.getKey() + " " + code);
                }
            }
        }));
        assertThat(missing).isEmpty();
    }

    /** ADR 0015: a field without a value is left out, so no schema admits null (nor says nullable). */
    @Test
    void noSchemaAdmitsNull() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertThat(doc.findValues("type").stream().filter(t -> t.isArray() && t.toString().contains("\"null\"")).toList()).isEmpty();
        assertThat(doc.findValues("nullable")).isEmpty();
    }

    @Test
    void aClaimAtARevisionIsAClaimAndTheRevisionRecordHasItsOwnPath() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertThat(doc.at("/paths/~1api~1v1~1claims~1{id}/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Claim");
        assertThat(doc.at("/paths/~1api~1v1~1claims~1{id}~1revisions~1{n}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Revision");
    }

    /**
     * What generated clients make of the contract: a property becomes a field or a form parameter, so
     * its name must be an identifier (a property named '*' broke the TypeScript clients), and every
     * 2xx body with content has a schema (without one, generated methods return nothing).
     */
    @Test
    void propertiesAreIdentifiersAndSuccessfulBodiesHaveSchemas() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        int properties = 0;
        for (JsonNode props : doc.findValues("properties")) {
            for (String name : (Iterable<String>) props::fieldNames) {
                assertThat(name).as("property name").matches("[A-Za-z][A-Za-z0-9]*");
                properties++;
            }
        }
        assertThat(properties).isGreaterThan(100);
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2")) {
                        response.getValue().path("content").fields().forEachRemaining(media -> assertThat(media.getValue().has("schema"))
                                .as("%s %s %s %s", op.getKey(), path.getKey(), response.getKey(), media.getKey()).isTrue());
                    }
                })));
    }
}
