package dev.crosscheck.dataset;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YNode;
import dev.crosscheck.source.SourceText;

import java.util.List;
import java.util.Map;

/**
 * A claims directory read together with its sources: what loads into the service and what the
 * validator checks. {@code claims} holds only the claims that passed every check; {@code issues}
 * explains the rest.
 *
 * @param rules       the parsed rules document, or null when the directory has none
 * @param rulesDigest SHA-256 of the rules file's bytes: the ruleset version
 * @param claimLines  where each claim was written, for reports
 */
public record Dataset(Map<String, SourceText> sources, Catalog catalog, List<Claim> claims, YNode rules, String rulesFile,
                      String rulesDigest, Map<String, dev.crosscheck.shared.diagnostic.Located> claimLines, List<Issue> issues) {

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == dev.crosscheck.shared.diagnostic.Severity.ERROR);
    }
}
