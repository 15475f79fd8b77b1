package dev.crosscheck.shared.diagnostic;

/**
 * A position in a file (1-based), and where what it points at ends when that is known: the end
 * is exclusive, as SARIF has it ({@code endColumn} is the column after the last character), and
 * {@code endLine} 0 means "unknown" (reports then use the rest of the start line).
 */
public record Located(String file, int line, int column, int endLine, int endColumn) {
    public static final Located NOWHERE = new Located("", 0, 0);

    public Located(String file, int line, int column) {
        this(file, line, column, 0, 0);
    }

    public boolean hasEnd() {
        return endLine > 0;
    }
}
