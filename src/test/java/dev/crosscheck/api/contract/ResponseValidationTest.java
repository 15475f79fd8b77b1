package dev.crosscheck.api.contract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judge itself, on responses made up here: what the contract allows passes, and each way of
 * breaking it (a null for a string, a missing required field, an undocumented status or media
 * type, a 405 without Allow) is reported. Without Quarkus: the committed document is all it reads.
 */
class ResponseValidationTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.committed();
    private static final String SOURCE = """
            {"id":"002","title":"t","authors":["a"],"language":"zh","scripts":["zh-Hant"],"notes":[],"file":"002.txt",
             "sha256":"ab","length":3,"text":"/api/v1/sources/002/text"}""";

    private static List<String> judge(String method, String path, int status, String type, String body, Map<String, String> headers) {
        return CONTRACT.violations(new OpenApiContract.Exchange(method, path, status, type, headers::get,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> judge(String method, String path, int status, String type, String body) {
        return judge(method, path, status, type, body, Map.of());
    }

    @Test
    void aResponseAsDocumentedPasses() {
        assertThat(judge("GET", "/api/v1/sources/002", 200, "application/json;charset=UTF-8", SOURCE)).isEmpty();
        assertThat(judge("GET", "/api/v1/sources/002/text", 200, "text/plain;charset=UTF-8", "杭州")).isEmpty();
        assertThat(judge("GET", "/api/v1/sources/002/text", 200, "text/plain;charset=UTF-8", "")).isEmpty();
        assertThat(judge("GET", "/api/v1/claims/x", 304, null, null)).isEmpty();
        assertThat(judge("GET", "/q/openapi", 200, "application/yaml", "openapi: 3.1.0")).as("outside the API").isEmpty();
    }

    @Test
    void aNullWhereTheContractSaysStringFails() {
        String withNull = SOURCE.replace("\"file\":\"002.txt\"", "\"file\":\"002.txt\",\"url\":null");
        assertThat(judge("GET", "/api/v1/sources/002", 200, "application/json", withNull))
                .singleElement().asString().contains("/url").contains("null");
        // In an array and behind a $ref alike.
        assertThat(judge("GET", "/api/v1/sources", 200, "application/json", "[" + withNull + "]"))
                .singleElement().asString().contains("/0/url");
    }

    @Test
    void aMissingRequiredFieldAndAWrongTypeFail() {
        assertThat(judge("GET", "/api/v1/sources/002", 200, "application/json", SOURCE.replace("\"sha256\":\"ab\",", "")))
                .singleElement().asString().contains("sha256");
        assertThat(judge("GET", "/api/v1/sources/002", 200, "application/json", SOURCE.replace("\"length\":3", "\"length\":\"3\"")))
                .singleElement().asString().contains("/length");
    }

    @Test
    void anUndocumentedStatusOrMediaTypeFails() {
        assertThat(judge("GET", "/api/v1/sources/002", 500, "application/problem+json",
                "{\"type\":\"urn:crosscheck:problem:internal\",\"title\":\"Internal error\",\"status\":500}"))
                .singleElement().asString().contains("does not document status 500");
        assertThat(judge("GET", "/api/v1/sources/002", 200, "text/html", "<html></html>"))
                .singleElement().asString().contains("does not document the media type text/html");
        assertThat(judge("GET", "/api/v1/sources/002", 404, "application/json", "{}"))
                .singleElement().asString().contains("application/json");
        assertThat(judge("GET", "/api/v1/sources/002", 404, null, "not found")).singleElement().asString().contains("no Content-Type");
        assertThat(judge("GET", "/api/v1/sources/002", 200, null, null)).singleElement().asString().contains("none came");
    }

    @Test
    void aProblemMustBeAProblemDocument() {
        assertThat(judge("GET", "/api/v1/sources/999", 404, "application/problem+json",
                "{\"type\":\"urn:crosscheck:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":null}"))
                .singleElement().asString().contains("/detail");
        assertThat(judge("GET", "/api/v1/sources/999", 404, "application/problem+json", "{\"title\":\"Not found\"}")).isNotEmpty();
        assertThat(judge("GET", "/api/v1/sources/999", 404, "application/problem+json", "")).singleElement().asString().contains("empty");
    }

    @Test
    void unroutedRequestsGetProblemsAnd405NamesTheDocumentedMethods() {
        String problem = "{\"type\":\"urn:crosscheck:problem:method-not-allowed\",\"title\":\"Method not allowed\",\"status\":405}";
        assertThat(judge("DELETE", "/api/v1/checks", 405, "application/problem+json", problem, Map.of("Allow", "OPTIONS, POST"))).isEmpty();
        assertThat(judge("DELETE", "/api/v1/checks", 405, "application/problem+json", problem))
                .singleElement().asString().contains("no Allow header");
        assertThat(judge("DELETE", "/api/v1/checks", 405, "application/problem+json", problem, Map.of("Allow", "GET, POST")))
                .singleElement().asString().contains("[GET, POST]");
        assertThat(judge("DELETE", "/api/v1/checks", 404, "application/problem+json",
                problem.replace("405", "404"), Map.of())).singleElement().asString().contains("instead of 405");
        assertThat(judge("GET", "/api/v1/nothing-here", 404, "text/plain", "Not Found"))
                .singleElement().asString().contains("not application/problem+json");
    }

    @Test
    void theMostLiteralPathTemplateIsChosen() {
        String imported = "{\"created\":[],\"updated\":[],\"unchanged\":[],\"kept\":[],\"datasetRevision\":1}";
        assertThat(judge("POST", "/api/v1/claims/import", 200, "application/json", imported)).isEmpty();
        assertThat(judge("POST", "/api/v1/claims/some-id", 200, "application/json", imported)).as("no POST on /claims/{id}")
                .anySatisfy(v -> assertThat(v).contains("instead of 405"));
    }
}
