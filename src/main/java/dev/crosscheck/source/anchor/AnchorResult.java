package dev.crosscheck.source.anchor;

import java.util.List;
import java.util.Optional;

/**
 * Where a quote stands in its source: one anchor; or, when it cannot be placed, why: not in the
 * source (with the closest passage), in it more than once with nothing to choose between the
 * places, or not at the offsets the claim gives.
 *
 * @param occurrences every place the quote occurs (code point spans), when it occurs more than once
 *                    or not at the claim's offsets; empty otherwise
 */
public record AnchorResult(Anchor anchor, ClosestPassage closest, List<TextPositionSelector> occurrences) {

    public static AnchorResult found(Anchor anchor) {
        return new AnchorResult(anchor, null, List.of());
    }

    public static AnchorResult notFound(ClosestPassage closest) {
        return new AnchorResult(null, closest, List.of());
    }

    /** In the source at several places, or not at the offsets given: the places it does occur. */
    public static AnchorResult unplaced(List<TextPositionSelector> occurrences) {
        return new AnchorResult(null, null, List.copyOf(occurrences));
    }

    public boolean isFound() {
        return anchor != null;
    }

    /** The quote occurs in the source, but where this claim means it is not settled. */
    public boolean isUnplaced() {
        return anchor == null && !occurrences.isEmpty();
    }

    public Optional<Anchor> asOptional() {
        return Optional.ofNullable(anchor);
    }
}
