package dev.crosscheck.validation.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.File;
import java.util.List;

/**
 * The multipart form of {@code POST /api/v1/validations} as the contract describes it: parts named
 * {@code files}, one per file. The resource reads every part whatever its name, so older forms keep
 * working; a named part gives generated clients a parameter they can call (a wildcard name cannot be).
 */
@Schema(name = "ValidationFiles", description = "Claims files (and optionally entities.yaml, properties.yaml, rules.yaml) "
        + "to validate together, one part each", requiredProperties = "files")
public record ValidationFilesV1(
        @Schema(description = "One part per file; the part's file name is the name the report uses and decides its role",
                minItems = 1)
        List<File> files) {
}
