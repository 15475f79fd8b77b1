package dev.crosscheck.shared.text;

import java.util.Arrays;

/**
 * Lines and columns of a text, counted in Unicode code points (1-based), the unit of every offset
 * and column this service reports. Line breaks are those of the YAML reader (LF, CR, CRLF, NEL,
 * LS, PS), so a position read from a claims file and a slice taken here agree.
 */
public final class LineIndex {

    private final int[] cps;
    /** Code point offset where each line starts; one entry per line. */
    private final int[] starts;
    /** Code point offset where each line's content ends (before its break). */
    private final int[] ends;

    private LineIndex(int[] cps, int[] starts, int[] ends) {
        this.cps = cps;
        this.starts = starts;
        this.ends = ends;
    }

    public static LineIndex of(String text) {
        int[] cps = text.codePoints().toArray();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean crlf = c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n';
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = start;
                ends[n++] = i;
                i += crlf ? 1 : 0;
                start = i + 1;
            }
        }
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n + 1);
            ends = Arrays.copyOf(ends, n + 1);
        }
        starts[n] = start;
        ends[n++] = cps.length;
        return new LineIndex(cps, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Lines in the text; a text ending with a line break has an empty last line. */
    public int lines() {
        return starts.length;
    }

    /** Length of a line in code points, without its line break. */
    public int length(int line) {
        return ends[line - 1] - starts[line - 1];
    }

    /** Line and column (1-based) of a code point offset; the end of the text is a valid offset. */
    public int[] position(int offset) {
        int o = Math.max(0, Math.min(offset, cps.length));
        int i = Arrays.binarySearch(starts, o);
        int line = i >= 0 ? i : -i - 2;
        return new int[]{line + 1, o - starts[line] + 1};
    }

    /** Whether a line and column lie within the text (the column right after a line's last character counts). */
    public boolean contains(int line, int column) {
        return line >= 1 && line <= lines() && column >= 1 && column <= length(line) + 1;
    }

    /** The text from one position up to another (exclusive), line breaks included. */
    public String slice(int line, int column, int endLine, int endColumn) {
        int from = starts[line - 1] + column - 1;
        int to = starts[endLine - 1] + endColumn - 1;
        return new String(cps, from, Math.max(0, to - from));
    }

    /** The column right after the last character of a line that is not white space (1 for a blank line). */
    public int trimmedEnd(int line) {
        int e = ends[line - 1];
        while (e > starts[line - 1] && Character.isWhitespace(cps[e - 1])) {
            e--;
        }
        return e - starts[line - 1] + 1;
    }
}
