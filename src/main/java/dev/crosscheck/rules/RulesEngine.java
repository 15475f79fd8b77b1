package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * Holds the claims and the findings the rules draw from them, group by group.
 *
 * <p>Each rule puts a claim into a few small groups (its subject and property; for counts over a
 * set, the set). A full evaluation indexes the claims, collects the groups and evaluates each
 * once: linear in the number of claims, never all pairs. An update recomputes only the groups
 * the changed claims were in before or are in after. Findings are kept per group, so an update
 * costs what its groups cost, whatever the size of the store.
 *
 * <p>Thread-safe: updates and the reads that need the claim index hold the engine's lock; the
 * list of findings and a finding by id are read from an immutable snapshot without it. A full
 * evaluation evaluates groups in parallel.
 */
public final class RulesEngine {

    /** A group of one rule (by position in the ruleset). */
    private record RuleGroup(int rule, GroupKey key) {
    }

    /**
     * What an update changed.
     *
     * @param added   findings that did not exist before (a finding whose text changed is removed and added)
     * @param removed findings that no longer exist as they were
     */
    public record Update(String rulesetVersion, int groupsRecomputed, List<Finding> added, List<Finding> removed) {
    }

    private static final Comparator<Finding> BY_ID = Comparator.comparing(Finding::id);

    private final RuleSet rules;
    private final List<RuleKind> kinds;
    private final ClaimIndex index = new ClaimIndex();
    private final RuleContext ctx;
    private final Map<RuleGroup, List<Finding>> findings = new HashMap<>();
    /**
     * Every finding by id, replaced (not changed) by each update: readers take the current one
     * without the lock, and an update touches only the findings it changed, never re-sorts all.
     */
    private volatile Snapshot snapshot = new Snapshot(TreePMap.empty());

    /** An immutable state of the findings; its list is built on first read. */
    private static final class Snapshot {
        final PSortedMap<String, Finding> byId;
        private volatile List<Finding> list;

        Snapshot(PSortedMap<String, Finding> byId) {
            this.byId = byId;
        }

        List<Finding> list() {
            List<Finding> l = list;
            if (l == null) {
                list = l = List.copyOf(byId.values());
            }
            return l;
        }
    }

    public RulesEngine(RuleSet rules, Catalog catalog) {
        this(rules, catalog, true);
    }

    /** @param sweeps false to compare every pair of a fact: the reference the sweep is tested against */
    RulesEngine(RuleSet rules, Catalog catalog, boolean sweeps) {
        this.rules = rules;
        this.kinds = rules.rules();
        this.ctx = new RuleContext(catalog, rules.qualifiers(), index, rules.exclusions(), sweeps);
    }

    public String rulesetVersion() {
        return rules.version();
    }

