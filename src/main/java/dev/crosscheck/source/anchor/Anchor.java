package dev.crosscheck.source.anchor;

/** Where a quote sits in its source: both W3C selectors, always consistent with each other. */
public record Anchor(TextQuoteSelector quote, TextPositionSelector position) {
}
