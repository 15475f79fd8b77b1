package dev.crosscheck.check.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A draft's sentences with their verdicts, and how many of each. */
@Schema(name = "DraftCheckResult")
public record DraftResponseV1(
        @Schema(description = "Length of the draft in code points") int length,
        SummaryV1 summary,
        @Schema(description = "Every sentence of the draft, in order") List<SentenceV1> sentences) {

    @Schema(name = "DraftSummary", description = "How many sentences had each outcome")
    public record SummaryV1(int sentences, int supported, int contradicted, int contested, int notEnoughInfo,
                            @Schema(description = "Sentences with no entity, figure, year or category to check") int nothingToCheck,
                            @Schema(description = "Sentences too long to check") int tooLong) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DraftSentence")
    public record SentenceV1(
            @Schema(description = "Code point offset in the draft (inclusive)") int start,
            @Schema(description = "Code point offset in the draft (exclusive)") int end,
            String text,
            @Schema(enumeration = {"CHECKED", "NOTHING_TO_CHECK", "TOO_LONG"}) String status,
            @Schema(description = "The verdict, when the sentence was checked",
                    enumeration = {"SUPPORTED", "CONTRADICTED", "CONTESTED", "NOT_ENOUGH_INFO"}) String verdict,
            @Schema(description = "Why the sentence was not checked") String reason,
            @Schema(description = "The check of the sentence, as POST /api/v1/checks answers it; absent when it was too long")
            CheckResponseV1 check) {
    }
}