    /** Replaces the claims the engine holds and evaluates every rule over them. */
    public synchronized void evaluateAll(Collection<Claim> claims) {
        index.reset(claims.size());
        findings.clear();
        for (Claim c : claims) {
            index.put(c);
        }
        // In the order the claims came: a group's claims usually came together, so evaluating in
        // that order walks memory instead of jumping around it.
        Set<RuleGroup> groups = new LinkedHashSet<>(claims.size());
        collectGroups(claims, groups);
        List<RuleGroup> list = new ArrayList<>(groups);
        List<List<Finding>> results = evaluate(list, true);
        Map<String, Finding> all = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (!results.get(i).isEmpty()) {
                findings.put(list.get(i), results.get(i));
                results.get(i).forEach(f -> all.put(f.id(), f));
            }
        }
        snapshot = new Snapshot(TreePMap.from(all));
    }

    /**
     * Adds or replaces some claims and removes others, recomputing only the groups they touch.
     *
     * @param upserts    claims to add, or to replace the claim with the same id
     * @param removedIds ids of claims to remove (unknown ids are ignored)
     */
    public synchronized Update update(Collection<Claim> upserts, Collection<String> removedIds) {
        Set<RuleGroup> touched = new HashSet<>();
        // A claim whose statement is unchanged (its note edited) changes no finding: only its copy is replaced.
        List<Claim> changed = new ArrayList<>();
        for (Claim c : upserts) {
            if (c.sameStatementAs(index.get(c.id()))) {
                index.put(c);
            } else {
                changed.add(c);
            }
        }
        upserts = changed;
        List<Claim> old = new ArrayList<>();
        upserts.forEach(c -> old.add(index.get(c.id())));
        removedIds.forEach(id -> old.add(index.get(id)));
        old.removeIf(java.util.Objects::isNull);
        collectGroups(old, touched);
        removedIds.forEach(index::remove);
        upserts.forEach(index::put);
        collectGroups(upserts, touched);
        List<RuleGroup> list = new ArrayList<>(touched);
        Set<Finding> before = new HashSet<>();
        for (RuleGroup g : list) {
            before.addAll(findings.getOrDefault(g, List.of()));
        }
        List<List<Finding>> results = evaluate(list, false);
        Set<Finding> after = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (results.get(i).isEmpty()) {
                findings.remove(list.get(i));
            } else {
                findings.put(list.get(i), results.get(i));
                after.addAll(results.get(i));
            }
        }
        List<Finding> added = after.stream().filter(f -> !before.contains(f)).sorted(BY_ID).toList();
        List<Finding> removed = before.stream().filter(f -> !after.contains(f)).sorted(BY_ID).toList();
        if (!added.isEmpty() || !removed.isEmpty()) {
            PSortedMap<String, Finding> byId = snapshot.byId;
            for (Finding f : removed) {
                byId = byId.minus(f.id());
            }
            for (Finding f : added) {
                byId = byId.plus(f.id(), f);
            }
            snapshot = new Snapshot(byId);
        }
        return new Update(rules.version(), list.size(), added, removed);
    }

    /** Every finding, ordered by id. Does not wait for an update in progress: it reads the state before it. */
    public Findings findings() {
        return new Findings(rules.version(), snapshot.list());
    }

    /** One finding by id, if there is one now. */
    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(snapshot.byId.get(id));
    }

    /** The findings that involve one claim, ordered by id (none for an unknown claim). */
    public synchronized Findings findingsForClaim(String claimId) {
        Claim c = index.get(claimId);
        if (c == null) {
            return new Findings(rules.version(), List.of());
        }
        Set<RuleGroup> groups = new HashSet<>();
        collectGroups(List.of(c), groups);
        List<Finding> out = new ArrayList<>();
        for (RuleGroup g : groups) {
            for (Finding f : findings.getOrDefault(g, List.of())) {
                if (f.cites(claimId)) {
                    out.add(f);
                }
            }
        }
        out.sort(BY_ID);
        return new Findings(rules.version(), out);
    }

    /**
     * How two claims stand to each other under the same rules that produce the findings. Either
     * claim may be outside the store; rules about sets read the set's members from the store.
     * When several rules apply, the most serious relation wins (conflict, tension, agreement).
     */
    public synchronized PairRelation compare(Claim a, Claim b) {
        PairRelation best = null;
        for (RuleKind k : kinds) {
            Optional<PairRelation> r = k.compare(a, b, ctx);
            if (r.isPresent() && (best == null || rank(r.get().relation()) < rank(best.relation()))) {
                best = r.get();
            }
        }
        return best != null ? best : new PairRelation(Relation.NOT_COMPARABLE, noRule(a, b), null);
    }

    /** Lower is more serious. */
    private static int rank(Relation r) {
        return switch (r) {
            case CONFLICT -> 0;
            case TENSION -> 1;
            case AGREEMENT -> 2;
            case NOT_COMPARABLE -> 3;
        };
    }

    private String noRule(Claim a, Claim b) {
        if (!a.subject().equals(b.subject())) {
            return "different subjects (" + ctx.entityName(a.subject()) + " vs " + ctx.entityName(b.subject()) + ")";
        }
        if (!a.property().equals(b.property())) {
            return "different properties (" + ctx.label(a.property()) + " vs " + ctx.label(b.property()) + ")";
        }
        PropertyDef p = ctx.property(a.property());
        return p == null ? "unknown property '" + a.property() + "'"
                : "no rule compares " + p.displayLabel() + " (datatype " + p.datatype().wireName() + ")";
    }

    /** The groups of every rule that the claims take part in, given the claims indexed now. */
    private void collectGroups(Collection<Claim> claims, Set<RuleGroup> into) {
        List<Consumer<GroupKey>> sinks = new ArrayList<>(kinds.size());
        for (int i = 0; i < kinds.size(); i++) {
            int rule = i;
            sinks.add(key -> into.add(new RuleGroup(rule, key)));
        }
        for (Claim c : claims) {
            PropertyDef p = ctx.property(c.property());
            if (p != null) {
                for (int i = 0; i < kinds.size(); i++) {
                    kinds.get(i).groups(c, p, ctx, sinks.get(i));
                }
            }
        }
    }

    private List<List<Finding>> evaluate(List<RuleGroup> groups, boolean parallel) {
        List<Finding>[] results = newArray(groups.size());
        IntStream range = IntStream.range(0, groups.size());
        (parallel ? range.parallel() : range).forEach(i -> {
            RuleGroup g = groups.get(i);
            List<Finding> out = new ArrayList<>(1);
            kinds.get(g.rule()).evaluate(g.key(), ctx, out::add);
            results[i] = out.isEmpty() ? List.of() : out;
        });
        return java.util.Arrays.asList(results);
    }

    @SuppressWarnings("unchecked")
    private static List<Finding>[] newArray(int n) {
        return new List[n];
    }
}
