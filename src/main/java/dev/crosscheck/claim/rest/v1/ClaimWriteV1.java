package dev.crosscheck.claim.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The writable fields of a claim, as in a claims file (documentation of the request body). */
@Schema(name = "ClaimWrite", description = "A claim as written in a claims file; the quote must occur in the source")
public record ClaimWriteV1(@Schema(required = true, example = "002-manycore-customers") String id,
                           @Schema(required = true, example = "manycore") String subject,
                           @Schema(required = true, example = "customer-count") String property,
                           @Schema(required = true, example = "超4.5万") Object value,
                           @Schema(example = "firm") String unit,
                           Map<String, String> qualifiers,
                           @Schema(required = true, example = "002") String source,
                           @Schema(required = true, example = "平台合作客户超4.5万家") String quote,
                           String note) {
}
