package dev.crosscheck.claim.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * The writable fields of a claim, as in a claims file (documentation of the request body). The
 * examples are an invented claim: the dataset's own entities and figures live in claims/, not here.
 */
@Schema(name = "ClaimWrite", description = "A claim as written in a claims file; the quote must occur in the source")
public record ClaimWriteV1(@Schema(required = true, example = "src1-example-firm-customers") String id,
                           @Schema(required = true, example = "example-firm") String subject,
                           @Schema(required = true, example = "customer-count") String property,
                           @Schema(required = true, example = "超1.2万") Object value,
                           @Schema(example = "firm") String unit,
                           Map<String, String> qualifiers,
                           @Schema(required = true, example = "src1") String source,
                           @Schema(required = true, example = "平台合作客户超1.2万家") String quote,
                           @Schema(description = "Code point offset where the quote starts in its source; needed when it occurs more than once",
                                   minimum = "0") Integer start,
                           @Schema(description = "Code point offset where the quote ends (exclusive); optional with start", minimum = "0")
                           Integer end,
                           String note) {
}
