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
import java.util.function.Supplier;

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

    /** Reasons an explanation gives before it says how many more there are. */
    static final int MAX_REASONS = 3;
    /** Claims whose values an explanation states before it says how many more there are. */
    static final int MAX_STATED = 10;

    /** The reasons an explanation shows, and how many more it leaves out. */
    record Reasons(List<String> shown, int more) {
        static Reasons of(Set<String> all) {
            List<String> r = new ArrayList<>(all);
            return new Reasons(List.copyOf(r.subList(0, Math.min(MAX_REASONS, r.size()))), Math.max(0, r.size() - MAX_REASONS));
        }

        String text() {
            String shown = String.join("; ", this.shown);
            return more > 0 ? shown + "; and " + more + " more" : shown;
        }
    }

    /** Turns the clusters and sides of one fact into findings, however they were found. */
    interface FindingSink {
        /** A cluster of agreeing claims, ordered by id; why is asked only when the explanation is read. */
        void agreement(List<Claim> members, Supplier<Reasons> why);

        /** The claims on either side of some conflicting or tense pairs, ordered by id. */
        void side(Relation kind, List<Claim> claims, Supplier<Reasons> why);
    }

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

    /**
     * Where a claim's value lies for the sweep ({@link FactSweep}), or null when this kind compares
     * its values only pair by pair. A kind that places values must make {@link #compareValues}
     * agree with the placement: SAME exactly when two spans of one family overlap (or two keys are
     * equal), {@link #apart} when they do not, INDEPENDENT across families.
     */
    protected FactSweep.Placement place(Claim c, RuleContext ctx) {
        return null;
    }

    /** What placed values that do not overlap are to each other, for the claims of a group's property. */
    protected Values apart(PropertyDef p) {
        return Values.DIFFERENT;
    }

    /** Why two claims of one fact stand as they do (the reason of their pair relation). */
    final String reason(Claim a, Claim b, RuleContext ctx) {
        return relate(a, b, ctx).reason();
    }

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
        // Claims of one fact often share one qualifier map instance: one key per instance, not per claim.
        Map<Map<String, String>, String> keyOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyOf.computeIfAbsent(sorted.get(i).qualifiers(), ctx.qualifiers()::partitionKey);
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

        List<Claim> byId() {
            List<Claim> l = new ArrayList<>(claims);
            l.sort(Comparator.comparing(Claim::id));
            return l;
        }
    }

    /** The findings of one fact (claims ordered by id): by sweeping its values when they can be placed, else pair by pair. */
    private void evaluatePart(GroupKey group, List<Claim> part, RuleContext ctx, Consumer<Finding> out) {
        FindingSink sink = sink(group, ctx, out);
        PropertyDef p = ctx.property(group.property());
        if (ctx.sweeps() && p != null && FactSweep.evaluate(this, group, part, ctx, apart(p), sink)) {
            return;
        }
        comparePairs(part, ctx, sink);
    }

    /** Compares every pair: for what the sweep cannot place (lists compared as sets, claims of different facts mixed). */
    private void comparePairs(List<Claim> part, RuleContext ctx, FindingSink sink) {
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
            for (int r = 0; r < n; r++) {
                if (root(cluster, r) != r) {
                    continue;
                }
                List<Claim> members = new ArrayList<>();
                Set<String> why = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    if (root(cluster, i) == r) {
                        members.add(part.get(i));
                        why.addAll(agreementReasons[i]);
                    }
                }
                if (members.size() >= 2) {
                    Reasons reasons = Reasons.of(why);
                    sink.agreement(members, () -> reasons);
                }
            }
        }
        if (conflicts != null) {
            Reasons r = Reasons.of(conflicts.reasons);
            sink.side(Relation.CONFLICT, conflicts.byId(), () -> r);
        }
        if (tensions != null) {
            Reasons r = Reasons.of(tensions.reasons);
            sink.side(Relation.TENSION, tensions.byId(), () -> r);
        }
    }

    /**
     * The one wording of this kind's findings: an AGREEMENT per cluster of agreeing claims from at
     * least two sources, one CONFLICT and one TENSION per fact.
     */
    private FindingSink sink(GroupKey group, RuleContext ctx, Consumer<Finding> out) {
        return new FindingSink() {
            @Override
            public void agreement(List<Claim> members, Supplier<Reasons> why) {
                Claim first = members.get(0);
                boolean severalSources = false;
                boolean identical = true;
                for (Claim c : members) {
                    severalSources |= !c.source().equals(first.source());
                    identical &= c.normalized().equals(first.normalized());
                }
                if (severalSources) {
                    // Identical values speak for themselves; only say why differing ones agree.
                    boolean same = identical;
                    out.accept(ctx.finding(spec, Relation.AGREEMENT, group.subject(), group.property(), members,
                            () -> "Sources " + RuleContext.sources(members) + " agree on " + subjectText(group, members, ctx) + ": "
                                    + statements(group, members, ctx) + (same ? "." : ". " + capitalised(why.get().text()) + ".")));
                }
            }

            @Override
            public void side(Relation kind, List<Claim> claims, Supplier<Reasons> why) {
                String opening = kind == Relation.CONFLICT ? "Sources disagree on " : "Sources pull in different directions on ";
                out.accept(ctx.finding(spec, kind, group.subject(), group.property(), claims,
                        () -> opening + subjectText(group, claims, ctx) + ": " + statements(group, claims, ctx) + ". "
                                + capitalised(why.get().text()) + "."));
            }
        };
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
            if (s.size() == MAX_STATED) {
                s.add("and " + (claims.size() - MAX_STATED) + " more claims");
                break;
            }
            s.add(c.property().equals(group.property()) ? ctx.says(c)
                    : c.source() + " gives " + ctx.label(c.property()) + " " + RuleContext.value(c));
        }
        return String.join("; ", s);
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
