package dev.crosscheck.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A re-import that changes the catalog reaches every component that holds it: claims of a property
 * added to properties.yaml get findings at once, not after a restart.
 */
@QuarkusTest
@TestProfile(ReimportTest.CopiedClaims.class)
class ReimportTest {

    /** Its own claims directory (a copy the test edits) and its own in-memory database. */
    public static class CopiedClaims implements QuarkusTestProfile {
        static final Path DIR = copy();

        private static Path copy() {
            try {
                Path dir = Files.createTempDirectory("crosscheck-reimport");
                try (Stream<Path> files = Files.list(Path.of("claims"))) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.copy(f, dir.resolve(f.getFileName()));
                    }
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String postgres = System.getenv("CROSSCHECK_DB_URL");
            if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
                // The suite on PostgreSQL (.ci/run): a schema of its own, emptied first, so the claims this test adds
                // reach no other test and a second run starts from the same state.
                return Map.of("crosscheck.claims-dir", DIR.toString(),
                        "quarkus.datasource.jdbc.url", postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=reimport_test",
                        "quarkus.flyway.schemas", "reimport_test", "quarkus.flyway.clean-disabled", "false",
                        "quarkus.flyway.clean-at-start", "true");
            }
            return Map.of("crosscheck.claims-dir", DIR.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:reimport;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void claimsOfANewlyCataloguedPropertyGetFindingsAfterAReimport() throws IOException {
        Files.writeString(CopiedClaims.DIR.resolve("properties.yaml"), """
                  - id: test-added-lab-count
                    label: {en: "number of laboratories (added by a test)", zh-Hans: "实验室数量", zh-Hant: "實驗室數量"}
                    datatype: count
                    unit: institution
                    singleValued: true
                    tolerance: 0
                """, StandardOpenOption.APPEND);
        Files.writeString(CopiedClaims.DIR.resolve("claims-900.yaml"), """
                source: "001"
                claims:
                  - id: 900-one-lab
                    subject: chengxi-corridor
                    property: test-added-lab-count
                    value: 1
                    unit: institution
                    quote: "落户了浙江全省唯一的国家实验室"
                  - id: 900-two-labs
                    subject: chengxi-corridor
                    property: test-added-lab-count
                    value: 2
                    unit: institution
                    quote: "布局了2个大科学装置"
                """);
        given().header("X-API-Key", "dev-admin-key").post("/api/v1/claims/reimport").then().statusCode(200)
                .body("created", hasItem("900-two-labs"));
        given().queryParam("property", "test-added-lab-count").get("/api/v1/findings").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("CONFLICT"));
    }
}
