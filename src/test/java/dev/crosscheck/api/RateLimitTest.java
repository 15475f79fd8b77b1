package dev.crosscheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Anonymous clients of the computing endpoints are limited per client; keyed clients and reads are not. */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Three at once, then one a minute: the fourth request within the test is over the limit.
            return Map.of("crosscheck.rate-limit.anonymous-per-minute", "1", "crosscheck.rate-limit.burst", "3");
        }
    }

    @Test
    void anAnonymousClientOverItsRateGets429WithRetryAfterAndAKeyedOneDoesNot() {
        String body = "{\"text\":\"示例公司成立于2015年。\"}";
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(body).post("/api/v1/checks").then().statusCode(200);
        }
        given().contentType("application/json").body(body).post("/api/v1/checks/batch").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", not(equalTo(null)))
                .body("status", equalTo(429)).body("detail", containsString("API key"));
        // An unknown key is no way around the limit.
        given().header("Authorization", "Bearer not-a-key").contentType("application/json").body(body).post("/api/v1/checks")
                .then().statusCode(429);
        given().header("Authorization", "Bearer " + WriteApiTest.READER).contentType("application/json").body(body)
                .post("/api/v1/checks").then().statusCode(200);
        given().get("/api/v1/findings").then().statusCode(200);
    }
}
