package dev.crosscheck.rules;

import java.util.List;

/**
 * A set of findings and the version of the rules that produced them.
 *
 * @param rulesetVersion SHA-256 of {@code rules.yaml}: findings are only comparable under one version
 */
public record Findings(String rulesetVersion, List<Finding> findings) {
}
