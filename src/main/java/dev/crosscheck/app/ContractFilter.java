package dev.crosscheck.app;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the contract say what the code does where annotations cannot say it per operation:
 * <ul>
 * <li>access: an operation that declares no security requirement is public, and says so with an
 * empty one ({@code security: [{}]}), so generated clients and linters do not have to guess;
 * writes name both API-key schemes;</li>
 * <li>the failures the platform answers for any operation (an Accept nothing matches, a URI over
 * the limit; for operations with a body: a body that cannot be read, too large, or of a media type
 * the operation does not read), each documented where it can happen;</li>
 * <li>every 4xx response as an RFC 9457 problem document, including those the platform adds
 * with no content (its automatic 400 for Bean Validation).</li>
 * </ul>
 * The tests hold the service to this: every response they receive is validated against it.
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";

    /** Failures of the HTTP layer and of content negotiation, possible on every operation. */
    private static final Map<String, String> ANY_OPERATION = Map.of(
            "406", "None of the media types the Accept header names can be produced",
            "414", "The request URI is longer than the service reads (crosscheck.max-uri-length)",
            "415", "The Content-Type header is not one media type (type/subtype with parameters), or names one the operation "
                    + "does not read");

    /** Failures of reading a request body. */
    private static final Map<String, String> WITH_BODY = Map.of(
            "400", "The request body cannot be read: not well-formed, or JSON of the wrong shape (errors[] points at the field)",
            "413", "The request body is larger than the service reads (quarkus.http.limits.max-body-size; "
                    + "crosscheck.max-document-bytes per document)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                declareSecurity(op);
                declareFailures(op);
            }
        }
    }

    private static void declareSecurity(Operation op) {
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            op.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        } else {
            // Either header carries the key: Authorization: Bearer <key>, or X-API-Key: <key>.
            op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(CrosscheckApi.HEADER_SCHEME));
        }
    }

    private static void declareFailures(Operation op) {
        APIResponses responses = op.getResponses();
        ANY_OPERATION.forEach((code, why) -> addIfAbsent(responses, code, why));
        if (op.getRequestBody() != null) {
            WITH_BODY.forEach((code, why) -> addIfAbsent(responses, code, why));
        }
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            Content content = r.getValue().getContent();
            if (r.getKey().startsWith("4") && (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
                r.getValue().setContent(problem());
            }
        }
        // Sorted by status, as a reader scans them.
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        sorted.keySet().forEach(responses::removeAPIResponse);
        sorted.forEach(responses::addAPIResponse);
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problem()));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
