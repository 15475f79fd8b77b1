package dev.crosscheck.validation.report;

import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;
import dev.crosscheck.validation.ValidationReport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The report for people: one {@code file:line:column: severity: message [check]} line per issue,
 * the form compilers use, so editors and CI log viewers link each line to the file. ANSI colour
 * only when asked (the command line asks when writing to a terminal).
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String GREEN = "\u001b[1;32m";

    private final boolean color;

    public TextReportWriter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(ValidationReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        for (Issue i : report.issues()) {
            w.println(line(report, i));
        }
        ValidationReport.Summary s = report.summary();
        w.printf(Locale.ROOT, "%d files, %d claims (%d valid): %d errors, %d warnings, %d conflicts, %d tensions%n", s.files(), s.claims(),
                s.validClaims(), s.errors(), s.warnings(), s.conflicts(), s.tensions());
        String failOn = "--fail-on " + report.options().failOn().wireName();
        if (report.valid()) {
            w.println(paint(GREEN, "OK") + ": no issue fails the validation (" + failOn + ")");
        } else {
            w.println(paint(RED, "FAILED") + ": " + s.failing() + (s.failing() == 1 ? " issue fails" : " issues fail")
                    + " the validation (" + failOn + ")");
        }
        w.flush();
    }

    private String line(ValidationReport report, Issue i) {
        StringBuilder b = new StringBuilder();
        String where = i.line() > 0 ? i.file() + ":" + i.line() + ":" + i.column() : i.file();
        b.append(paint(BOLD, where)).append(": ").append(severity(i.severity())).append(": ").append(i.message())
                .append(" [").append(i.check().id()).append(']');
        if (report.accepted(i)) {
            b.append(" (accepted in baseline)");
        } else if (!report.failing(i) && i.severity() == Severity.ERROR) {
            b.append(" (not failing under --fail-on ").append(report.options().failOn().wireName()).append(')');
        }
        return b.toString();
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> paint(RED, "error");
            case WARNING -> paint(YELLOW, "warning");
            case NOTE -> paint(CYAN, "note");
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
