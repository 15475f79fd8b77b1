package dev.crosscheck.rules;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one fact from its claims' values sorted on a line, instead of from every pair.
 *
 * <p>A kind that can place a claim's value as a span ({@link PairwiseKind#place}) makes two
 * values agree exactly when their spans overlap, and values in different families (units of
 * another dimension, values of another kind) independent. Then, for the claims of one fact:
 * <ul>
 *   <li>the clusters of agreeing claims are the connected runs of overlapping spans: sorted by
 *       their low end, a claim starts a new run when it begins after every earlier span ends;</li>
 *   <li>a claim is in a conflicting pair exactly when some comparable claim's span ends before
 *       it begins or begins after it ends, which the least high end and the greatest low end of
 *       each set of claims sharing qualifiers answer for every claim at once.</li>
 * </ul>
 * That is O(k log k) for k claims instead of k² comparisons, and gives the same clusters and the
 * same conflicting and tense claims as comparing every pair ({@code FactSweepTest} checks both
 * ways on random facts). Only the wording differs: the explanation names a few representative
 * pairs, since the full list of pairs is what made large facts cost seconds.
 *
 * <p>It applies when all claims of the fact are comparable with each other as far as qualifiers
 * go (some under different definitions at most) and every value can be placed; otherwise the
 * caller compares pairs.
 */
final class FactSweep {

    /** More distinct qualifier sets than this: compare pairs (their qualifier relations are pairwise too). */
    private static final int MAX_BINS = 16;
    /** Pairs a finding keeps to explain itself with: enough to find a few distinct reasons. */
    private static final int KEPT_PAIRS = 4 * PairwiseKind.MAX_REASONS;

    /**
     * Where a claim's value lies. Values agree exactly when they are in one family and their spans
     * overlap. A value without an order (a category, a name) has a {@code key} instead: equal keys
     * agree, and the sweep gives each distinct key its own point.
     */
    record Placement(String family, Interval span, Object key) {
    }

    /** A pair of claims (positions in the fact) that stands for the relation of a side. */
    private record Pair(int a, int b) {
    }

    /** Every pair of a fact is one of these, by its two claims' qualifier sets. */
    private enum BinRelation { SAME_FACT, OTHER_DEFINITION }

    private final PairwiseKind kind;
    private final GroupKey group;
    private final List<Claim> part;
    private final RuleContext ctx;
    private final PairwiseKind.Values apart;

    private int[] bin;
    private BinRelation[][] relations;
    private String[] family;
    private double[] low;
    private double[] high;

    private FactSweep(PairwiseKind kind, GroupKey group, List<Claim> part, RuleContext ctx, PairwiseKind.Values apart) {
        this.kind = kind;
        this.group = group;
        this.part = part;
        this.ctx = ctx;
        this.apart = apart;
    }

    /**
     * Evaluates one fact by sweeping, or returns false (emitting nothing) when its claims cannot be
     * swept and must be compared pair by pair.
     *
     * @param part  the claims of one fact, ordered by id
     * @param apart what values that do not overlap are to each other: {@code DIFFERENT} for a
     *              property with one value, {@code INDEPENDENT} for one that takes several
     */
    static boolean evaluate(PairwiseKind kind, GroupKey group, List<Claim> part, RuleContext ctx, PairwiseKind.Values apart,
                            PairwiseKind.FindingSink out) {
        FactSweep s = new FactSweep(kind, group, part, ctx, apart);
        if (!s.binQualifiers() || !s.placeValues()) {
            return false;
        }
        s.run(out);
        return true;
    }

