package dev.crosscheck.shared.failure;

/**
 * One thing wrong with an input: where (a JSON pointer, a parameter name, or a line and column in a
 * file), which check it failed when there is one, and what.
 */
public record Violation(String pointer, String check, String message, Integer line, Integer column) {

    public static Violation of(String pointer, String message) {
        return new Violation(pointer, null, message, null, null);
    }

    /** The same violation about one part of a larger input ("/items/3" + "/text"). */
    public Violation under(String pointerPrefix) {
        return new Violation(pointerPrefix + (pointer == null ? "" : pointer), check, message, line, column);
    }
}
