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
                          String explanation, List<Part> alsoChecked, List<Uncovered> uncovered) {

    /**
     * A part of the sentence no statement accounts for: it alone keeps the sentence from being supported.
     *
     * @param start code point offset in the sentence (inclusive)
     * @param end   code point offset (exclusive)
     */
    public record Uncovered(String kind, String text, int start, int end, String reason) {
    }

    /** One further statement of the sentence and its verdict. */
    public record Part(Verdict verdict, Interpretation interpretation) {
    }

    CheckResult(Verdict verdict, Interpretation interpretation, List<Evidence> evidence, List<CheckFinding> findings, String explanation) {
        this(verdict, interpretation, evidence, findings, explanation, List.of(), List.of());
    }
}
