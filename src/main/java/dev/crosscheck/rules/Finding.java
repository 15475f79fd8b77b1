package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.shared.diagnostic.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a rule concluded about a set of claims.
 *
 * <p>A full evaluation of a large store makes hundreds of thousands of findings and reads few of
 * them, so the explanation and the cited claims' display form are built when first read (and
 * kept). Both follow from what the finding holds, so two findings are equal when their id, rule,
 * kind, subject, property, qualifiers and claims are.
 */
public final class Finding {

    private final String id;
    private final Relation kind;
    private final Severity severity;
    private final String ruleId;
    private final String subject;
    private final String property;
    private final Map<String, String> qualifiers;
    private final List<Claim> claims;
    private final Function<Claim, FindingClaim> cite;
    private volatile Supplier<String> explain;
    private volatile String explanation;
    private volatile List<FindingClaim> cited;

    /**
     * @param id          stable: the same rule, kind and claims give the same id ({@link FindingIds})
     * @param kind        {@link Relation#AGREEMENT}, {@link Relation#CONFLICT} or {@link Relation#TENSION}
     * @param subject     the entity the finding is about (for a count over a set: the set)
     * @param property    the property compared (for a count checked against its members: the count)
     * @param qualifiers  the qualifiers every claim of the finding shares
     * @param claims      the claims involved, ordered by id, without repeats
     * @param cite        how a claim is cited
     * @param explain     plain English, naming the sources and the values; called at most once, when first read
     */
    Finding(String id, Relation kind, Severity severity, String ruleId, String subject, String property, Map<String, String> qualifiers,
            List<Claim> claims, Function<Claim, FindingClaim> cite, Supplier<String> explain) {
        this.id = id;
        this.kind = kind;
        this.severity = severity;
        this.ruleId = ruleId;
        this.subject = subject;
        this.property = property;
        this.qualifiers = qualifiers;
        this.claims = claims;
        this.cite = cite;
        this.explain = explain;
    }

    public String id() {
        return id;
    }

    public Relation kind() {
        return kind;
    }

    public Severity severity() {
        return severity;
    }

    public String ruleId() {
        return ruleId;
    }

    public String subject() {
        return subject;
    }

    public String property() {
        return property;
    }

    public Map<String, String> qualifiers() {
        return qualifiers;
    }

    /** How many claims the finding rests on. */
    public int claimCount() {
        return claims.size();
    }

    /** The claims involved, ordered by id, as cited: enough to show the evidence without looking them up. */
    public List<FindingClaim> claims() {
        List<FindingClaim> c = cited;
        if (c == null) {
            List<FindingClaim> l = new ArrayList<>(claims.size());
            claims.forEach(x -> l.add(cite.apply(x)));
            cited = c = Collections.unmodifiableList(l);
        }
        return c;
    }

    /** Whether the finding rests on this claim. */
    public boolean cites(String claimId) {
        for (Claim c : claims) {
            if (c.id().equals(claimId)) {
                return true;
            }
        }
        return false;
    }

    /** Plain English, naming the sources and the values. */
    public String explanation() {
        String e = explanation;
        if (e == null) {
            synchronized (this) {
                if (explanation == null) {
                    explanation = explain.get();
                    explain = null;
                }
                e = explanation;
            }
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && id.equals(f.id) && kind == f.kind && ruleId.equals(f.ruleId) && severity == f.severity
                && Objects.equals(subject, f.subject) && Objects.equals(property, f.property) && qualifiers.equals(f.qualifiers)
                && sameStatements(claims, f.claims);
    }

    /** A claim whose note alone changed leaves the finding as it was: the note is not part of it. */
    private static boolean sameStatements(List<Claim> a, List<Claim> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).sameStatementAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Finding[" + id + " " + kind + " " + ruleId + " " + subject + " " + property + " " + claims.size() + " claims]";
    }
}
