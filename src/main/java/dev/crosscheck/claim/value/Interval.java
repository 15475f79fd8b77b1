package dev.crosscheck.claim.value;

/**
 * A closed numeric interval; hedged figures ("超过3.2亿", "nearly 143", "about 1,350") become
 * intervals so that two accounts of one figure are compatible exactly when they overlap.
 *
 * <p>Bounds are treated as closed: a source saying "more than 45,000" and a draft saying
 * "45,000" are a rounding apart, not a contradiction. Counts, which are integers, are narrowed to
 * integer bounds by {@link #integral(boolean, boolean)} so that "more than half of six" (4..6)
 * and "half of six" (3) do not overlap.
 */
public record Interval(double low, double high) {

    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("invalid interval [" + low + ", " + high + "]");
        }
    }

    public static Interval exact(double v) {
        return new Interval(v, v);
    }

    public static Interval atLeast(double v) {
        return new Interval(v, Double.POSITIVE_INFINITY);
    }

    public Interval scale(double factor) {
        double a = low * factor;
        double b = high * factor;
        return new Interval(Math.min(a, b), Math.max(a, b));
    }

    public boolean isPoint() {
        return low == high;
    }

    /** Whether the intervals overlap once each is widened by the relative tolerance. */
    public boolean overlaps(Interval other, double relativeTolerance) {
        Interval a = widen(relativeTolerance);
        Interval b = other.widen(relativeTolerance);
        return a.low <= b.high && b.low <= a.high;
    }

    public Interval widen(double relativeTolerance) {
        if (relativeTolerance <= 0) {
            return this;
        }
        double lo = low - Math.abs(low) * relativeTolerance;
        double hi = high + Math.abs(high) * relativeTolerance;
        return new Interval(lo, hi);
    }

    public Interval intersect(Interval other) {
        double lo = Math.max(low, other.low);
        double hi = Math.min(high, other.high);
        return lo <= hi ? new Interval(lo, hi) : null;
    }

    /**
     * Narrows to integers. {@code lowExclusive}/{@code highExclusive} say whether the bound was
     * strict in the text ("more than half of 6" is strictly above 3, so its integer low is 4).
     */
    public Interval integral(boolean lowExclusive, boolean highExclusive) {
        double lo = lowExclusive && low == Math.floor(low) ? low + 1 : Math.ceil(low - 1e-9);
        double hi = highExclusive && high == Math.floor(high) ? high - 1 : Math.floor(high + 1e-9);
        if (Double.isInfinite(high)) {
            hi = high;
        }
        return lo <= hi ? new Interval(lo, hi) : this;
    }

    /** Human-readable form used in explanations: "3", "[4, 6]", "≥ 45000". */
    public String describe() {
        if (isPoint()) {
            return fmt(low);
        }
        if (Double.isInfinite(high)) {
            return "≥ " + fmt(low);
        }
        return "[" + fmt(low) + ", " + fmt(high) + "]";
    }

    static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
