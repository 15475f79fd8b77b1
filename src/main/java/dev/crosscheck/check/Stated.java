package dev.crosscheck.check;

import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.NumberMention;

import java.util.SortedSet;

/**
 * The value a sentence (or a structured claim) states, before it is compared. A figure stays a
 * {@link NumberMention} until it meets a stored claim, because a share ("过半", "half of them")
 * only becomes a number against the size of the set that claim counts.
 */
public sealed interface Stated {

    /** Short form for explanations. */
    String describe();

    /**
     * A figure.
     *
     * @param unit         the unit it was given in; null for a rank or a year
     * @param unitAssumed  no unit was written: the property's own unit is assumed
     */
    record Amount(NumberMention mention, UnitDef unit, boolean unitAssumed) implements Stated {
        @Override
        public String describe() {
            return mention.text().strip() + (unit == null ? "" : " " + unit.id() + (unitAssumed ? " (assumed)" : ""));
        }
    }

    /** An entity named as the value ("founded by Liang Wenfeng"). */
    record Entity(String entityId) implements Stated {
        @Override
        public String describe() {
            return entityId;
        }
    }

    /** Entities said to belong to a set ("X and Y are among the six"). */
    record Members(SortedSet<String> entityIds) implements Stated {
        @Override
        public String describe() {
            return String.join(", ", entityIds);
        }
    }

    record Category(String category) implements Stated {
        @Override
        public String describe() {
            return category;
        }
    }

    /** The sentence asserts the property holds (a boolean property named without a value). */
    record Holds() implements Stated {
        @Override
        public String describe() {
            return "true";
        }
    }

    /** A month and day, with the year when the sentence gives one. */
    record Date(int month, int day, Integer year) implements Stated {
        @Override
        public String describe() {
            return (year == null ? "" : year + "-") + String.format("%02d-%02d", month, day);
        }
    }

    /** A value given already normalised (a structured claim's non-numeric value). */
    record Given(ClaimValue value) implements Stated {
        @Override
        public String describe() {
            return value.describe();
        }
    }
}
