package dev.crosscheck.check.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosscheck.claim.rest.v1.ClaimV1;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** Claims proposed from one source, in the order of its text. */
@Schema(name = "Suggestions")
public record SuggestionsV1(String source,
                            @Schema(description = "Suggestions at or above minScore") int total,
                            @Schema(description = "How many of them no stored claim states yet") int newFacts,
                            List<SuggestionV1> suggestions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Suggestion", description = "One proposed claim, anchored; unresolved fields are named in 'unresolved'")
    public record SuggestionV1(
            @Schema(enumeration = {"figure", "year", "date", "category", "membership"}) String kind,
            @Schema(description = "The clause as a reader sees it (layout line breaks and inline pinyin left out); it anchors at target")
            String quote,
            ClaimV1.Target target,
            String sentence,
            @Schema(description = "The subject, when resolved") ClaimV1.Ref subject,
            @Schema(description = "The property id, when resolved") String property,
            @Schema(description = "Catalog properties the value can belong to (datatype and unit), most likely first") List<String> candidates,
            @Schema(description = "The value as written, a year, a category or entity ids") Object value,
            String unit,
            @Schema(description = "The measure word written after the figure when no catalog unit has that name") String unitText,
            @Schema(description = "Lower bound of a figure in its written scale") Double low,
            @Schema(description = "Upper bound of a figure; absent when unbounded") Double high,
            String hedge,
            Map<String, String> qualifiers,
            @Schema(description = "Check-worthiness from 0 to 1") double score,
            @Schema(description = "subject and/or property, when they could not be resolved") List<String> unresolved,
            @Schema(description = "Words of the sentence that may name what is unresolved") Map<String, List<String>> words,
            @Schema(description = "Stored claims that already state this fact (AGREES) or conflict with it") List<ExistingV1> existing) {
    }

    @Schema(name = "SuggestionExisting")
    public record ExistingV1(String claimId, @Schema(enumeration = {"AGREES", "CONFLICTS"}) String relation,
                             @Schema(description = "The claim quotes the same passage of the same source") boolean sameSpan) {
    }
}
