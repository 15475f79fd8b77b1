package dev.crosscheck.check;

import java.util.List;

/**
 * A finding of the rules engine about claims cited as evidence: two sources agreeing, in
 * conflict or in tension about one fact.
 *
 * @param kind AGREEMENT, CONFLICT or TENSION
 */
public record CheckFinding(String id, String kind, String ruleId, String explanation, List<String> claimIds) {

    /** Whether the finding says the sources disagree (an open conflict or tension). */
    public boolean disagreement() {
        return "CONFLICT".equals(kind) || "TENSION".equals(kind);
    }
}
