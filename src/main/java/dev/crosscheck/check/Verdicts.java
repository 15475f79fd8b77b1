package dev.crosscheck.check;

import dev.crosscheck.claim.Claim;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one verdict policy of a statement, for sentences and structured claims alike. */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * Supporting and contradicting evidence, or a conflict or tension the rules engine finds between
     * a supporting claim and another claim of the same fact (same subject and property): CONTESTED.
     * A tension with claims about other facts (a member's origin against a count of the members)
     * does not make the statement contested.
     *
     * @param claims the stored claims by id, to tell which claims of a finding state the same fact
     */
    static Verdict decide(List<Evidence> compared, List<CheckFinding> findings, java.util.function.Function<String, Claim> claims) {
        boolean supported = compared.stream().anyMatch(e -> e.relation() == Evidence.Relation.SUPPORTS);
        boolean contradicted = compared.stream().anyMatch(e -> e.relation() == Evidence.Relation.CONTRADICTS);
        if (supported && contradicted) {
            return Verdict.CONTESTED;
        }
        if (supported) {
            Set<String> supporting = compared.stream().filter(e -> e.relation() == Evidence.Relation.SUPPORTS)
                    .map(e -> e.claim().id()).collect(Collectors.toSet());
            Set<String> facts = compared.stream().filter(e -> e.relation() == Evidence.Relation.SUPPORTS)
                    .map(e -> fact(e.claim())).collect(Collectors.toSet());
            boolean disputed = findings.stream().anyMatch(f -> f.disagreement() && f.claimIds().stream().anyMatch(supporting::contains)
                    && f.claimIds().stream().filter(id -> !supporting.contains(id)).map(claims).anyMatch(c -> c != null && facts.contains(fact(c))));
            return disputed ? Verdict.CONTESTED : Verdict.SUPPORTED;
        }
        return contradicted ? Verdict.CONTRADICTED : Verdict.NOT_ENOUGH_INFO;
    }

    private static String fact(Claim c) {
        return c.subject() + '\u0000' + c.property();
    }
}
