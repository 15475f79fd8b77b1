package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.Interval;
import dev.crosscheck.claim.value.ValueNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code opposing-counts}: two counts over one set that measure nearly opposite things ("most
 * were founded here" and "most founders are not from here"). Their lower bounds adding up
 * to more than the set's size would be a contradiction if they measured exact opposites; since
 * they do not, it is reported as a TENSION, with both definitions, and never as a CONFLICT.
 *
 * <p>Parameters: {@code pairs}, pairs of count property ids; {@code membership}, optionally the
 * set property whose claims give the set's size (otherwise the counts' {@code outOf}).
 */
final class OpposingCountsKind implements RuleKind {

    private final RuleSpec spec;
    private final List<List<String>> pairs;
    private final Set<String> counted;
    private final String membership;

    private OpposingCountsKind(RuleSpec spec, List<List<String>> pairs, String membership) {
        this.spec = spec;
        this.pairs = pairs;
        this.counted = pairs.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
        this.membership = membership;
    }

    static RuleKind parse(RuleParams params) {
        List<List<String>> pairs = params.groups("pairs", true);
        for (List<String> p : pairs) {
            if (p.size() != 2) {
                params.problem("pairs", "each pair must name exactly two count properties, got " + p);
            }
        }
        return new OpposingCountsKind(params.spec(), pairs.stream().filter(p -> p.size() == 2).toList(),
                params.string("membership", false));
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public void groups(Claim claim, PropertyDef property, RuleContext ctx, Consumer<GroupKey> out) {
        if (claim.property().equals(membership) || counted.contains(claim.property())) {
            out.accept(new GroupKey(claim.subject(), null));
        }
    }

    @Override
    public void evaluate(GroupKey group, RuleContext ctx, Consumer<Finding> out) {
        for (List<String> pair : pairs) {
            for (Claim a : ctx.index().claims(group.subject(), pair.get(0))) {
                for (Claim b : ctx.index().claims(group.subject(), pair.get(1))) {
                    PairRelation r = relate(a, b, ctx);
                    if (r.relation() == Relation.TENSION) {
                        out.accept(ctx.finding(spec, Relation.TENSION, group.subject(), a.property(), List.of(a, b), r.reason()));
                    }
                }
            }
        }
    }

    @Override
    public Optional<PairRelation> compare(Claim a, Claim b, RuleContext ctx) {
        if (!a.subject().equals(b.subject())) {
            return Optional.empty();
        }
        for (List<String> pair : pairs) {
            if (pair.get(0).equals(a.property()) && pair.get(1).equals(b.property())) {
                return Optional.of(relate(a, b, ctx));
            }
            if (pair.get(0).equals(b.property()) && pair.get(1).equals(a.property())) {
                return Optional.of(relate(b, a, ctx));
            }
        }
        return Optional.empty();
    }

    private PairRelation relate(Claim a, Claim b, RuleContext ctx) {
        QualifierPolicy.Comparability q = ctx.qualifiers().relate(a.qualifiers(), b.qualifiers());
        if (!q.comparable()) {
            return new PairRelation(Relation.NOT_COMPARABLE, "not the same set: " + q.notComparableReason(), spec.id());
        }
        Double size = size(a, b, ctx);
        if (size == null || !(a.normalized() instanceof ClaimValue.Numeric x) || !(b.normalized() instanceof ClaimValue.Numeric y)) {
            return new PairRelation(Relation.NOT_COMPARABLE, "the size of " + ctx.entityName(a.subject()) + " is not known", spec.id());
        }
        String measures = "'" + ctx.label(a.property()) + "' and '" + ctx.label(b.property()) + "' measure different things";
        double least = x.interval().low() + y.interval().low();
        if (least <= size) {
            return new PairRelation(Relation.NOT_COMPARABLE, measures + ", and at least " + Interval.exact(x.interval().low()).describe()
                    + " and at least " + Interval.exact(y.interval().low()).describe() + " of " + Interval.exact(size).describe()
                    + " can both hold", spec.id());
        }
        return new PairRelation(Relation.TENSION, ctx.says(a) + " for " + ctx.label(a.property()) + "; " + ctx.says(b) + " for "
                + ctx.label(b.property()) + ". Together that is at least " + Interval.exact(least).describe() + " of the "
                + Interval.exact(size).describe() + " members of " + ctx.entityName(a.subject()) + ", which could not be if they counted "
                + "opposite things; but " + measures + ", so they pull in opposite directions without contradicting each other.", spec.id());
    }

    /** The set's size: its listed members, else the counts' {@code outOf}. */
    private Double size(Claim a, Claim b, RuleContext ctx) {
        if (membership != null) {
            int n = ctx.members(membership, a.subject()).size();
            if (n > 0) {
                return (double) n;
            }
        }
        Double n = ValueNormalizer.outOf(a.qualifiers());
        return n != null ? n : ValueNormalizer.outOf(b.qualifiers());
    }

    @Override
    public void verify(Catalog catalog, Consumer<String> problems) {
        counted.stream().sorted().forEach(id -> {
            PropertyDef p = catalog.property(id).orElse(null);
            if (p == null || p.datatype() != Datatype.COUNT) {
                problems.accept(p == null ? "unknown property '" + id + "'" : "property '" + id + "' is not a count");
            }
        });
        if (membership != null && catalog.property(membership).isEmpty()) {
            problems.accept("unknown property '" + membership + "'");
        }
    }
}
