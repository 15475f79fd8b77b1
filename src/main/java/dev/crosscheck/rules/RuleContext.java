package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a rule reads while it evaluates: the catalog, the qualifier policy, the indexed claims,
 * which categories exclude each other; and the shared wording and construction of findings, so
 * that every kind names sources and values the same way. Read-only during evaluation, which may
 * run on several threads.
 */
public final class RuleContext {

    private final Catalog catalog;
    private final QualifierPolicy qualifiers;
    private final ClaimIndex index;
    private final Map<String, List<Set<String>>> exclusive;
    private final Map<String, PropertyDef> properties = new HashMap<>();
    private final Map<String, List<PropertyDef>> countsAggregating = new HashMap<>();
    private final List<PropertyDef> aggregatingCounts;
    private final boolean sweeps;

    /** @param sweeps whether facts whose values can be placed are swept ({@link FactSweep}) rather than compared pair by pair */
    RuleContext(Catalog catalog, QualifierPolicy qualifiers, ClaimIndex index, Map<String, List<Set<String>>> exclusive, boolean sweeps) {
        this.sweeps = sweeps;
        this.catalog = catalog;
        this.qualifiers = qualifiers;
        this.index = index;
        this.exclusive = exclusive;
        for (PropertyDef p : catalog.properties()) {
            properties.put(p.id(), p);
            if (p.aggregates() != null && p.datatype() == Datatype.COUNT) {
                countsAggregating.computeIfAbsent(p.aggregates().property(), k -> new ArrayList<>()).add(p);
            }
        }
        aggregatingCounts = countsAggregating.values().stream().flatMap(List::stream).toList();
    }

    public Catalog catalog() {
        return catalog;
    }

    public QualifierPolicy qualifiers() {
        return qualifiers;
    }

    boolean sweeps() {
        return sweeps;
    }

    public ClaimIndex index() {
        return index;
    }

    /** The property definition, or null for a property the catalog does not know. */
    public PropertyDef property(String id) {
        return properties.get(id);
    }

    /** Count properties whose {@code aggregates} counts members by this property. */
    public List<PropertyDef> countsAggregating(String memberProperty) {
        return countsAggregating.getOrDefault(memberProperty, List.of());
    }

    /** Every count property with {@code aggregates}. */
    public List<PropertyDef> aggregatingCounts() {
        return aggregatingCounts;
    }

    /** The members of a set: every entity any claim of the set property lists for the subject. */
    public Set<String> members(String setProperty, String subject) {
        Set<String> out = new java.util.TreeSet<>();
        for (Claim c : index.claims(subject, setProperty)) {
            if (c.normalized() instanceof ClaimValue.EntitySet s) {
                out.addAll(s.entityIds());
            }
        }
        return out;
    }

    /**
     * Whether two values of a property cannot both hold for one subject: two booleans that
     * differ, or two categories declared mutually exclusive in the rules. Anything else may
     * coexist (a firm can be in a city and in a district of it).
     */
    public boolean excludes(PropertyDef p, ClaimValue a, ClaimValue b) {
        if (a instanceof ClaimValue.Bool x && b instanceof ClaimValue.Bool y) {
            return x.value() != y.value();
        }
        if (a instanceof ClaimValue.Category x && b instanceof ClaimValue.Category y && !x.equals(y)) {
            for (Set<String> group : exclusive.getOrDefault(p.id(), List.of())) {
                if (group.contains(x.value()) && group.contains(y.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- wording shared by all kinds ----

    public String entityName(String id) {
        return catalog.entity(id).map(EntityDef::displayName).orElse(id);
    }

    public String label(String propertyId) {
        PropertyDef p = property(propertyId);
        return p == null ? propertyId : p.displayLabel();
    }

    /** "the founder of Acme". */
    public String about(String subject, String property) {
        return "the " + label(property) + " of " + entityName(subject);
    }

    /** The value as written, with its reading when that says more: "过半 ([4, 6] firm)". */
    public static String value(Claim c) {
        String normalized = c.normalized().describe();
        if (c.value() == null || c.value() instanceof Collection<?>) {
            return normalized;
        }
        String raw = c.value().toString();
        return normalized.equals(raw) || normalized.startsWith(raw + " ") ? normalized : raw + " (" + normalized + ")";
    }

    /** "001 says 全部 (6 firm) under definition 'narrow'". */
    public String says(Claim c) {
        return c.source() + " says " + value(c) + softQualifiers(c);
    }

    /** "002 says Acme: imported" for a claim about another subject than the finding's. */
    public String saysAbout(Claim c) {
        return c.source() + " says " + entityName(c.subject()) + ": " + value(c) + softQualifiers(c);
    }

    private String softQualifiers(Claim c) {
        if (c.qualifiers().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : c.qualifiers().entrySet()) {
            if (qualifiers.qualifier(e.getKey()).kind() == QualifierPolicy.Kind.SOFT) {
                sb.append(sb.length() == 0 ? " under " : " and ").append(e.getKey()).append(" '").append(e.getValue()).append('\'');
            }
        }
        return sb.toString();
    }

    /** " (ranking x, scope national)" or "". */
    public static String qualifierText(Map<String, String> q) {
        if (q.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        q.forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(' ').append(v));
        return sb.append(')').toString();
    }

    /** "001 and 002" / "001, 002 and 003": the distinct sources of some claims. */
    public static String sources(Collection<Claim> claims) {
        List<String> s = new ArrayList<>(new java.util.TreeSet<>(claims.stream().map(Claim::source).toList()));
        if (s.size() == 1) {
            return s.get(0);
        }
        return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    // ---- findings ----

    /** Builds a finding over some claims: ordered by id, with the qualifiers they all share. */
    public Finding finding(RuleSpec rule, Relation kind, String subject, String property, Collection<Claim> claims,
                           String explanation) {
        return finding(rule, kind, subject, property, claims, () -> explanation);
    }

    /** As {@link #finding(RuleSpec, Relation, String, String, Collection, String)}, explained when first read. */
    public Finding finding(RuleSpec rule, Relation kind, String subject, String property, Collection<Claim> claims,
                           java.util.function.Supplier<String> explanation) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(Claim::id));
        List<String> ids = new ArrayList<>(sorted.size());
        List<Claim> distinct = new ArrayList<>(sorted.size());
        for (Claim c : sorted) {
            if (!ids.isEmpty() && ids.get(ids.size() - 1).equals(c.id())) {
                continue;
            }
            ids.add(c.id());
            distinct.add(c);
        }
        return new Finding(FindingIds.of(rule.id(), kind, ids), kind, rule.severity(kind), rule.id(), subject, property,
                sharedQualifiers(distinct), Collections.unmodifiableList(distinct), RuleContext::cite, explanation);
    }

    private static FindingClaim cite(Claim c) {
        return new FindingClaim(c.id(), c.subject(), c.property(), c.source(), c.quote(),
                c.anchor() == null ? null : c.anchor().quote(), c.anchor() == null ? null : c.anchor().position(), value(c));
    }

    /** The qualifiers (key and value) that all the claims give. */
    public static Map<String, String> sharedQualifiers(Collection<Claim> claims) {
        Iterator<Claim> it = claims.iterator();
        Map<String, String> first = it.next().qualifiers();
        if (first.isEmpty()) {
            return Map.of();
        }
        Map<String, String> shared = new TreeMap<>(first);
        while (it.hasNext()) {
            Map<String, String> q = it.next().qualifiers();
            shared.entrySet().removeIf(e -> !e.getValue().equals(q.get(e.getKey())));
        }
        return shared.isEmpty() ? Map.of() : Collections.unmodifiableMap(shared);
    }
}
