package dev.crosscheck.validation;

import dev.crosscheck.dataset.Dataset;
import dev.crosscheck.shared.diagnostic.Issue;

import java.util.List;

/**
 * The one place where the rules engine's findings become validation issues
 * ({@code rule-conflict}, {@code rule-tension}), located at the line of each claim involved.
 */
final class RuleFindingIssues {

    private RuleFindingIssues() {
    }

    static List<Issue> of(Dataset dataset) {
        // The rules engine lands on its own branch; until then a dataset has no rule findings.
        return List.of();
    }
}
