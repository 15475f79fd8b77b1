package dev.crosscheck.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one verdict policy of a statement, for sentences and structured claims alike. */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * Supporting and contradicting evidence, or a conflict or tension the rules engine finds between
     * claims the verdict rests on: CONTESTED. A tension with claims about other facts (a member's
     * origin against a count of the members) does not make the statement contested.
     */
    static Verdict decide(List<Evidence> compared, List<CheckFinding> findings) {
        boolean supported = compared.stream().anyMatch(e -> e.relation() == Evidence.Relation.SUPPORTS);
        boolean contradicted = compared.stream().anyMatch(e -> e.relation() == Evidence.Relation.CONTRADICTS);
        if (supported && contradicted) {
            return Verdict.CONTESTED;
        }
        if (supported) {
            Set<String> supporting = compared.stream().filter(e -> e.relation() == Evidence.Relation.SUPPORTS)
                    .map(e -> e.claim().id()).collect(Collectors.toSet());
            Set<String> basis = compared.stream().map(e -> e.claim().id()).collect(Collectors.toSet());
            boolean disputed = findings.stream().anyMatch(f -> f.disagreement() && f.claimIds().stream().anyMatch(supporting::contains)
                    && f.claimIds().stream().filter(basis::contains).count() >= 2);
            return disputed ? Verdict.CONTESTED : Verdict.SUPPORTED;
        }
        return contradicted ? Verdict.CONTRADICTED : Verdict.NOT_ENOUGH_INFO;
    }
}
