package dev.crosscheck.check;

import java.util.List;

/**
 * The answer to one check: the verdict, what was checked, the claims and findings that justify
 * it, and a paragraph saying why in plain English.
 */
public record CheckResult(Verdict verdict, Interpretation interpretation, List<Evidence> evidence, List<CheckFinding> findings,
                          String explanation) {
}
