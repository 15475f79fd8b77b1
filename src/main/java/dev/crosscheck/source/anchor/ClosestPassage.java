package dev.crosscheck.source.anchor;

/** The passage of a source that best resembles a quote that could not be anchored. */
public record ClosestPassage(String text, int start, int end, double similarity) {
}
