package dev.crosscheck.rules;

/**
 * How claims stand to each other. A finding's kind is one of the first three; a pairwise
 * comparison may also answer {@link #NOT_COMPARABLE}.
 */
public enum Relation {
    /**
     * The claims are about the same fact and are compatible: equal values, overlapping intervals
     * (after units and tolerance), the same set. As a finding it needs at least two sources: one
     * source repeating itself corroborates nothing.
     */
    AGREEMENT,
    /**
     * The claims are about the same fact, under the same definition, and cannot both be true:
     * intervals that do not overlap, values declared mutually exclusive, a count that its
     * members' own facts make impossible.
     */
    CONFLICT,
    /**
     * The claims pull in opposite directions but need not contradict each other: they use
     * different definitions, one set lists only part of another, a count is still possible but
     * the member facts lean the other way, or two related counts measure different things.
     * Worth a reviewer's look; not an error.
     */
    TENSION,
    /**
     * The claims are not about the same fact (different subjects, properties, rankings, metrics,
     * dates, scopes, units), so nothing follows from comparing them. Never a finding.
     */
    NOT_COMPARABLE
}
