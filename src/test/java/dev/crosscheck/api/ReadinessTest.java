package dev.crosscheck.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Readiness follows what the store can actually serve, and comes back by itself without a restart. */
@QuarkusTest
@TestProfile(ReadinessTest.OwnStore.class)
class ReadinessTest {

    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A store of its own: this test breaks it on purpose.
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    AgroalDataSource data;

    @Test
    void aStoreThatCannotServeIsNotReadyUntilItCanAgain() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("store"));
        try (Connection c = data.getConnection()) {
            c.createStatement().execute("ALTER TABLE dataset_state RENAME TO dataset_state_away");
        }
        try {
            // The pool still hands out valid connections; only a real read shows the store cannot serve.
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            try (Connection c = data.getConnection()) {
                c.createStatement().execute("ALTER TABLE dataset_state_away RENAME TO dataset_state");
            }
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
