package dev.crosscheck.app;

import dev.crosscheck.shared.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the contract say what the code does, where annotations cannot:
 * <ul>
 *   <li>Access: an operation that declares no security requirement is public, and says so with an
 *       empty one ({@code security: [{}]}), so generated clients and linters do not have to guess;
 *       writes name the API-key schemes.</li>
 *   <li>Errors: every error response is a problem document (one mapper writes them all), also the
 *       400s the scanner adds by itself without a body; a generated client can then read them.</li>
 *   <li>A schema that refers to another ({@code $ref}) says its type there only: the scanner adds
 *       {@code type: object} beside a reference, which generators drop with a warning each.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

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
                if (op.getResponses() != null) {
                    op.getResponses().getAPIResponses().forEach(ContractFilter::describeError);
                }
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

    private static void describeError(String status, APIResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem"))));
        }
    }
}
