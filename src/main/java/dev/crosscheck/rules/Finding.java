package dev.crosscheck.rules;

import dev.crosscheck.shared.diagnostic.Severity;

import java.util.List;
import java.util.Map;

/**
 * What a rule concluded about a set of claims.
 *
 * @param id          stable: the same rule, kind and claims give the same id ({@link FindingIds})
 * @param kind        {@link Relation#AGREEMENT}, {@link Relation#CONFLICT} or {@link Relation#TENSION}
 * @param subject     the entity the finding is about (for a count over a set: the set)
 * @param property    the property compared (for a count checked against its members: the count)
 * @param qualifiers  the qualifiers every claim of the finding shares
 * @param claims      the claims involved, ordered by id
 * @param explanation plain English, naming the sources and the values
 */
public record Finding(String id, Relation kind, Severity severity, String ruleId, String subject, String property,
                      Map<String, String> qualifiers, List<FindingClaim> claims, String explanation) {
}
