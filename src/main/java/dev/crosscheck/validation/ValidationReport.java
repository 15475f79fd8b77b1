package dev.crosscheck.validation;

import dev.crosscheck.shared.cli.ExitCodes;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.diagnostic.Severity;

import java.util.List;
import java.util.Map;

/**
 * The outcome of validating claims files: every issue found, the files checked, and whether the
 * validation fails under its options. Every report format (text, JSON, SARIF, JUnit) and the HTTP
 * API render this one value.
 *
 * @param files          the files checked, with the claims each defines, in reading order
 * @param issues         every issue, ordered by file, line and column
 * @param placements     by finding id: which claim a rule finding's issue is located at, and where its other claims are
 * @param claims         claims read (with an id), valid or not
 * @param validClaims    claims that passed every check
 * @param rulesetVersion SHA-256 of the rules file the rules engine used, or null without one
 * @param texts          the text of each file an issue points at, by its report name, when it could be read: reports
 *                       quote the offending lines from it (SARIF snippets)
 */
public record ValidationReport(List<CheckedFile> files, List<Issue> issues, Map<String, Placement> placements, int claims,
                               int validClaims, String rulesetVersion, ValidationOptions options, Map<String, String> texts) {

    /** A file that was checked; {@code claimIds} lists the claims it defines (empty for catalog files). */
    public record CheckedFile(String path, List<String> claimIds) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ValidationSummary")
    public record Summary(int files, int claims, int validClaims, int errors, int warnings, int notes, int conflicts, int tensions,
                          int failing) {
    }

    public ValidationReport {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
        placements = Map.copyOf(placements);
        texts = Map.copyOf(texts);
    }

    /** Every file an issue points at: its own, its related locations' and its rule finding's other claims'. */
    public java.util.Set<String> filesPointedAt() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Issue i : issues) {
            out.add(i.file());
            i.related().forEach(r -> out.add(r.at().file()));
            relatedTo(i).forEach(l -> out.add(l.file()));
        }
        return out;
    }

    /** Where a rule finding's issue sits: at claim {@code claimId}; {@code others} are the finding's other claims. */
    public record Placement(String claimId, List<Located> others) {
    }

    /** Where else an issue points: the other claims of a rule finding; empty for every other issue. */
    public List<Located> relatedTo(Issue issue) {
        Placement p = placement(issue);
        return p == null ? List.of() : p.others();
    }

    /** The claim (or entity, property, source) an issue is about: for a rule finding, the claim it is located at. */
    public String subjectOf(Issue issue) {
        Placement p = placement(issue);
        return p == null ? issue.subjectId() : p.claimId();
    }

    private Placement placement(Issue issue) {
        boolean rule = issue.check() == CheckId.RULE_CONFLICT || issue.check() == CheckId.RULE_TENSION;
        return rule && issue.subjectId() != null ? placements.get(issue.subjectId()) : null;
    }

    /** Whether this issue fails the validation: covered by the fail-on level and not accepted in the baseline. */
    public boolean failing(Issue issue) {
        if (!options.failOn().covers(issue)) {
            return false;
        }
        return !isRuleFinding(issue) || issue.subjectId() == null || !options.baseline().contains(issue.subjectId());
    }

    /** Whether the issue was a rule finding accepted by the baseline. */
    public boolean accepted(Issue issue) {
        return isRuleFinding(issue) && issue.subjectId() != null && options.baseline().contains(issue.subjectId());
    }

    public boolean valid() {
        return issues.stream().noneMatch(this::failing);
    }

    public int exitCode() {
        return valid() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    public Summary summary() {
        return new Summary(files.size(), claims, validClaims, count(Severity.ERROR), count(Severity.WARNING), count(Severity.NOTE),
                count(CheckId.RULE_CONFLICT), count(CheckId.RULE_TENSION), (int) issues.stream().filter(this::failing).count());
    }

    private int count(Severity s) {
        return (int) issues.stream().filter(i -> i.severity() == s).count();
    }

    private int count(CheckId c) {
        return (int) issues.stream().filter(i -> i.check() == c).count();
    }

    private static boolean isRuleFinding(Issue i) {
        return i.check() == CheckId.RULE_CONFLICT || i.check() == CheckId.RULE_TENSION;
    }
}
