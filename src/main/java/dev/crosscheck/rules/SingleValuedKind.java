package dev.crosscheck.rules;

import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.ValueComparator;
import dev.crosscheck.shared.text.TextFolder;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code single-valued}: claims about one subject, property and fact agree when their values
 * match (numbers: intervals overlapping within the property's tolerance, in one unit dimension)
 * and conflict when they do not. For a property the catalog marks as taking several values,
 * different values are not a contradiction; only agreement is reported.
 *
 * <p>Parameters: {@code datatypes}, the property datatypes the rule covers.
 */
final class SingleValuedKind extends PairwiseKind {

    private final Set<Datatype> datatypes;

    private SingleValuedKind(RuleSpec spec, Set<Datatype> datatypes) {
        super(spec);
        this.datatypes = datatypes;
    }

    static RuleKind parse(RuleParams params) {
        return new SingleValuedKind(params.spec(), datatypes(params));
    }

    /** The {@code datatypes} parameter; shared by the kinds that select properties by datatype. */
    static Set<Datatype> datatypes(RuleParams params) {
        Set<Datatype> out = EnumSet.noneOf(Datatype.class);
        for (String s : params.strings("datatypes", true)) {
            Datatype.fromWire(s).ifPresentOrElse(out::add, () -> params.problem("datatypes", "unknown datatype '" + s + "'"));
        }
        return out;
    }

    @Override
    protected boolean covers(PropertyDef p) {
        return datatypes.contains(p.datatype());
    }

    /**
     * Numbers on their interval widened by the property's tolerance, in the base unit of their
     * dimension; other values by what {@link ValueComparator#compare} compares (text folded).
     * Values of another kind or dimension are another family, as the comparator's unit mismatch.
     */
    @Override
    protected FactSweep.Placement place(Claim c, RuleContext ctx) {
        ClaimValue v = c.normalized();
        if (v instanceof ClaimValue.Numeric n) {
            return new FactSweep.Placement("numeric " + n.dimension(), n.interval().widen(ctx.property(c.property()).tolerance()), null);
        }
        if (v instanceof ClaimValue.Text t) {
            return new FactSweep.Placement("text", null, TextFolder.fold(t.text()));
        }
        if (v instanceof ClaimValue.EntitySet s) {
            return new FactSweep.Placement("entity-set", null, s.entityIds());
        }
        return v == null ? null : new FactSweep.Placement(v.getClass().getName(), null, v);
    }

    @Override
    protected Values apart(PropertyDef p) {
        return p.singleValued() ? Values.DIFFERENT : Values.INDEPENDENT;
    }

    @Override
    protected Verdict compareValues(Claim a, Claim b, RuleContext ctx) {
        PropertyDef p = ctx.property(a.property());
        ValueComparator.Comparison c = ValueComparator.compare(p, a.normalized(), b.normalized());
        return switch (c.outcome()) {
            case MATCH -> new Verdict(Values.SAME, c.explanation());
            case MISMATCH -> p.singleValued() ? new Verdict(Values.DIFFERENT, c.explanation())
                    : new Verdict(Values.INDEPENDENT, c.explanation() + ", but " + p.displayLabel()
                    + " takes several values, so both can hold");
            case UNIT_MISMATCH -> new Verdict(Values.INDEPENDENT, "not the same fact: " + c.explanation());
        };
    }
}
