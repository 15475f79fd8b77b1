package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.ValueComparator.Comparison;
import dev.crosscheck.claim.value.ValueComparator.Outcome;
import dev.crosscheck.claim.value.ValueComparator;
import dev.crosscheck.claim.value.ValueNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares an interpreted statement with the stored claims of its subject and property and
 * reaches the verdict. Values are compared by {@link ValueComparator} only, qualifiers judged by
 * {@link CheckRules} only: this class decides what to compare and what follows, never how two
 * values relate.
 */
final class Judge {

    private static final int MAX_ELSEWHERE = 3;
    private static final int MAX_ALTERNATIVE_CLAIMS = 3;
    private static final int MAX_CONTEXT = 5;

    private final Catalog catalog;
    private final ClaimBook book;
    private final CheckRules rules;
    private final Explainer explainer;

    Judge(Catalog catalog, ClaimBook book, CheckRules rules, Explainer explainer) {
        this.catalog = catalog;
        this.book = book;
        this.rules = rules;
        this.explainer = explainer;
    }

    CheckResult judge(Interpretation in) {
        if (!in.checkable()) {
            List<Evidence> context = context(in, Set.of());
            return new CheckResult(Verdict.NOT_ENOUGH_INFO, in, context, List.of(),
                    explainer.explain(in, Verdict.NOT_ENOUGH_INFO, context, List.of(), List.of()));
        }
        PropertyDef p = catalog.property(in.property()).orElseThrow();
        Map<String, List<Evidence>> byFact = new LinkedHashMap<>();
        List<Evidence> related = new ArrayList<>();
        for (Claim c : book.of(in.subject(), in.property())) {
            CheckRules.QualifierFit fit = rules.fit(in.qualifiers(), c.qualifiers());
            if (!fit.comparable()) {
                related.add(cite(c, Evidence.Relation.RELATED, "not the same fact: " + fit.notComparableReason()));
                continue;
            }
            Comparison cmp = compare(in, p, c);
            if (cmp == null) {
                related.add(cite(c, Evidence.Relation.RELATED, "cannot be compared with the sentence's value"));
                continue;
            }
            String beyond = cmp.outcome() == Outcome.MATCH && !in.negated() ? beyondOpenBound(statedFor(in, p, c), c.normalized()) : null;
            if (beyond != null) {
                related.add(cite(c, Evidence.Relation.RELATED, beyond));
                continue;
            }
            byFact.computeIfAbsent(unstatedFact(in, c, fit), k -> new ArrayList<>()).add(evidence(c, cmp, in, p));
        }
        List<String> notes = new ArrayList<>();
        List<Evidence> compared = resolveUnstated(byFact, related, notes);
        Set<String> ids = compared.stream().map(e -> e.claim().id()).collect(Collectors.toCollection(TreeSet::new));
        List<CheckFinding> findings = rules.findingsAbout(ids);
        Verdict verdict = Verdicts.decide(compared, findings, book::claim);
        if (verdict == Verdict.SUPPORTED && !in.uncheckedFigures().isEmpty()) {
            verdict = Verdict.NOT_ENOUGH_INFO;
        }
        if (!in.propertyNamed() && (verdict == Verdict.CONTRADICTED || verdict == Verdict.CONTESTED)) {
            // Only the figure's unit pointed to this property: a mismatch may just mean the sentence is about something else.
            compared = compared.stream().map(e -> e.relation() != Evidence.Relation.CONTRADICTS ? e
                    : cite(e.claim(), Evidence.Relation.RELATED, "would contradict the sentence if it is about the "
                    + explainer.label(in.property()) + ": " + e.reason())).toList();
            verdict = Verdict.NOT_ENOUGH_INFO;
        }
        List<Evidence> evidence = new ArrayList<>(compared);
        evidence.addAll(related);
        if (verdict != Verdict.SUPPORTED) {
            evidence.addAll(elsewhere(in, p));
        }
        evidence.addAll(context(in, evidence.stream().map(e -> e.claim().id()).collect(Collectors.toSet())));
        return new CheckResult(verdict, in, List.copyOf(evidence), findings, explainer.explain(in, verdict, evidence, findings, notes));
    }

    private Evidence cite(Claim c, Evidence.Relation relation, String reason) {
        return new Evidence(book.stored(c), relation, reason);
    }

