package dev.crosscheck.rules.rest.v1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Two claims to compare, each a stored claim's id or a claim written out. */
@Schema(name = "CompareRequest")
public record CompareV1(@NotNull @Valid Side a, @NotNull @Valid Side b) {

    @Schema(name = "CompareSide", description = "Either id (a stored claim) or subject, property, value, unit and qualifiers")
    public record Side(String id, String subject, String property, Object value, String unit, Map<String, String> qualifiers,
                       @Schema(description = "Optional: the source the claim comes from, for explanations") String source) {
    }

    @Schema(name = "CompareResult", description = "How two claims stand to each other, and why")
    public record Result(@Schema(enumeration = {"AGREEMENT", "CONFLICT", "TENSION", "NOT_COMPARABLE"}) String relation,
                         String reason, String rule, String rulesetVersion) {
    }
}
