package dev.crosscheck.validation;

import java.util.Set;

/**
 * How a validation is judged.
 *
 * @param failOn   which issues fail it
 * @param baseline ids of rule findings accepted earlier: they are still reported, but never fail
 */
public record ValidationOptions(FailOn failOn, Set<String> baseline) {

    public ValidationOptions {
        failOn = failOn == null ? FailOn.CONFLICT : failOn;
        baseline = baseline == null ? Set.of() : Set.copyOf(baseline);
    }

    public static ValidationOptions defaults() {
        return new ValidationOptions(FailOn.CONFLICT, Set.of());
    }
}
