package dev.crosscheck.source.anchor;

import java.util.Optional;

/** Either an anchor, or the closest passage found when the quote is not in the source. */
public record AnchorResult(Anchor anchor, ClosestPassage closest) {

    public static AnchorResult found(Anchor anchor) {
        return new AnchorResult(anchor, null);
    }

    public static AnchorResult notFound(ClosestPassage closest) {
        return new AnchorResult(null, closest);
    }

    public boolean isFound() {
        return anchor != null;
    }

    public Optional<Anchor> asOptional() {
        return Optional.ofNullable(anchor);
    }
}