    /** The sentence's value against one claim: the comparison, already turned by a negation; null when not comparable. */
    private Comparison compare(Interpretation in, PropertyDef p, Claim c) {
        ClaimValue claimed = c.normalized();
        if (claimed == null) {
            return null;
        }
        Comparison cmp;
        if (in.value() instanceof Stated.Members m) {
            if (!(claimed instanceof ClaimValue.EntitySet set)) {
                return null;
            }
            cmp = ValueComparator.compareMembership(new ClaimValue.EntitySet(m.entityIds()), set);
        } else {
            ClaimValue stated = statedFor(in, p, c);
            if (stated == null) {
                return null;
            }
            cmp = ValueComparator.compareStated(p, stated, claimed);
        }
        if (cmp == null || !in.negated()) {
            return cmp;
        }
        return cmp.outcome() == Outcome.MATCH
                ? new Comparison(Outcome.MISMATCH, "the sentence denies it, but " + cmp.explanation())
                : new Comparison(Outcome.MATCH, "the sentence denies it, and " + cmp.explanation());
    }

    /**
     * The sentence's value as a value of this claim's property. A share ("过半") needs the size of
     * the set the claim counts, and a date without a year takes the claim's year.
     */
    static ClaimValue statedFor(Interpretation in, PropertyDef p, Claim c) {
        return statedFor(in.value(), in.qualifiers(), p, c);
    }

    /** As {@link #statedFor(Interpretation, PropertyDef, Claim)}, for a value and the qualifiers stated with it. */
    static ClaimValue statedFor(Stated v, Map<String, String> qualifiers, PropertyDef p, Claim c) {
        if (v instanceof Stated.Members m) {
            return new ClaimValue.EntitySet(m.entityIds());
        }
        if (v instanceof Stated.Amount a) {
            Map<String, String> q = new HashMap<>(c.qualifiers());
            q.putAll(qualifiers);
            return ValueNormalizer.measure(p, a.mention(), a.unit(), q);
        }
        if (v instanceof Stated.Entity e) {
            return new ClaimValue.EntityRef(e.entityId());
        }
        if (v instanceof Stated.Category cat) {
            return new ClaimValue.Category(cat.category());
        }
        if (v instanceof Stated.Holds) {
            return new ClaimValue.Bool(true);
        }
        if (v instanceof Stated.Date d) {
            Integer year = d.year();
            if (year == null && c.normalized() instanceof ClaimValue.Text t && t.text().matches("\\d{4}-.*")) {
                year = Integer.valueOf(t.text().substring(0, 4));
            }
            return year == null ? null : new ClaimValue.Text(String.format("%04d-%02d-%02d", year, d.month(), d.day()));
        }
        if (v instanceof Stated.Given g) {
            return g.value();
        }
        return null;
    }

    private Evidence evidence(Claim c, Comparison cmp, Interpretation in, PropertyDef p) {
        switch (cmp.outcome()) {
            case MATCH:
                return cite(c, Evidence.Relation.SUPPORTS, cmp.explanation());
            case UNIT_MISMATCH:
                return cite(c, Evidence.Relation.CONTRADICTS, wrongUnit(c, in, cmp, p));
            default:
                return cite(c, Evidence.Relation.CONTRADICTS, cmp.explanation());
        }
    }

    /** Floating-point slack only: a bound and a statement of it are compared as written. */
    private static final double BOUND_SLACK = 1e-9;

    /**
     * A figure beyond what an open-ended source says ("超过5万" or "约5万" against "超4.5万"): the
     * two intervals overlap, so nothing contradicts the sentence, but the source does not establish
     * it either; only a statement the source's bound implies ("超过4万") is supported.
     */
    static String beyondOpenBound(ClaimValue stated, ClaimValue claimed) {
        if (!(stated instanceof ClaimValue.Numeric s) || !(claimed instanceof ClaimValue.Numeric c)) {
            return null;
        }
        var si = s.interval();
        var ci = c.interval();
        // A bound establishes only what it implies: "more than 45,000" is not "more than 50,000", nor "about 50,000".
        if (Double.isInfinite(ci.high()) && ci.low() > 0 && si.low() > ci.low() * (1 + BOUND_SLACK)) {
            return "the source says only " + c.describe() + ", which does not establish " + s.describe();
        }
        if (ci.low() <= 0 && ci.high() > 0 && !Double.isInfinite(ci.high()) && si.high() < ci.high() * (1 - BOUND_SLACK)) {
            return "the source says only " + c.describe() + ", which does not establish " + s.describe();
        }
        return null;
    }

