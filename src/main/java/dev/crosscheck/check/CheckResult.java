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

    /** Kinds of recognised part a source can confirm or deny; words alone are not a statement. */
    private static final java.util.Set<String> CHECKABLE_KINDS = java.util.Set.of("entity", "number", "category");

    /**
     * Whether the statement names anything the sources could confirm or deny: an entity, a figure,
     * a year or date, or a category. A sentence without any ("Let us look closer.") is not a
     * statement to check, which is different from one the sources say nothing about.
     */
    public boolean hasCheckableParts() {
        return verdict != Verdict.NOT_ENOUGH_INFO
                || interpretation.recognised().stream().anyMatch(r -> CHECKABLE_KINDS.contains(r.kind())
                && !(r.kind().equals("number") && dev.crosscheck.claim.value.NumberMention.isArticle(r.text())));
    }

    CheckResult(Verdict verdict, Interpretation interpretation, List<Evidence> evidence, List<CheckFinding> findings, String explanation) {
        this(verdict, interpretation, evidence, findings, explanation, List.of(), List.of());
    }
}
