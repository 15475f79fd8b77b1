package dev.crosscheck.shared.diagnostic;

/**
 * One problem found in a claims directory, pointing at a file position (1-based line and column).
 *
 * @param subjectId the claim, entity, property or finding id the issue is about, when there is one
 */
public record Issue(CheckId check, Severity severity, String file, int line, int column, String message, String subjectId) {

    public static Issue of(CheckId check, String file, int line, int column, String message, String subjectId) {
        return new Issue(check, check.severity(), file, line, column, message, subjectId);
    }

    public static Issue of(CheckId check, Located at, String message, String subjectId) {
        return of(check, at.file(), at.line(), at.column(), message, subjectId);
    }
}
