package dev.crosscheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi/openapi.yaml is the published contract: this test fails when the
 * document generated from the code differs from it. To accept a deliberate change, run
 * {@code ./mvnw package -DskipTests && cp target/openapi/openapi.yaml openapi/openapi.yaml}.
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
}
