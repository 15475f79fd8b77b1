package dev.crosscheck.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What checks take from the rules engine, in one place: which qualifiers make a stored claim a
 * different fact from the one a sentence states, and the findings about the claims cited.
 * {@link InterimCheckRules} implements it until the rules engine ({@code dev.crosscheck.rules})
 * is merged; an implementation backed by its qualifier policy and findings then replaces it,
 * and nothing else in checks changes.
 */
public interface CheckRules {

    /**
     * How a stored claim's qualifiers stand to those a sentence states.
     *
     * @param notComparableReason why the claim is about a different fact, or null when it is the same
     * @param assumedKeys         qualifiers only the claim gives, taken as the sentence's meaning
     */
    record QualifierFit(String notComparableReason, List<String> assumedKeys) {
        public boolean comparable() {
            return notComparableReason == null;
        }
    }

    QualifierFit fit(Map<String, String> stated, Map<String, String> claimed);

    /**
     * Whether claims with different values of this key are different facts (a rank in another
     * ranking); a sentence that does not name it could mean any of them.
     */
    boolean partitions(String key);

    /** The findings (agreements, conflicts, tensions) that cite any of these claims. */
    List<CheckFinding> findingsAbout(Collection<String> claimIds);
}
