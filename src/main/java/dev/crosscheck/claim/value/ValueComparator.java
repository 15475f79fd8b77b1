package dev.crosscheck.claim.value;

import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.shared.text.TextFolder;

import java.util.TreeSet;

/** Decides whether two values of one property agree. Shared by the rules engine and checks. */
public final class ValueComparator {

    public enum Outcome { MATCH, MISMATCH, UNIT_MISMATCH }

    /**
     * The outcome and why. The explanation is built only when asked for: the rules engine compares
     * millions of pairs and reads few explanations, and formatting numbers dominated its cost.
     */
    public static final class Comparison {
        private final Outcome outcome;
        private final java.util.function.Supplier<String> explanation;

        public Comparison(Outcome outcome, String explanation) {
            this(outcome, () -> explanation);
        }

        public Comparison(Outcome outcome, java.util.function.Supplier<String> explanation) {
            this.outcome = outcome;
            this.explanation = explanation;
        }

        public Outcome outcome() {
            return outcome;
        }

        public String explanation() {
            return explanation.get();
        }
    }

    private ValueComparator() {
    }

    public static Comparison compare(PropertyDef p, ClaimValue a, ClaimValue b) {
        if (a instanceof ClaimValue.Numeric x && b instanceof ClaimValue.Numeric y) {
            if (!x.dimension().equals(y.dimension())) {
                return new Comparison(Outcome.UNIT_MISMATCH, "the values are in different units (" + x.unit() + " vs " + y.unit() + ")");
            }
            boolean overlap = x.interval().overlaps(y.interval(), p.tolerance());
            java.util.function.Supplier<String> range = () -> x.interval().describe() + " and " + y.interval().describe()
                    + (p.tolerance() > 0 ? " (tolerance " + Interval.fmt(p.tolerance() * 100) + "%)" : "");
            return overlap ? new Comparison(Outcome.MATCH, () -> "the values " + range.get() + " are compatible")
                    : new Comparison(Outcome.MISMATCH, () -> "the values " + range.get() + " do not overlap");
        }
        if (a instanceof ClaimValue.EntitySet x && b instanceof ClaimValue.EntitySet y) {
            if (x.entityIds().equals(y.entityIds())) {
                return new Comparison(Outcome.MATCH, "both list the same " + x.entityIds().size() + " members");
            }
            TreeSet<String> onlyA = new TreeSet<>(x.entityIds());
            onlyA.removeAll(y.entityIds());
            TreeSet<String> onlyB = new TreeSet<>(y.entityIds());
            onlyB.removeAll(x.entityIds());
            return new Comparison(Outcome.MISMATCH, "the lists differ: only in the first " + onlyA + ", only in the second " + onlyB);
        }
        if (a instanceof ClaimValue.Text x && b instanceof ClaimValue.Text y) {
            boolean same = TextFolder.fold(x.text()).equals(TextFolder.fold(y.text()));
            return new Comparison(same ? Outcome.MATCH : Outcome.MISMATCH,
                    same ? "both say '" + x.text() + "'" : "'" + x.text() + "' differs from '" + y.text() + "'");
        }
        if (a.getClass() != b.getClass()) {
            return new Comparison(Outcome.UNIT_MISMATCH, "the values are of different kinds");
        }
        boolean same = a.equals(b);
        return new Comparison(same ? Outcome.MATCH : Outcome.MISMATCH,
                () -> same ? "both say " + a.describe() : a.describe() + " differs from " + b.describe());
    }

    /**
     * A sentence's value against a claim's, as {@link #compare}, except that an open bound the
     * sentence gives beyond the claim's central figure does not fit it: "more than 110"
     * against "about 100" (90 to 110) overlaps, but the source's figure is
     * below the bound the sentence states. Checks use this; the rules engine compares claims with
     * {@link #compare}.
     *
     * <p>Null when the claim does not settle the sentence's value: the property may hold several
     * values at once (not {@code singleValued}: an affiliation, a place performed at), so another
     * value than the claim's is neither stated nor contradicted by it.
     */
    public static Comparison compareStated(PropertyDef p, ClaimValue stated, ClaimValue claimed) {
        Comparison cmp = compare(p, stated, claimed);
        if (!p.singleValued() && cmp.outcome() == Outcome.MISMATCH) {
            return null;
        }
        if (cmp.outcome() != Outcome.MATCH || !(stated instanceof ClaimValue.Numeric s) || !(claimed instanceof ClaimValue.Numeric c)
                || c.interval().isPoint()) {
            return cmp;
        }
        if (Double.isInfinite(c.interval().high())) {
            return scaleSlip(s.interval(), c.interval(), cmp);
        }
        double centre = (c.interval().low() + c.interval().high()) / 2;
        boolean above = Double.isInfinite(s.interval().high()) && s.interval().low() > centre;
        boolean below = s.interval().low() <= 0 && !Double.isInfinite(s.interval().high()) && s.interval().high() < centre
                && c.interval().low() > 0;
        if (above || below) {
            return new Comparison(Outcome.MISMATCH, () -> "the sentence gives " + s.interval().describe() + ", but the source's figure is "
                    + Interval.fmt(centre) + " (" + c.interval().describe() + "), " + (above ? "below" : "above") + " that bound");
        }
        return cmp;
    }

    /**
     * The source's open bound with the same digits at another scale ("超过32亿" against "超过3.2亿",
     * 45万 for 4.5万): a scale slip, not a figure the bound allows. A bound is written close to the
     * figure it bounds, so ten, a hundred or a thousand times it is another figure; a figure that
     * is merely larger (45,000 against "more than 1,200") is still allowed.
     */
    private static Comparison scaleSlip(Interval s, Interval c, Comparison cmp) {
        if (c.low() <= 0 || s.low() < 10 * c.low()) {
            return cmp;
        }
        double power = Math.log10(s.low() / c.low());
        if (Math.abs(power - Math.rint(power)) > 1e-9) {
            return cmp;
        }
        return new Comparison(Outcome.MISMATCH, () -> "the sentence gives " + s.describe() + ", the source's " + c.describe()
                + " at another scale (×" + Interval.fmt(Math.pow(10, Math.rint(power))) + "): a bound is written close to the figure it bounds");
    }

    /**
     * Whether every entity of {@code stated} is in {@code claimed}: "X is one of the group" or
     * "X and Y are among them". MATCH when all are members, MISMATCH naming those that are not.
     */
    public static Comparison compareMembership(ClaimValue.EntitySet stated, ClaimValue.EntitySet claimed) {
        TreeSet<String> missing = new TreeSet<>(stated.entityIds());
        missing.removeAll(claimed.entityIds());
        if (missing.isEmpty()) {
            return new Comparison(Outcome.MATCH, stated.entityIds().size() == 1
                    ? stated.entityIds().first() + " is in the list of " + claimed.entityIds().size()
                    : "all of " + stated.entityIds() + " are in the list of " + claimed.entityIds().size());
        }
        return new Comparison(Outcome.MISMATCH, missing + (missing.size() == 1 ? " is not" : " are not") + " in the list "
                + claimed.entityIds());
    }
}
