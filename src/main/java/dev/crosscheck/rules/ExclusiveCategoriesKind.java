package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ValueComparator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code exclusive-categories}: claims giving a category property the same value agree; values
 * the rule declares mutually exclusive conflict; any other two values can both hold (a firm may
 * be in two fields), so they are left alone. Which values exclude each other is data.
 *
 * <p>Parameters: {@code exclusive}, a map from property id to groups of categories any two of
 * which exclude each other; {@code properties}, optionally restricting the rule to some category
 * properties (default: all). The declared exclusions also tell {@code set-count} which member
 * facts rule a member out.
 */
final class ExclusiveCategoriesKind extends PairwiseKind {

    private final Map<String, List<Set<String>>> exclusive;
    private final Set<String> properties;

    private ExclusiveCategoriesKind(RuleSpec spec, Map<String, List<Set<String>>> exclusive, Set<String> properties) {
        super(spec);
        this.exclusive = exclusive;
        this.properties = properties;
    }

    static RuleKind parse(RuleParams params) {
        Map<String, List<Set<String>>> exclusive = new LinkedHashMap<>();
        params.groupsByKey("exclusive", true).forEach((property, groups) -> {
            List<Set<String>> sets = new ArrayList<>();
            for (List<String> g : groups) {
                if (g.size() < 2) {
                    params.problem("exclusive", "a group of exclusive values of '" + property + "' needs at least two values");
                }
                sets.add(Set.copyOf(g));
            }
            exclusive.put(property, List.copyOf(sets));
        });
        return new ExclusiveCategoriesKind(params.spec(), exclusive, new LinkedHashSet<>(params.strings("properties", false)));
    }

    /** Property id → groups of categories that exclude each other. */
    Map<String, List<Set<String>>> exclusive() {
        return exclusive;
    }

    @Override
    protected boolean covers(PropertyDef p) {
        return p.datatype() == Datatype.CATEGORY && (properties.isEmpty() || properties.contains(p.id()));
    }

    @Override
    protected Verdict compareValues(Claim a, Claim b, RuleContext ctx) {
        PropertyDef p = ctx.property(a.property());
        ValueComparator.Comparison c = ValueComparator.compare(p, a.normalized(), b.normalized());
        if (c.outcome() == ValueComparator.Outcome.MATCH) {
            return new Verdict(Values.SAME, c.explanation());
        }
        String pair = "'" + a.normalized().describe() + "' and '" + b.normalized().describe() + "'";
        return ctx.excludes(p, a.normalized(), b.normalized())
                ? new Verdict(Values.DIFFERENT, pair + " exclude each other")
                : new Verdict(Values.INDEPENDENT, pair + " are not declared mutually exclusive for " + p.displayLabel()
                + ", so both can hold");
    }

    @Override
    public void verify(Catalog catalog, Consumer<String> problems) {
        List<String> named = new ArrayList<>(properties);
        named.addAll(exclusive.keySet());
        for (String id : named) {
            PropertyDef p = catalog.property(id).orElse(null);
            if (p == null || p.datatype() != Datatype.CATEGORY) {
                problems.accept(p == null ? "unknown property '" + id + "'" : "property '" + id + "' is not a category");
                continue;
            }
            for (Set<String> g : exclusive.getOrDefault(id, List.of())) {
                g.stream().filter(v -> !p.categories().contains(v)).sorted()
                        .forEach(v -> problems.accept("'" + v + "' is not a category of '" + id + "' " + p.categories()));
            }
        }
    }
}
