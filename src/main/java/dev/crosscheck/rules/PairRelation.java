package dev.crosscheck.rules;

/**
 * How two claims stand to each other, and why.
 *
 * @param ruleId the rule that decided, or null when no rule covers the pair
 */
public record PairRelation(Relation relation, String reason, String ruleId) {
}
