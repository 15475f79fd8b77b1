package dev.crosscheck.check;

import java.util.List;

/**
 * The answer to one check: the verdict, what was checked, the claims and findings that justify
 * it, and a paragraph saying why in plain English.
 *
 * @param interpretation the sentence's main statement
 * @param alsoChecked    further statements of the same sentence (a second figure), each with its
 *                       own verdict; the verdict above covers them all
 */
public record CheckResult(Verdict verdict, Interpretation interpretation, List<Evidence> evidence, List<CheckFinding> findings,
                          String explanation, List<Part> alsoChecked) {

    /** One further statement of the sentence and its verdict. */
    public record Part(Verdict verdict, Interpretation interpretation) {
    }

    CheckResult(Verdict verdict, Interpretation interpretation, List<Evidence> evidence, List<CheckFinding> findings, String explanation) {
        this(verdict, interpretation, evidence, findings, explanation, List.of());
    }
}
