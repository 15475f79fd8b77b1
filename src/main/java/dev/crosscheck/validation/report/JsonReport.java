package dev.crosscheck.validation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.validation.ValidationReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * The JSON report: what {@code validate --format json} prints and what
 * {@code POST /api/v1/validations} returns as {@code application/json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ValidationReport", description = "Result of validating claims files",
        requiredProperties = {"valid", "exitCode", "failOn", "summary", "files", "issues"})
public record JsonReport(
        @Schema(description = "True when no issue fails the validation under failOn") boolean valid,
        @Schema(description = "The command line's exit status for this result: 0 valid, 1 failures") int exitCode,
        @Schema(description = "Which issues fail the validation", enumeration = {"error", "conflict", "tension"}) String failOn,
        ValidationReport.Summary summary,
        @Schema(description = "SHA-256 of the rules file the rules engine used; absent when the rules did not run") String rulesetVersion,
        @Schema(description = "The files checked") List<String> files,
        List<JsonIssue> issues) {

    /** One issue; {@code failing} tells whether it fails the validation (fail-on level, baseline). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ValidationIssue", requiredProperties = {"check", "severity", "file", "line", "column", "message", "failing"})
    public record JsonIssue(
            @Schema(description = "Stable check id, e.g. quote-not-found") String check,
            @Schema(enumeration = {"error", "warning", "note"}) String severity,
            String file,
            @Schema(description = "1-based line; 0 when the issue is about a whole file") int line,
            @Schema(description = "1-based column; 0 when the issue is about a whole file") int column,
            String message,
            @Schema(description = "The claim, entity, property, source or (for rule-* checks) finding the issue is about")
            String subject,
            @Schema(description = "For a rule finding: the claim the issue is located at") String claim,
            boolean failing,
            @Schema(description = "True for a rule finding accepted by the baseline") Boolean accepted,
            @Schema(description = "For a rule finding: where its other claims are") List<JsonLocation> related) {
    }

    @Schema(name = "ValidationLocation", requiredProperties = {"file", "line", "column"})
    public record JsonLocation(String file, int line, int column) {
    }

    public static JsonReport of(ValidationReport r) {
        List<JsonIssue> issues = r.issues().stream().map(i -> issue(r, i)).toList();
        return new JsonReport(r.valid(), r.exitCode(), r.options().failOn().wireName(), r.summary(), r.rulesetVersion(),
                r.files().stream().map(ValidationReport.CheckedFile::path).toList(), issues);
    }

    private static boolean isRule(Issue i) {
        return i.check() == dev.crosscheck.shared.diagnostic.CheckId.RULE_CONFLICT
                || i.check() == dev.crosscheck.shared.diagnostic.CheckId.RULE_TENSION;
    }

    private static JsonIssue issue(ValidationReport r, Issue i) {
        List<JsonLocation> related = r.relatedTo(i).stream().map(l -> new JsonLocation(l.file(), l.line(), l.column())).toList();
        return new JsonIssue(i.check().id(), i.severity().name().toLowerCase(Locale.ROOT), i.file(), i.line(), i.column(), i.message(),
                i.subjectId(), r.relatedTo(i).isEmpty() && !isRule(i) ? null : r.subjectOf(i), r.failing(i), r.accepted(i) ? Boolean.TRUE : null, related.isEmpty() ? null : related);
    }
}