    /** Groups the claims by qualifier set; false when two sets make different facts or there are too many. */
    private boolean binQualifiers() {
        int n = part.size();
        bin = new int[n];
        Map<Map<String, String>, Integer> seen = new IdentityHashMap<>();
        Map<Map<String, String>, Integer> equal = new HashMap<>();
        List<Map<String, String>> bins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> q = part.get(i).qualifiers();
            Integer b = seen.get(q);
            if (b == null) {
                b = equal.computeIfAbsent(q, k -> {
                    bins.add(k);
                    return bins.size() - 1;
                });
                seen.put(q, b);
                if (bins.size() > MAX_BINS) {
                    return false;
                }
            }
            bin[i] = b;
        }
        relations = new BinRelation[bins.size()][bins.size()];
        for (int a = 0; a < bins.size(); a++) {
            relations[a][a] = BinRelation.SAME_FACT;
            for (int b = a + 1; b < bins.size(); b++) {
                QualifierPolicy.Comparability c = ctx.qualifiers().relate(bins.get(a), bins.get(b));
                if (!c.comparable()) {
                    return false;
                }
                relations[a][b] = relations[b][a] = c.soft() ? BinRelation.OTHER_DEFINITION : BinRelation.SAME_FACT;
            }
        }
        return true;
    }

    /** Places every value; keyed values get one point per distinct key in their family. */
    private boolean placeValues() {
        int n = part.size();
        family = new String[n];
        low = new double[n];
        high = new double[n];
        Map<String, Map<Object, Integer>> points = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Placement p = kind.place(part.get(i), ctx);
            if (p == null) {
                return false;
            }
            family[i] = p.family();
            if (p.span() != null) {
                low[i] = p.span().low();
                high[i] = p.span().high();
            } else {
                Map<Object, Integer> keys = points.computeIfAbsent(p.family(), f -> new HashMap<>());
                int point = keys.computeIfAbsent(p.key(), k -> keys.size());
                low[i] = point;
                high[i] = point;
            }
        }
        return true;
    }

    private void run(PairwiseKind.FindingSink out) {
        Map<String, List<Integer>> families = new HashMap<>();
        for (int i = 0; i < part.size(); i++) {
            families.computeIfAbsent(family[i], f -> new ArrayList<>()).add(i);
        }
        List<Pair> conflicts = new ArrayList<>();
        List<Pair> tensions = new ArrayList<>();
        BitSet conflicting = new BitSet(part.size());
        BitSet tense = new BitSet(part.size());
        for (List<Integer> members : families.values()) {
            Integer[] order = members.toArray(new Integer[0]);
            Arrays.sort(order, (x, y) -> low[x] != low[y] ? Double.compare(low[x], low[y]) : Integer.compare(x, y));
            agreements(order, out);
            if (apart == PairwiseKind.Values.DIFFERENT && order.length > 1) {
                disagreements(order, conflicts, conflicting, tensions, tense);
            }
        }
        if (!conflicts.isEmpty()) {
            out.side(Relation.CONFLICT, claims(conflicting), reasons(conflicts));
        }
        if (!tensions.isEmpty()) {
            out.side(Relation.TENSION, claims(tense), reasons(tensions));
        }
    }

    /** Runs of overlapping spans, each with the pairs that link it (a claim and the span reaching furthest before it). */
    private void agreements(Integer[] order, PairwiseKind.FindingSink out) {
        int start = 0;
        int reach = order[0];
        List<Pair> links = new ArrayList<>();
        for (int k = 1; k <= order.length; k++) {
            if (k == order.length || low[order[k]] > high[reach]) {
                if (k - start >= 2) {
                    int[] run = new int[k - start];
                    for (int m = start; m < k; m++) {
                        run[m - start] = order[m];
                    }
                    Arrays.sort(run);
                    out.agreement(claims(run), reasons(links));
                }
                if (k < order.length) {
                    start = k;
                    reach = order[k];
                    links = new ArrayList<>();
                }
                continue;
            }
            links.add(new Pair(reach, order[k]));
            if (high[order[k]] > high[reach]) {
                reach = order[k];
            }
        }
    }

    /**
     * For each claim, whether a comparable claim lies wholly below or above it: per qualifier set,
     * the claim that ends first and the one that begins last are the only candidates needed.
     */
    private void disagreements(Integer[] order, List<Pair> conflicts, BitSet conflicting, List<Pair> tensions, BitSet tense) {
        int bins = relations.length;
        int[] endsFirst = new int[bins];
        int[] beginsLast = new int[bins];
        Arrays.fill(endsFirst, -1);
        Arrays.fill(beginsLast, -1);
        for (int i : order) {
            int b = bin[i];
            if (endsFirst[b] < 0 || high[i] < high[endsFirst[b]]) {
                endsFirst[b] = i;
            }
            if (beginsLast[b] < 0 || low[i] > low[beginsLast[b]]) {
                beginsLast[b] = i;
            }
        }
        for (int i : order) {
            for (int b = 0; b < bins; b++) {
                if (endsFirst[b] < 0) {
                    continue;
                }
                boolean sameFact = relations[bin[i]][b] == BinRelation.SAME_FACT;
                List<Pair> pairs = sameFact ? conflicts : tensions;
                BitSet side = sameFact ? conflicting : tense;
                if (high[endsFirst[b]] < low[i]) {
                    pairs.add(new Pair(endsFirst[b], i));
                    side.set(i);
                    side.set(endsFirst[b]);
                }
                if (low[beginsLast[b]] > high[i]) {
                    side.set(i);
                    side.set(beginsLast[b]);
                }
            }
        }
    }

    private List<Claim> claims(int[] positions) {
        List<Claim> out = new ArrayList<>(positions.length);
        for (int i : positions) {
            out.add(part.get(i));
        }
        return out;
    }

    private List<Claim> claims(BitSet positions) {
        return claims(positions.stream().toArray());
    }

    /**
     * The reasons of the first pairs that give distinct ones (at most {@link PairwiseKind#MAX_REASONS}),
     * and how many pairs are left unexplained: building every pair's reason is what this avoids.
     * Built only when the explanation is read, from a bounded number of pairs kept for it.
     */
    private java.util.function.Supplier<PairwiseKind.Reasons> reasons(List<Pair> pairs) {
        int total = pairs.size();
        List<Claim[]> kept = new ArrayList<>();
        for (Pair p : pairs.subList(0, Math.min(total, KEPT_PAIRS))) {
            kept.add(new Claim[]{part.get(Math.min(p.a(), p.b())), part.get(Math.max(p.a(), p.b()))});
        }
        PairwiseKind k = kind;
        RuleContext c = ctx;
        return () -> {
            java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
            int used = 0;
            while (used < kept.size() && shown.size() < PairwiseKind.MAX_REASONS) {
                Claim[] pair = kept.get(used++);
                shown.add(k.reason(pair[0], pair[1], c));
            }
            return new PairwiseKind.Reasons(List.copyOf(shown), total - used);
        };
    }
}
