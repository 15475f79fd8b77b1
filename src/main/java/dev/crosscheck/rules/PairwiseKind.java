package dev.crosscheck.rules;

import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The kinds that compare the claims of one subject and property pair by pair: within a group,
 * claims are split by the qualifiers that make distinct facts, and each part is compared pair by
 * pair. A kind only says how two values relate; qualifiers, corroboration and the shape of
 * findings are decided here, once:
 * <ul>
 *   <li>agreeing claims form one AGREEMENT finding per cluster, when at least two sources are in it;</li>
 *   <li>all contradicting pairs of a fact form one CONFLICT finding;</li>
 *   <li>all pairs in tension (different definitions, partial lists) form one TENSION finding.</li>
 * </ul>
 */
abstract class PairwiseKind implements RuleKind {

    /** How two values relate, qualifiers aside. */
    enum Values {
        SAME, DIFFERENT, PARTIAL, INDEPENDENT
    }

    record Verdict(Values values, String reason) {
    }

    private record Pair(Relation relation, String reason) {
    }

    private static final int MAX_REASONS = 3;

    protected final RuleSpec spec;

    PairwiseKind(RuleSpec spec) {
        this.spec = spec;
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    /** Whether this rule compares the claims of a property. */
    protected abstract boolean covers(PropertyDef p);

    /** How the values of two claims about one fact relate. */
    protected abstract Verdict compareValues(Claim a, Claim b, RuleContext ctx);

    /** Whether two claims are about one fact as far as subject and property go. */
    protected boolean sameFact(Claim a, Claim b, RuleContext ctx) {
        if (!a.subject().equals(b.subject()) || !a.property().equals(b.property())) {
            return false;
        }
        PropertyDef p = ctx.property(a.property());
        return p != null && covers(p);
    }

    /** The claims of a group. */
    protected List<Claim> participants(GroupKey group, RuleContext ctx) {
        return ctx.index().claims(group.subject(), group.property());
    }

    @Override
    public void groups(Claim claim, PropertyDef property, RuleContext ctx, Consumer<GroupKey> out) {
        if (covers(property)) {
            out.accept(new GroupKey(claim.subject(), claim.property()));
        }
    }

    @Override
    public Optional<PairRelation> compare(Claim a, Claim b, RuleContext ctx) {
        if (!sameFact(a, b, ctx)) {
            return Optional.empty();
        }
        Pair p = relate(a, b, ctx);
        return Optional.of(new PairRelation(p.relation(), p.reason(), spec.id()));
    }

    private Pair relate(Claim a, Claim b, RuleContext ctx) {
        QualifierPolicy.Comparability q = ctx.qualifiers().relate(a.qualifiers(), b.qualifiers());
        if (!q.comparable()) {
            return new Pair(Relation.NOT_COMPARABLE, "not the same fact: " + q.notComparableReason());
        }
        Verdict v = compareValues(a, b, ctx);
        return switch (v.values()) {
            case SAME -> new Pair(Relation.AGREEMENT, v.reason() + (q.soft() ? " (though under " + definitions(q) + ")" : ""));
            case DIFFERENT -> q.soft()
                    ? new Pair(Relation.TENSION, v.reason() + ", but the two use " + definitions(q) + ", so they need not contradict each other")
                    : new Pair(Relation.CONFLICT, v.reason());
            case PARTIAL -> new Pair(Relation.TENSION, v.reason());
            case INDEPENDENT -> new Pair(Relation.NOT_COMPARABLE, v.reason());
        };
    }

    private static String definitions(QualifierPolicy.Comparability q) {
        List<String> parts = new ArrayList<>();
        for (QualifierPolicy.Difference d : q.softDifferences()) {
            parts.add("different " + d.label() + " ('" + d.a() + "' vs '" + d.b() + "')");
        }
        return String.join(" and ", parts);
    }

    @Override
    public void evaluate(GroupKey group, RuleContext ctx, Consumer<Finding> out) {
        List<Claim> claims = participants(group, ctx);
        if (claims.size() < 2) {
            return;
        }
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(Claim::id));
        String[] keys = new String[sorted.size()];
        boolean onePart = true;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ctx.qualifiers().partitionKey(sorted.get(i).qualifiers());
            onePart &= keys[i].equals(keys[0]);
        }
        if (onePart) {
            evaluatePart(group, sorted, ctx, out);
            return;
        }
        Map<String, List<Claim>> parts = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            parts.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(sorted.get(i));
        }
        for (List<Claim> part : parts.values()) {
            if (part.size() >= 2) {
                evaluatePart(group, part, ctx, out);
            }
        }
    }

    /** The claims on one side of some conflicting (or tense) pairs, and why. */
    private static final class Side {
        final Set<Claim> claims = new LinkedHashSet<>();
        final Set<String> reasons = new LinkedHashSet<>();

        void add(Claim a, Claim b, String reason) {
            claims.add(a);
            claims.add(b);
            reasons.add(reason);
        }
    }

    /** Compares the claims of one fact (ordered by id) pair by pair, and turns the pairs into findings. */
    private void evaluatePart(GroupKey group, List<Claim> part, RuleContext ctx, Consumer<Finding> out) {
        int n = part.size();
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
        }
        List<String>[] agreementReasons = null;
        Side conflicts = null;
        Side tensions = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Claim a = part.get(i);
                Claim b = part.get(j);
                if (!sameFact(a, b, ctx)) {
                    continue;
                }
                Pair p = relate(a, b, ctx);
                switch (p.relation()) {
                    case AGREEMENT -> {
                        union(cluster, i, j);
                        agreementReasons = agreementReasons == null ? newReasons(n) : agreementReasons;
                        agreementReasons[i].add(p.reason());
                    }
                    case CONFLICT -> (conflicts = conflicts == null ? new Side() : conflicts).add(a, b, p.reason());
                    case TENSION -> (tensions = tensions == null ? new Side() : tensions).add(a, b, p.reason());
                    case NOT_COMPARABLE -> {
                    }
                }
            }
        }
        if (agreementReasons != null) {
            agreements(group, part, cluster, agreementReasons, ctx, out);
        }
        if (conflicts != null) {
            out.accept(ctx.finding(spec, Relation.CONFLICT, group.subject(), group.property(), conflicts.claims,
                    "Sources disagree on " + subjectText(group, conflicts.claims, ctx) + ": " + statements(group, conflicts.claims, ctx)
                            + ". " + capitalised(reasons(conflicts.reasons)) + "."));
        }
        if (tensions != null) {
            out.accept(ctx.finding(spec, Relation.TENSION, group.subject(), group.property(), tensions.claims,
                    "Sources pull in different directions on " + subjectText(group, tensions.claims, ctx) + ": "
                            + statements(group, tensions.claims, ctx) + ". " + capitalised(reasons(tensions.reasons)) + "."));
        }
    }

    /** One AGREEMENT per cluster of agreeing claims that has at least two sources. */
    private void agreements(GroupKey group, List<Claim> part, int[] cluster, List<String>[] reasons, RuleContext ctx,
                            Consumer<Finding> out) {
        int n = part.size();
        for (int r = 0; r < n; r++) {
            if (root(cluster, r) != r) {
                continue;
            }
            List<Claim> members = new ArrayList<>(n);
            Set<String> why = new LinkedHashSet<>();
            boolean severalSources = false;
            boolean identical = true;
            for (int i = 0; i < n; i++) {
                if (root(cluster, i) == r) {
                    Claim c = part.get(i);
                    if (!members.isEmpty()) {
                        severalSources |= !c.source().equals(members.get(0).source());
                        identical &= c.normalized().equals(members.get(0).normalized());
                    }
                    members.add(c);
                    why.addAll(reasons[i]);
                }
            }
            if (members.size() >= 2 && severalSources) {
                // Identical values speak for themselves; only say why differing ones agree.
                out.accept(ctx.finding(spec, Relation.AGREEMENT, group.subject(), group.property(), members,
                        "Sources " + RuleContext.sources(members) + " agree on " + subjectText(group, members, ctx) + ": "
                                + statements(group, members, ctx) + (identical ? "." : ". " + capitalised(reasons(why)) + ".")));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newReasons(int n) {
        List<String>[] r = new List[n];
        for (int i = 0; i < n; i++) {
            r[i] = new ArrayList<>(1);
        }
        return r;
    }

    private static String subjectText(GroupKey group, Collection<Claim> claims, RuleContext ctx) {
        return ctx.about(group.subject(), group.property()) + RuleContext.qualifierText(RuleContext.sharedQualifiers(claims));
    }

    /** "001 says 2048; 002 says member count 6 (6 firm)": a claim of another property than the group's names it. */
    private static String statements(GroupKey group, Collection<Claim> claims, RuleContext ctx) {
        List<String> s = new ArrayList<>();
        for (Claim c : claims) {
            s.add(c.property().equals(group.property()) ? ctx.says(c)
                    : c.source() + " gives " + ctx.label(c.property()) + " " + RuleContext.value(c));
        }
        return String.join("; ", s);
    }

    private static String reasons(Set<String> reasons) {
        List<String> r = new ArrayList<>(reasons);
        String shown = String.join("; ", r.subList(0, Math.min(MAX_REASONS, r.size())));
        return r.size() > MAX_REASONS ? shown + "; and " + (r.size() - MAX_REASONS) + " more" : shown;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
