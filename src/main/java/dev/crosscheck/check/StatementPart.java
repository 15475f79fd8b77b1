package dev.crosscheck.check;

import dev.crosscheck.claim.value.NumberMention;

/**
 * One checkable part of a sentence: what evidence must account for before the sentence can be
 * called supported. Offsets are UTF-16 offsets in the sentence; the API turns them into code points.
 *
 * @param id      entity id, property id (category, vocabulary), qualifier key, or the folded word
 * @param value   category value or qualifier value; for a term, its analyser tokens separated by spaces (a compound has several)
 * @param clause  index of the clause it is in (clauses end at ，；。 , ; . ! ?)
 * @param mention the parsed figure for {@link Kind#FIGURE}, {@link Kind#YEAR} and {@link Kind#DATE}
 */
record StatementPart(Kind kind, int start, int end, String text, String id, String value, int clause, NumberMention mention) {

    enum Kind {
        /** A name of a catalog entity: a subject, a value, a ranking, or a place the sentence mentions. */
        ENTITY,
        /** A figure with its bound and scale (the unit is looked up beside it). */
        FIGURE,
        /** A year: the value of a year property or the date of a figure. */
        YEAR,
        /** A month and day. */
        DATE,
        /** A word naming one category value of a property. */
        CATEGORY,
        /** A word stating a qualifier value (a scope, a metric, a market). */
        QUALIFIER,
        /** A generic word of a property's small vocabulary ("创始人", "customers"). */
        VOCABULARY,
        /** Any other content word: a metric, a product class, a direction verb ("增长"). Evidence must contain it. */
        TERM,
        /** A verb, adverb or adjective that says how, not what ("拿下", "recently"): reported when no evidence contains it, never required. */
        SOFT,
        /** A negation cue; it governs its own clause. */
        NEGATION,
        /** A membership cue ("之一", "one of"). */
        MEMBERSHIP
    }

    boolean is(Kind k) {
        return kind == k;
    }

    String describe() {
        return switch (kind) {
            case FIGURE -> "figure '" + text.strip() + "'";
            case YEAR -> "year " + text.strip();
            case DATE -> "date '" + text.strip() + "'";
            case ENTITY -> "'" + text + "' (" + id + ")";
            case QUALIFIER -> "'" + text + "' (" + id + " " + value + ")";
            case NEGATION -> "the negation '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
