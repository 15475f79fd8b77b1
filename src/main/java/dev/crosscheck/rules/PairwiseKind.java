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
        Map<String, List<Claim>> parts = new LinkedHashMap<>();
        for (Claim c : sorted) {
            parts.computeIfAbsent(ctx.qualifiers().partitionKey(c.qualifiers()), k -> new ArrayList<>()).add(c);
        }
        for (List<Claim> part : parts.values()) {
            if (part.size() >= 2) {
                evaluatePart(group, part, ctx, out);
            }
        }
    }

    private void evaluatePart(GroupKey group, List<Claim> part, RuleContext ctx, Consumer<Finding> out) {
        int n = part.size();
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
        }
        List<String>[] agreementReasons = null;
        Set<Claim> conflicting = new LinkedHashSet<>();
        Set<String> conflictReasons = new LinkedHashSet<>();
        Set<Claim> tense = new LinkedHashSet<>();
        Set<String> tensionReasons = new LinkedHashSet<>();
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
                    case CONFLICT -> {
                        conflicting.add(a);
                        conflicting.add(b);
                        conflictReasons.add(p.reason());
                    }
                    case TENSION -> {
                        tense.add(a);
                        tense.add(b);
                        tensionReasons.add(p.reason());
                    }
                    case NOT_COMPARABLE -> {
                    }
                }
            }
        }
        agreements(group, part, cluster, agreementReasons, ctx, out);
        if (!conflicting.isEmpty()) {
            out.accept(ctx.finding(spec, Relation.CONFLICT, group.subject(), group.property(), conflicting,
                    "Sources disagree on " + subjectText(group, conflicting, ctx) + ": " + statements(group, conflicting, ctx) + ". "
                            + capitalised(reasons(conflictReasons)) + "."));
        }
        if (!tense.isEmpty()) {
            out.accept(ctx.finding(spec, Relation.TENSION, group.subject(), group.property(), tense,
                    "Sources pull in different directions on " + subjectText(group, tense, ctx) + ": " + statements(group, tense, ctx)
                            + ". " + capitalised(reasons(tensionReasons)) + "."));
        }
    }

    private void agreements(GroupKey group, List<Claim> part, int[] cluster, List<String>[] reasons, RuleContext ctx,
                            Consumer<Finding> out) {
        if (reasons == null) {
            return;
        }
        Map<Integer, List<Claim>> clusters = new LinkedHashMap<>();
        Map<Integer, Set<String>> clusterReasons = new LinkedHashMap<>();
        for (int i = 0; i < part.size(); i++) {
            int root = root(cluster, i);
            clusters.computeIfAbsent(root, k -> new ArrayList<>()).add(part.get(i));
            clusterReasons.computeIfAbsent(root, k -> new LinkedHashSet<>()).addAll(reasons[i]);
        }
        clusters.forEach((root, c) -> {
            if (c.size() >= 2 && c.stream().map(Claim::source).distinct().count() >= 2) {
                // Identical values speak for themselves; only say why differing ones agree.
                boolean identical = c.stream().map(Claim::normalized).distinct().count() == 1;
                out.accept(ctx.finding(spec, Relation.AGREEMENT, group.subject(), group.property(), c,
                        "Sources " + RuleContext.sources(c) + " agree on " + subjectText(group, c, ctx) + ": " + statements(group, c, ctx)
                                + (identical ? "." : ". " + capitalised(reasons(clusterReasons.get(root))) + ".")));
            }
        });
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
        return ctx.about(group.subject(), group.property()) + RuleContext.qualifierText(RuleContext.sharedQualifiers(List.copyOf(claims)));
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
