package dev.crosscheck.rules.rest.v1;

import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.FindingClaim;
import dev.crosscheck.source.anchor.TextPositionSelector;
import dev.crosscheck.source.anchor.TextQuoteSelector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;

@Schema(name = "Finding", description = "Where sources agree (AGREEMENT), contradict each other (CONFLICT) or pull in opposite "
        + "directions without contradicting, e.g. under different definitions (TENSION)",
        requiredProperties = {"id", "kind", "severity", "rule", "explanation", "claims"})
public record FindingV1(String id, @Schema(enumeration = {"AGREEMENT", "CONFLICT", "TENSION"}) String kind,
                        @Schema(enumeration = {"error", "warning", "note"}) String severity, String rule, String subject,
                        String property, Map<String, String> qualifiers, String explanation, List<Evidence> claims) {

    @Schema(name = "FindingClaim", description = "A claim a finding rests on, with its source, quote and selectors",
            requiredProperties = {"id", "source", "quote", "quoteSelector", "positionSelector"})
    public record Evidence(String id, String source, String quote, String value, TextQuoteSelector quoteSelector,
                           TextPositionSelector positionSelector) {
        static Evidence of(FindingClaim c) {
            return new Evidence(c.claimId(), c.source(), c.quote(), c.value(), c.quoteSelector(), c.positionSelector());
        }
    }

    public static FindingV1 of(Finding f) {
        return new FindingV1(f.id(), f.kind().name(), f.severity().name().toLowerCase(Locale.ROOT), f.ruleId(), f.subject(),
                f.property(), f.qualifiers(), f.explanation(), f.claims().stream().map(Evidence::of).toList());
    }
}
