package dev.crosscheck.check.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosscheck.claim.rest.v1.ClaimV1;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The verdict on one statement, what was checked, and the evidence to cite. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CheckResult")
public record CheckResponseV1(
        @Schema(enumeration = {"SUPPORTED", "CONTRADICTED", "CONTESTED", "NOT_ENOUGH_INFO"}) String verdict,
        @Schema(description = "What the service understood the statement to assert") InterpretationV1 interpretation,
        @Schema(description = "Stored claims that support, contradict or relate to the statement, each with source, quote and selectors")
        List<EvidenceV1> evidence,
        @Schema(description = "Findings of the rules engine about the claims cited") List<FindingV1> findings,
        @Schema(description = "One paragraph in plain English") String explanation,
        @Schema(description = "Further statements of the same sentence (a second figure), each with its verdict; "
                + "the verdict above covers them all. Absent when the sentence makes one statement")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PartV1> alsoChecked,
        @Schema(description = "Parts of the sentence that no statement's evidence accounts for (a second subject, a metric word, "
                + "a year no claim gives); any one keeps the sentence from being SUPPORTED. Absent when every part is accounted for")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UncoveredV1> uncovered) {

    @Schema(name = "CheckUncoveredPart")
    public record UncoveredV1(
            @Schema(description = "entity, term, keyword, number, qualifier, category, cue") String kind,
            String text,
            @Schema(description = "Code point offset in the sentence (inclusive)") int start,
            @Schema(description = "Code point offset in the sentence (exclusive)") int end,
            @Schema(description = "Why nothing covers it, in plain English") String reason) {
    }

    @Schema(name = "CheckPart")
    public record PartV1(@Schema(enumeration = {"SUPPORTED", "CONTRADICTED", "CONTESTED", "NOT_ENOUGH_INFO"}) String verdict,
                         InterpretationV1 interpretation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CheckInterpretation")
    public record InterpretationV1(
            String text,
            @Schema(description = "zh-Hans, zh-Hant or en; absent for a structured claim") String lang,
            @Schema(description = "Whether lang was detected rather than given") Boolean langDetected,
            @Schema(enumeration = {"VALUE", "MEMBERSHIP", "NONE"}) String mode,
            ClaimV1.Ref subject,
            PropertyRefV1 property,
            StatedValueV1 value,
            Map<String, String> qualifiers,
            @Schema(description = "The sentence denies the statement") boolean negated,
            @Schema(description = "Every part of the sentence with its role and the claims it was aligned with; offsets in code points")
            List<RecognisedV1> recognised,
            @Schema(description = "What could not be read or was left unchecked") List<String> notRecognised) {
    }

    @Schema(name = "CheckPropertyRef")
    public record PropertyRefV1(String id, String label, String datatype) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CheckStatedValue", description = "The value the statement gives; numbers with their interval")
    public record StatedValueV1(
            @Schema(description = "The value as written") String text,
            @Schema(description = "numeric, share, entity, entity-set, category, boolean, date") String kind,
            @Schema(description = "Lower bound in the unit (numeric)") Double low,
            @Schema(description = "Upper bound in the unit; absent when unbounded") Double high,
            String hedge,
            String unit,
            @Schema(description = "No unit was written: the property's unit is assumed") Boolean unitAssumed,
            @Schema(description = "Entity id, list of ids, category or boolean") Object value) {
    }

    @Schema(name = "CheckRecognised")
    public record RecognisedV1(
            @Schema(description = "entity, term (a content word), keyword (a property's generic word), category, number, qualifier, cue")
            String kind,
            String text, int start, int end, String id,
            @Schema(description = "subject, value, member, property (names the fact), qualifier, negation, membership, "
                    + "covered (the evidence's text contains it) or unused") String role,
            @Schema(description = "Ids of the claims this part was aligned with") List<String> claims) {
    }

    @Schema(name = "CheckEvidence")
    public record EvidenceV1(
            @Schema(enumeration = {"SUPPORTS", "CONTRADICTS", "RELATED"}) String relation,
            @Schema(description = "Why, in plain English") String reason,
            ClaimV1 claim) {
    }

    @Schema(name = "CheckFinding")
    public record FindingV1(String id, @Schema(enumeration = {"AGREEMENT", "CONFLICT", "TENSION"}) String kind, String ruleId,
                            String explanation, List<String> claimIds) {
    }
}
