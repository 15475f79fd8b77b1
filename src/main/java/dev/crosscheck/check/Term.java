package dev.crosscheck.check;

/**
 * What a word of a sentence can stand for.
 *
 * @param id    entity, property or unit id; qualifier key; cue name
 * @param value category of a {@link Kind#CATEGORY}, qualifier value of a {@link Kind#QUALIFIER}, else null
 */
record Term(Kind kind, String id, String value) {

    enum Kind {
        /** A name of an entity. */
        ENTITY,
        /** A keyword of a property. */
        PROPERTY,
        /** A word naming one category value of a property ({@code id} is the property). */
        CATEGORY,
        /** A unit name. */
        UNIT,
        /** A word stating a qualifier value: a scope, a metric, a definition. */
        QUALIFIER,
        /** A grammatical cue: negation or membership. */
        CUE
    }
}
