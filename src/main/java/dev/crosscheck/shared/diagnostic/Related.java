package dev.crosscheck.shared.diagnostic;

/** Another place an issue points at, with what it is: e.g. the passage of a source closest to a quote that is not in it. */
public record Related(Located at, String message) {
}
