package dev.crosscheck.validation;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Severity;

import java.util.Locale;

/**
 * Which issues make a validation fail. The levels are cumulative: {@code conflict} fails on
 * everything {@code error} fails on, plus the rules engine's conflicts. Rule findings are kept out
 * of {@code error} on purpose, although a conflict is reported at severity error: a team may want
 * CI to guard quotes and references while conflicts between sources are still being reviewed.
 */
public enum FailOn {
    /** Data errors only: syntax, schema, references, units, values, quotes. */
    ERROR,
    /** Data errors and the rules engine's conflicts (the default). */
    CONFLICT,
    /** Data errors, conflicts and tensions. */
    TENSION;

    public boolean covers(Issue issue) {
        if (issue.check() == CheckId.RULE_CONFLICT) {
            return this != ERROR;
        }
        if (issue.check() == CheckId.RULE_TENSION) {
            return this == TENSION;
        }
        return issue.severity() == Severity.ERROR;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
