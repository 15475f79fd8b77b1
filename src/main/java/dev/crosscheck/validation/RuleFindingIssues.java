package dev.crosscheck.validation;

import dev.crosscheck.dataset.Dataset;
import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.FindingClaim;
import dev.crosscheck.rules.Relation;
import dev.crosscheck.rules.RuleSet;
import dev.crosscheck.rules.RulesEngine;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where the rules engine's findings become validation issues. Each conflict or
 * tension is one {@code rule-conflict} / {@code rule-tension} issue, so counts and CI failures are
 * per finding. It is located at the claim read last (the last file, then the last line): a claim
 * appended to a file or a new claims file is what usually brings a conflict in, and that is the line
 * a reviewer must look at. The other claims are its related locations (SARIF relatedLocations) and
 * are named, with file and line, in the message. The issue's subject is the finding id, stable
 * and what a baseline lists. Agreements are not issues. Problems in the rules file itself are
 * {@code schema} issues located in it.
 */
final class RuleFindingIssues {

    private RuleFindingIssues() {
    }

    /** The issues, and for each finding id where its issue was placed. */
    record Result(List<Issue> issues, Map<String, ValidationReport.Placement> placements) {
    }

    static Result of(Dataset dataset) {
        List<Issue> issues = new ArrayList<>();
        Map<String, ValidationReport.Placement> placements = new HashMap<>();
        RuleSet rules = RuleSet.parse(dataset.rules(), dataset.rulesFile(), dataset.rulesDigest(), issues);
        issues.addAll(rules.verify(dataset.catalog()));
        if (rules.rules().isEmpty() || dataset.claims().isEmpty()) {
            return new Result(issues, placements);
        }
        RulesEngine engine = new RulesEngine(rules, dataset.catalog());
        engine.evaluateAll(dataset.claims());
        for (Finding f : engine.findings().findings()) {
            CheckId check = f.kind() == Relation.CONFLICT ? CheckId.RULE_CONFLICT : f.kind() == Relation.TENSION ? CheckId.RULE_TENSION : null;
            if (check == null) {
                continue;
            }
            List<FindingClaim> located = f.claims().stream().filter(c -> dataset.claimLines().containsKey(c.claimId()))
                    .sorted(Comparator.comparing((FindingClaim c) -> dataset.claimLines().get(c.claimId()), READ_ORDER))
                    .toList();
            if (located.isEmpty()) {
                continue;
            }
            FindingClaim primary = located.get(located.size() - 1);
            Located at = dataset.claimLines().get(primary.claimId());
            List<FindingClaim> others = located.subList(0, located.size() - 1);
            issues.add(new Issue(check, f.severity(), at.file(), at.line(), at.column(), message(f, primary, others, dataset), f.id(),
                    at.endLine(), at.endColumn(), List.of()));
            placements.put(f.id(), new ValidationReport.Placement(primary.claimId(),
                    others.stream().map(c -> dataset.claimLines().get(c.claimId())).toList()));
        }
        return new Result(issues, placements);
    }

    private static final Comparator<Located> READ_ORDER = Comparator.comparing(Located::file).thenComparingInt(Located::line)
            .thenComparingInt(Located::column);

    private static String message(Finding f, FindingClaim self, List<FindingClaim> others, Dataset dataset) {
        String named = others.stream().map(c -> {
            Located l = dataset.claimLines().get(c.claimId());
            return "'" + c.claimId() + "' (" + l.file() + ":" + l.line() + ")";
        }).collect(Collectors.joining(", "));
        String relation = f.kind() == Relation.CONFLICT ? "conflicts with " : "is in tension with ";
        return "claim '" + self.claimId() + "' " + relation + (named.isEmpty() ? "the rest of its group" : named)
                + " [rule " + f.ruleId() + ", finding " + f.id() + "]: " + f.explanation();
    }
}
