package dev.crosscheck.check;

import dev.crosscheck.source.anchor.FoldedText;

/**
 * A source text as a reader sees it: the line breaks of its layout (a PDF extraction breaks lines
 * inside words) and inline pinyin annotations ("創(chuàng)新") left out, everything else as written,
 * with the code point of the original each character came from. Statements are read from this
 * copy; quotes point back into the original through {@link #origin}.
 *
 * <p>A run of white space ends a paragraph (kept as one line break) only when it holds a blank
 * line after a sentence's end; any other run with a line break is layout, dropped between Han
 * characters and kept as one space between Latin words.
 */
final class ReadingCopy {

    private final String text;
    /** For each UTF-16 index of {@link #text}, the code point index in the original. */
    private final int[] origin;

    private ReadingCopy(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    String text() {
        return text;
    }

    /** The original code point where the character at this UTF-16 index came from. */
    int origin(int index) {
        return origin[index];
    }

    /** The original code point span [start, end) of the copy's UTF-16 span. */
    int[] originSpan(int start, int end) {
        return new int[] {origin[start], origin[end - 1] + 1};
    }

    static ReadingCopy of(String original) {
        int[] cps = original.codePoints().toArray();
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int pinyinEnd = FoldedText.pinyinAnnotationEnd(cps, i);
            if (pinyinEnd > 0) {
                i = pinyinEnd;
                continue;
            }
            if (!Character.isWhitespace(cps[i]) && cps[i] != '\u3000') {
                n = append(out, origin, n, cps[i], i);
                continue;
            }
            int j = i;
            int breaks = 0;
            while (j < cps.length && (Character.isWhitespace(cps[j]) || cps[j] == '\u3000')) {
                breaks += cps[j] == '\n' ? 1 : 0;
                j++;
            }
            int before = out.length() == 0 ? -1 : out.codePointBefore(out.length());
            int after = j < cps.length ? cps[j] : -1;
            if (breaks >= 2 && before >= 0 && "。！？!?.；;：:”」』)）".indexOf(before) >= 0) {
                n = append(out, origin, n, '\n', i);
            } else if (breaks == 0 || latin(before) && latin(after)) {
                n = append(out, origin, n, ' ', i);
            }
            i = j - 1;
        }
        origin[n] = cps.length;
        return new ReadingCopy(out.toString(), java.util.Arrays.copyOf(origin, n + 1));
    }

    private static int append(StringBuilder out, int[] origin, int n, int cp, int from) {
        out.appendCodePoint(cp);
        for (int k = 0; k < Character.charCount(cp); k++) {
            origin[n++] = from;
        }
        return n;
    }

    private static boolean latin(int cp) {
        return cp >= 0 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN && !isCjkPunctuation(cp);
    }

    private static boolean isCjkPunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp == '“' || cp == '”';
    }
}
