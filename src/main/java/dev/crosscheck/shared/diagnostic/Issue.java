package dev.crosscheck.shared.diagnostic;

import java.util.List;

/**
 * One problem found in a claims directory, pointing at a file position (1-based line and column)
 * and, when known, where the offending text ends ({@link Located} has the end's convention).
 *
 * @param subjectId the claim, entity, property or finding id the issue is about, when there is one
 * @param related   other places the issue points at (not a rule finding's other claims: those are placements)
 */
public record Issue(CheckId check, Severity severity, String file, int line, int column, String message, String subjectId,
                    int endLine, int endColumn, List<Related> related) {

    public Issue {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public Issue(CheckId check, Severity severity, String file, int line, int column, String message, String subjectId) {
        this(check, severity, file, line, column, message, subjectId, 0, 0, List.of());
    }

    public static Issue of(CheckId check, String file, int line, int column, String message, String subjectId) {
        return new Issue(check, check.severity(), file, line, column, message, subjectId);
    }

    public static Issue of(CheckId check, Located at, String message, String subjectId) {
        return new Issue(check, check.severity(), at.file(), at.line(), at.column(), message, subjectId, at.endLine(), at.endColumn(),
                List.of());
    }

    public Located at() {
        return new Located(file, line, column, endLine, endColumn);
    }

    public Issue withRelated(List<Related> more) {
        return new Issue(check, severity, file, line, column, message, subjectId, endLine, endColumn, more);
    }
}
