package dev.crosscheck.rules;

import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ValueComparator;

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
