package dev.crosscheck.claim.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A claims file as an import body (documentation of the request body): a JSON or YAML document,
 * not bytes, so generated clients send the object rather than a file name.
 */
@Schema(name = "ClaimsFile", description = "A claims file, as in claims/claims-*.yaml", requiredProperties = "claims")
public record ClaimsFileV1(@Schema(description = "The source of the claims that name none", example = "002") String source,
                           @Schema(description = "The claims of the file") List<ClaimWriteV1> claims) {
}
