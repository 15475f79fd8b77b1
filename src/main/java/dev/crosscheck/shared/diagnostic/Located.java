package dev.crosscheck.shared.diagnostic;

/** A position in a file (1-based). */
public record Located(String file, int line, int column) {
    public static final Located NOWHERE = new Located("", 0, 0);
}
