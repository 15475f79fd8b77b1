package dev.crosscheck.check;

import dev.crosscheck.source.anchor.Anchor;

import java.util.List;
import java.util.Map;

/**
 * One claim proposed from a source's text, for a curator to accept, fix or reject.
 *
 * @param kind         what states it: figure, year, date, category, membership
 * @param quote        the clause as a reader sees it (layout line breaks and inline pinyin left out); anchors at {@code anchor}
 * @param anchor       both W3C selectors of the quote in the source, from the anchorer
 * @param sentence     the sentence it came from
 * @param subject      entity id, or null when unresolved
 * @param subjectWords the words that may name the subject when it is unresolved
 * @param property     property id, or null when unresolved
 * @param propertyWords the words that may name the property when it is unresolved
 * @param candidates   catalog properties the value can be a value of (datatype and unit), most likely first: a curator's short list
 * @param value        the value as written ("超过4.5万", 2016, a category, entity ids)
 * @param unit         unit id, or null
 * @param unitText     the measure word written after the figure when no catalog unit has that name ("集装箱"), or null
 * @param low          lower bound of a figure in its written scale (4.5万 → 45000), null otherwise
 * @param high         upper bound, null when unbounded or not a figure
 * @param hedge        the bound word ("超过"), or null
 * @param score        check-worthiness, 0 to 1: how much of a complete, checkable claim was found
 * @param existing     stored claims that already state the same fact or one it conflicts with
 */
public record Suggestion(String kind, String quote, Anchor anchor, String sentence, String subject, List<String> subjectWords,
                         String property, List<String> propertyWords, List<String> candidates, Object value, String unit, String unitText, Double low, Double high,
                         String hedge, Map<String, String> qualifiers, double score, List<Existing> existing) {

    /**
     * Suggestions scoring below this are left out unless asked for: they lack a subject or a
     * property, or are bare numbers (section numbers, postcodes) far more often than claims.
     */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    public enum Relation { AGREES, CONFLICTS }

    /**
     * A stored claim bearing on the suggestion.
     *
     * @param sameSpan the claim quotes the same passage of the same source: the suggestion repeats it
     */
    public record Existing(String claimId, Relation relation, boolean sameSpan) {
    }
}
