package dev.crosscheck.rules;

import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.diagnostic.Severity;

import java.util.Map;

/**
 * The common part of a rule in {@code rules.yaml}: what every kind shares.
 *
 * @param severities the severity of each finding kind this rule reports
 * @param at         where the rule is written, for problems found later (against the catalog)
 */
public record RuleSpec(String id, String kind, String description, Map<Relation, Severity> severities, Located at) {

    public Severity severity(Relation kind) {
        return severities.get(kind);
    }
}
