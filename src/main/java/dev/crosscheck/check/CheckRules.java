package dev.crosscheck.check;

import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.FindingClaim;
import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.rules.QualifierPolicy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything checks take from the rules engine, in one place: the qualifier policy of
 * {@code claims/rules.yaml} (which qualifiers make a stored claim a different fact from the one a
 * sentence states) and the findings about the claims a check cites.
 *
 * <p>A sentence is not a claim, so the policy is read with one difference: a qualifier the
 * sentence does not state is left open (the sentence may mean any ranking), never a reason to set
 * a claim aside; the judge then splits the claims by the hard keys left open.
 *
 * <p>Findings come from the one rules engine of the service ({@link FindingsService}), which keeps
 * them current after every committed change.
 */
@ApplicationScoped
public class CheckRules {

    private final FindingsService findings;

    /**
     * How a stored claim's qualifiers stand to those a sentence states.
     *
     * @param notComparableReason why the claim is about a different fact, or null when it is the same
     * @param openKeys            qualifiers only the claim gives: the sentence leaves them open
     */
    public record QualifierFit(String notComparableReason, List<String> openKeys) {
        public boolean comparable() {
            return notComparableReason == null;
        }
    }

    public CheckRules(FindingsService findings) {
        this.findings = findings;
    }

    public QualifierFit fit(Map<String, String> stated, Map<String, String> claimed) {
        QualifierPolicy policy = policy();
        for (Map.Entry<String, String> e : stated.entrySet()) {
            QualifierPolicy.Qualifier q = policy.qualifier(e.getKey());
            String theirs = claimed.get(e.getKey());
            if (theirs == null) {
                if (q.kind() == QualifierPolicy.Kind.HARD && q.whenMissing() == QualifierPolicy.WhenMissing.DISTINCT) {
                    return new QualifierFit("the sentence names " + e.getKey() + " '" + e.getValue() + "', the source none", List.of());
                }
            } else if (!sentenceStates(policy.match(e.getKey(), e.getValue(), theirs))) {
                // The sentence chose this ranking, scope or definition: a claim under another one is about something else.
                return new QualifierFit("different " + q.label() + " ('" + e.getValue() + "' in the sentence, '" + theirs
                        + "' in the source)", List.of());
            }
        }
        List<String> open = new ArrayList<>();
        claimed.keySet().stream().filter(k -> !stated.containsKey(k)).forEach(open::add);
        return new QualifierFit(null, open);
    }

    /** A year in a sentence names every date within it ("2024" states "2024-12"), and a claim's year covers the sentence's month. */
    private static boolean sentenceStates(QualifierPolicy.ValueMatch m) {
        return m != QualifierPolicy.ValueMatch.DIFFERENT;
    }

    /**
     * Why a claim's qualifiers are not all stated by the sentence, or null: a key that says which
     * fact a figure is must be stated (or implied by another key the sentence states).
     */
    public String unstated(Map<String, String> stated, Map<String, String> claimed) {
        QualifierPolicy policy = policy();
        for (Map.Entry<String, String> e : claimed.entrySet()) {
            QualifierPolicy.Qualifier q = policy.qualifier(e.getKey());
            boolean implied = q.impliedBy() != null && stated.containsKey(q.impliedBy());
            if (!stated.containsKey(e.getKey()) && q.requiredInSentence() && !implied) {
                return "the source states it for " + e.getKey() + " '" + e.getValue() + "', which the sentence does not state";
            }
        }
        return null;
    }

    /** Whether claims with different values of this key are different facts (a rank in another ranking). */
    public boolean partitions(String key) {
        return policy().qualifier(key).kind() == QualifierPolicy.Kind.HARD;
    }

    /** The findings (agreements, conflicts, tensions) that cite any of these claims, once each. */
    public List<CheckFinding> findingsAbout(Collection<String> claimIds) {
        Map<String, CheckFinding> out = new LinkedHashMap<>();
        for (Finding f : findings.citing(claimIds)) {
            out.computeIfAbsent(f.id(), k -> new CheckFinding(f.id(), f.kind().name(), f.ruleId(), f.explanation(),
                    f.claims().stream().map(FindingClaim::claimId).toList()));
        }
        return List.copyOf(out.values());
    }

    /** The words that state qualifier values in sentences, from the qualifier declarations of rules.yaml. */
    QualifierWords qualifierWords() {
        return QualifierWords.from(policy());
    }

    private QualifierPolicy policy() {
        return findings.rules().qualifiers();
    }
}
