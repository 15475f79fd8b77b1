package dev.crosscheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Inputs that used to reach the database or the router unchecked: each is a problem document naming what is wrong, never a 500. */
@QuarkusTest
class BadInputTest {

    @Test
    void aPageBeyondWhatAnOffsetCanHoldIsABadParameter() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get("/api/v1/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("page"));
        given().queryParam("page", 10_737_418).queryParam("size", 200).get("/api/v1/claims").then().statusCode(200);
    }

    @Test
    void sourceFieldsLongerThanTheirColumnsAreRefusedBeforeTheDatabase() {
        Map<String, Object> base = Map.of("id", "too-long-fields", "title", "t", "text", "正文。", "language", "zh");
        for (Map.Entry<String, Object> e : Map.<String, Object>of("title", "t".repeat(1001), "publisher", "p".repeat(501),
                "url", "https://example.org/" + "u".repeat(2000), "language", "l".repeat(33), "scripts", List.of("s".repeat(21))).entrySet()) {
            Map<String, Object> body = new java.util.HashMap<>(base);
            body.put(e.getKey(), e.getValue());
            given().header("Authorization", "Bearer dev-admin-key").contentType(ContentType.JSON).body(body).post("/api/v1/sources")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].pointer", org.hamcrest.Matchers.startsWith("/" + e.getKey()));
        }
        given().get("/api/v1/sources/too-long-fields").then().statusCode(404);
    }

    @Test
    void aClaimIdLongerThanItsColumnIsASchemaError() {
        given().header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON)
                .body(Map.of("id", "x".repeat(129), "subject", "hangzhou", "property", "rank", "value", 2, "unit", "ordinal",
                        "source", "001", "quote", "杭州位居第二"))
                .post("/api/v1/claims").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].check", equalTo("schema"));
    }

    @Test
    void aContentTypeThatIsNotOneMediaTypeIsUnsupported() {
        for (String type : List.of("a/b/c", ";;;", "application/json, text/plain")) {
            given().header("Content-Type", type).body("claims: []".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/validations").then().statusCode(415)
                    .contentType("application/problem+json").body("type", equalTo("urn:crosscheck:problem:unsupported-media-type"));
        }
    }

    @Test
    void aBodyThatIsNotTheMultipartItAnnouncesIsMalformed() {
        given().header("Content-Type", "multipart/form-data; boundary=xyz").body("not multipart at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/validations")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:crosscheck:problem:malformed-body"));
    }

    @Test
    void jsonOfTheWrongShapeSaysWhereAndWhatWasExpected() {
        given().contentType(ContentType.JSON).body("[\"a\"]").post("/api/v1/checks").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("the request body must be an object"));
        given().contentType(ContentType.JSON).body("{\"text\":[\"a\"]}").post("/api/v1/checks").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/text"))
                .body("errors[0].message", equalTo("must be a string"));
        given().contentType(ContentType.JSON).body("{\"items\":[{\"text\":\"a\"},{\"text\":{\"b\":1}}]}").post("/api/v1/checks/batch")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/items/1/text"));
        given().contentType(ContentType.JSON).body("{\"a\":\"x\",\"b\":{\"id\":\"001-hangzhou-fdi-2024\"}}").post("/api/v1/compare")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("/a: must be an object"));
    }

    /** Bean Validation's paths as JSON pointers into the body: no method or parameter names, no container nodes. */
    @Test
    void constraintViolationsPointIntoTheBody() {
        given().contentType(ContentType.JSON).body("{\"items\":[null]}").post("/api/v1/checks/batch").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/items/0"));
        given().contentType(ContentType.JSON).body("null").post("/api/v1/checks/batch").then().statusCode(400)
                .body("errors[0].pointer", equalTo(""));
    }

    @Test
    void requestBodiesKeepTheirJsonTypes() {
        given().contentType(ContentType.JSON).body("{\"text\":123}").post("/api/v1/checks").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/text"));
        given().contentType(ContentType.JSON).body("{\"text\":true}").post("/api/v1/checks").then().statusCode(400);
    }

    @Test
    void flagsAreTrueOrFalse() {
        given().queryParam("includeRetracted", "maybe").get("/api/v1/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("includeRetracted"));
        given().queryParam("includeRetracted", "TRUE").get("/api/v1/claims").then().statusCode(200);
    }

    @Test
    void oneTitlePerProblemTypeAndNoParserInternals() {
        given().get("/api/v1/nothing-here").then().statusCode(404).body("title", equalTo("Not found"));
        given().get("/api/v1/claims/nothing-here").then().statusCode(404).body("title", equalTo("Not found"));
        given().delete("/api/v1/checks").then().statusCode(405).body("title", equalTo("Method not allowed"));
        given().contentType(ContentType.JSON).body("{\"items\":[{\"text\":\"a\"},]}").post("/api/v1/checks/batch").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.not(containsString("Feature")));
    }

    @Test
    void everyResponseForbidsSniffing() {
        given().get("/api/v1/sources/001/text").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/nothing-here").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aBatchGetsTheCharacterBudgetOfADraft() {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 26; i++) {
            items.add(Map.of("text", "杭州".repeat(999)));
        }
        given().contentType(ContentType.JSON).body(Map.of("items", items)).post("/api/v1/checks/batch").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("51948 characters"));
    }
}
