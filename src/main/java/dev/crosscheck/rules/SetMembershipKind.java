package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.Interval;
import dev.crosscheck.claim.value.ValueComparator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code set-membership}: sources listing the members of a set are compared as sets. The same
 * members agree; a list that leaves out some members of another (and adds none) is in tension,
 * since sources often name only some; lists that each name members the other lacks conflict.
 * A set is also checked against claims of its size.
 *
 * <p>Parameters: {@code datatypes} (normally {@code [entity-set]}); {@code sizes}, optionally a
 * map from a set property to the count property giving its size.
 */
final class SetMembershipKind extends PairwiseKind {

    private final Set<Datatype> datatypes;
    private final Map<String, String> sizes;
    /** Size property → the set properties it gives the size of. */
    private final Map<String, List<String>> setsBySize;

    private SetMembershipKind(RuleSpec spec, Set<Datatype> datatypes, Map<String, String> sizes) {
        super(spec);
        this.datatypes = datatypes;
        this.sizes = sizes;
        this.setsBySize = sizes.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toUnmodifiableList())));
    }

    static RuleKind parse(RuleParams params) {
        return new SetMembershipKind(params.spec(), SingleValuedKind.datatypes(params), Map.copyOf(params.scalars("sizes")));
    }

    @Override
    protected boolean covers(PropertyDef p) {
        return datatypes.contains(p.datatype());
    }

    @Override
    public void groups(Claim claim, PropertyDef property, RuleContext ctx, Consumer<GroupKey> out) {
        super.groups(claim, property, ctx, out);
        for (String set : setsBySize.getOrDefault(claim.property(), List.of())) {
            out.accept(new GroupKey(claim.subject(), set));
        }
    }

    @Override
    protected List<Claim> participants(GroupKey group, RuleContext ctx) {
        String size = sizes.get(group.property());
        List<Claim> sets = super.participants(group, ctx);
        if (size == null) {
            return sets;
        }
        List<Claim> all = new ArrayList<>(sets);
        all.addAll(ctx.index().claims(group.subject(), size));
        return all;
    }

    @Override
    protected boolean sameFact(Claim a, Claim b, RuleContext ctx) {
        if (super.sameFact(a, b, ctx)) {
            return true;
        }
        return a.subject().equals(b.subject())
                && (a.property().equals(sizes.get(b.property())) || b.property().equals(sizes.get(a.property())));
    }

    @Override
    protected Verdict compareValues(Claim a, Claim b, RuleContext ctx) {
        if (!(a.normalized() instanceof ClaimValue.EntitySet)) {
            return b.normalized() instanceof ClaimValue.EntitySet ? compareValues(b, a, ctx)
                    : new Verdict(Values.INDEPENDENT, "neither claim lists members");
        }
        ClaimValue.EntitySet x = (ClaimValue.EntitySet) a.normalized();
        if (b.normalized() instanceof ClaimValue.Numeric size) {
            return againstSize(a, x, b, size, ctx);
        }
        ClaimValue.EntitySet y = (ClaimValue.EntitySet) b.normalized();
        ValueComparator.Comparison c = ValueComparator.compare(ctx.property(a.property()), x, y);
        if (c.outcome() == ValueComparator.Outcome.MATCH) {
            return new Verdict(Values.SAME, c.explanation());
        }
        if (x.entityIds().containsAll(y.entityIds()) || y.entityIds().containsAll(x.entityIds())) {
            boolean aLarger = x.entityIds().size() > y.entityIds().size();
            Claim small = aLarger ? b : a;
            Claim large = aLarger ? a : b;
            TreeSet<String> missing = new TreeSet<>(((ClaimValue.EntitySet) large.normalized()).entityIds());
            missing.removeAll(((ClaimValue.EntitySet) small.normalized()).entityIds());
            return new Verdict(Values.PARTIAL, small.source() + " names only part of the members " + large.source()
                    + " lists (not " + String.join(", ", missing) + "): a partial list, or a different membership");
        }
        return new Verdict(Values.DIFFERENT, c.explanation());
    }

    private Verdict againstSize(Claim setClaim, ClaimValue.EntitySet set, Claim sizeClaim, ClaimValue.Numeric size, RuleContext ctx) {
        ClaimValue.Numeric listed = new ClaimValue.Numeric(Interval.exact(set.entityIds().size()), size.unit(), size.dimension());
        ValueComparator.Comparison c = ValueComparator.compare(ctx.property(sizeClaim.property()), listed, size);
        String lists = setClaim.source() + " lists " + set.entityIds().size() + " members and " + sizeClaim.source()
                + " gives " + ctx.label(sizeClaim.property()) + " " + size.interval().describe();
        return switch (c.outcome()) {
            case MATCH -> new Verdict(Values.SAME, lists);
            case MISMATCH -> new Verdict(Values.DIFFERENT, lists + ": " + c.explanation());
            case UNIT_MISMATCH -> new Verdict(Values.INDEPENDENT, "not the same fact: " + c.explanation());
        };
    }

    @Override
    public void verify(Catalog catalog, Consumer<String> problems) {
        sizes.forEach((set, size) -> {
            PropertyDef s = catalog.property(set).orElse(null);
            PropertyDef n = catalog.property(size).orElse(null);
            if (s == null || !datatypes.contains(s.datatype())) {
                problems.accept(s == null ? "unknown property '" + set + "'" : "property '" + set + "' is not one of this rule's datatypes");
            }
            if (n == null || n.datatype() != Datatype.COUNT) {
                problems.accept(n == null ? "unknown property '" + size + "'" : "property '" + size + "' is not a count");
            }
        });
    }
}
