package dev.crosscheck.app;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.ArrayList;

/**
 * Makes the contract say what the code does about access: an operation that declares no
 * security requirement is public, and says so with an empty one ({@code security: [{}]}), so
 * generated clients and linters do not have to guess; writes name the API-key schemes.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                    op.setSecurity(new ArrayList<>(java.util.List.of(OASFactory.createSecurityRequirement())));
                } else {
                    // Either header carries the key: Authorization: Bearer <key>, or X-API-Key: <key>.
                    op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(CrosscheckApi.HEADER_SCHEME));
                }
            }
        }
    }
}