    /** "Right digits, wrong unit" when the figures agree (within the property's tolerance) and only the units differ. */
    private static String wrongUnit(Claim c, Interpretation in, Comparison cmp, PropertyDef p) {
        if (in.value() instanceof Stated.Amount a && c.normalized() instanceof ClaimValue.Numeric n) {
            var mine = a.mention().interval();
            if (mine.overlaps(n.interval(), p.tolerance())) {
                return "right digits, wrong unit: the sentence gives " + a.mention().text().strip() + " in " + a.unit().id()
                        + ", the source " + n.describe();
            }
            return "wrong unit: the sentence gives " + a.mention().text().strip() + " in " + (a.unit() == null ? "no unit" : a.unit().id())
                    + ", the source " + n.describe();
        }
        return cmp.explanation();
    }

    /** The values of the qualifiers that make distinct facts which the sentence leaves open. */
    private String unstatedFact(Interpretation in, Claim c, CheckRules.QualifierFit fit) {
        List<String> parts = new ArrayList<>();
        for (String key : fit.openKeys()) {
            if (rules.partitions(key)) {
                parts.add(key + "=" + c.qualifiers().get(key));
            }
        }
        parts.sort(null);
        return String.join(", ", parts);
    }

    /**
     * A sentence that does not say which ranking or scope it means may mean any: when it holds
     * for some of them, those are the facts it states and the others are only related; when it
     * holds for none, every one contradicts it.
     */
    private List<Evidence> resolveUnstated(Map<String, List<Evidence>> byFact, List<Evidence> related, List<String> notes) {
        List<Evidence> out = new ArrayList<>();
        if (byFact.size() <= 1) {
            byFact.values().forEach(out::addAll);
            return out;
        }
        boolean anySupport = byFact.values().stream().flatMap(List::stream).anyMatch(e -> e.relation() == Evidence.Relation.SUPPORTS);
        for (Map.Entry<String, List<Evidence>> fact : byFact.entrySet()) {
            boolean supports = fact.getValue().stream().anyMatch(e -> e.relation() == Evidence.Relation.SUPPORTS);
            if (!anySupport || supports) {
                out.addAll(fact.getValue());
            } else {
                for (Evidence e : fact.getValue()) {
                    related.add(cite(e.claim(), Evidence.Relation.RELATED, "another fact (" + fact.getKey()
                            + "), which the sentence does not name; there " + e.reason()));
                }
            }
        }
        List<String> facts = byFact.keySet().stream().filter(k -> !k.isEmpty()).toList();
        notes.add("the sentence does not say which of " + facts.size() + " facts it means (" + String.join("; ", facts)
                + ")" + (anySupport ? "; it was checked against those it fits" : "; it fits none of them"));
        return out;
    }


    /** Claims giving the sentence's value to another subject: the figure is right, the firm is not. */
    private List<Evidence> elsewhere(Interpretation in, PropertyDef p) {
        if (in.mode() != Interpretation.Mode.VALUE || !(in.value() instanceof Stated.Amount || in.value() instanceof Stated.Entity)) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (Claim c : book.ofProperty(p.id())) {
            if (c.subject().equals(in.subject()) || out.size() >= MAX_ELSEWHERE || !rules.fit(in.qualifiers(), c.qualifiers()).comparable()) {
                continue;
            }
            ClaimValue stated = statedFor(in, p, c);
            if (stated != null && c.normalized() != null && ValueComparator.compare(p, stated, c.normalized()).outcome() == Outcome.MATCH) {
                out.add(cite(c, Evidence.Relation.RELATED, "the same " + p.displayLabel() + " is stated for "
                        + explainer.name(c.subject()) + ", not for " + explainer.name(in.subject())));
            }
        }
        return out;
    }

    /** What else the sources say about the subject: the other properties the words may mean, or a sample. */
    private List<Evidence> context(Interpretation in, Set<String> shown) {
        if (in.subject() == null) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (String alt : in.alternatives()) {
            for (Claim c : book.of(in.subject(), alt)) {
                if (out.size() < MAX_ALTERNATIVE_CLAIMS && !shown.contains(c.id())) {
                    out.add(cite(c, Evidence.Relation.RELATED, "about the " + explainer.label(alt)
                            + " of " + explainer.name(in.subject()) + ", which the sentence's words may also refer to"));
                }
            }
        }
        if (out.isEmpty() && shown.isEmpty()) {
            for (Claim c : book.ofSubject(in.subject())) {
                if (out.size() < MAX_CONTEXT && (in.property() == null || !c.property().equals(in.property()))) {
                    out.add(cite(c, Evidence.Relation.RELATED, "what the sources say about " + explainer.name(in.subject())
                            + " (" + explainer.label(c.property()) + ")"));
                }
            }
        }
        return out;
    }
}
