package dev.crosscheck.app;

import dev.crosscheck.shared.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

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
 * with no content (its automatic 400 for Bean Validation), so a generated client can read them;</li>
 * <li>a schema that refers to another ({@code $ref}) says its type there only: the scanner adds
 * {@code type: object} beside a reference, which generators drop with a warning each.</li>
 * </ul>
 * The tests hold the service to this: every response they receive is validated against it.
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";

    /** Failures of the HTTP layer and of content negotiation, possible on every operation, by status: name and description. */
    private static final Map<String, String[]> ANY_OPERATION = Map.of(
            "400", new String[]{"MalformedUri", "The request URI is not a URI as RFC 3986 writes one (raw non-ASCII characters, "
                    + "a character that must be percent-encoded, a '%' not followed by two hexadecimal digits)"},
            "406", new String[]{"NotAcceptable", "None of the media types the Accept header names can be produced"},
            "414", new String[]{"UriTooLong", "The request URI is longer than the service reads (crosscheck.max-uri-length)"},
            "431", new String[]{"HeaderFieldsTooLarge", "The request headers are larger than the service reads (crosscheck.max-header-bytes)"},
            "415", new String[]{"UnsupportedMediaType", "The Content-Type header is not one media type (type/subtype with "
                    + "parameters), or names one the operation does not read"});

    /** Failures of reading a request body. */
    private static final Map<String, String[]> WITH_BODY = Map.of(
            "400", new String[]{"MalformedBody", "The request is invalid: a body that cannot be read (not well-formed, JSON of the "
                    + "wrong shape), a field or parameter out of bounds, or a URI that is not one; errors[] points at each"},
            "413", new String[]{"PayloadTooLarge", "The request body is larger than the service reads "
                    + "(quarkus.http.limits.max-body-size; crosscheck.max-document-bytes per document, crosscheck.import.max-bytes "
                    + "for a claims file to import)"});

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

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
        // The shared failures once, in components, referred to by each operation.
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        java.util.stream.Stream.of(ANY_OPERATION, WITH_BODY).flatMap(m -> m.values().stream()).sorted(java.util.Comparator.comparing(n -> n[0]))
                .forEach(n -> api.getComponents().addResponse(n[0], OASFactory.createAPIResponse().description(n[1]).content(problem())));
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
        // The body's failures first: where there is a body, its 400 names the URI's too.
        if (op.getRequestBody() != null) {
            WITH_BODY.forEach((code, name) -> addIfAbsent(responses, code, name[0]));
        }
        ANY_OPERATION.forEach((code, name) -> addIfAbsent(responses, code, name[0]));
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            Content content = r.getValue().getContent();
            if (r.getKey().startsWith("4") && r.getValue().getRef() == null && (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
                r.getValue().setContent(problem());
            }
        }
        // Sorted by status, as a reader scans them.
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        sorted.keySet().forEach(responses::removeAPIResponse);
        sorted.forEach(responses::addAPIResponse);
    }

    private static void addIfAbsent(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
