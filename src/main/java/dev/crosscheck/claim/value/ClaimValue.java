package dev.crosscheck.claim.value;

import java.util.SortedSet;

/** A claim's value normalised for comparison, according to its property's datatype. */
public sealed interface ClaimValue {

    /** Short human-readable form used in explanations. */
    String describe();

    /**
     * A number as an interval in the base unit of {@code dimension}.
     *
     * @param unit the unit the value was written in
     */
    record Numeric(Interval interval, String unit, String dimension) implements ClaimValue {
        @Override
        public String describe() {
            return interval.describe() + (unit == null ? "" : " " + unit);
        }
    }

    record Category(String value) implements ClaimValue {
        @Override
        public String describe() {
            return value;
        }
    }

    record EntityRef(String entityId) implements ClaimValue {
        @Override
        public String describe() {
            return entityId;
        }
    }

    record EntitySet(SortedSet<String> entityIds) implements ClaimValue {
        @Override
        public String describe() {
            return String.join(", ", entityIds);
        }
    }

    record Bool(boolean value) implements ClaimValue {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    /** Free text, or an ISO date, compared after folding script, width and case. */
    record Text(String text) implements ClaimValue {
        @Override
        public String describe() {
            return text;
        }
    }
}
