package dev.crosscheck.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Readiness follows what the store can actually serve, and comes back by itself without a restart. */
@QuarkusTest
class ReadinessTest {

    /**
     * Looked up, not injected: test classes are beans of every test application, and the command-line
     * tests run one whose datasource is inactive, where a direct injection point fails the start.
     */
    @Inject
    Instance<AgroalDataSource> data;

    @Test
    void aStoreThatCannotServeIsNotReadyUntilItCanAgain() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("store"));
        // The store every test shares (H2 or PostgreSQL), broken for a moment and restored before the test ends.
        try (Connection c = data.get().getConnection()) {
            c.createStatement().execute("ALTER TABLE dataset_state RENAME TO dataset_state_away");
        }
        try {
            // The pool still hands out valid connections; only a real read shows the store cannot serve.
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            try (Connection c = data.get().getConnection()) {
                c.createStatement().execute("ALTER TABLE dataset_state_away RENAME TO dataset_state");
            }
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
