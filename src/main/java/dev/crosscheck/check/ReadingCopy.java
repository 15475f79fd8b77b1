package dev.crosscheck.check;

import dev.crosscheck.shared.text.FoldedText;

/**
 * A source text as a reader sees it: the line breaks of its layout (a PDF extraction breaks lines
 * inside words) and inline pinyin annotations ("創(chuàng)新") left out, everything else as written,
 * with the code point of the original each character came from. Statements are read from this
 * copy; quotes point back into the original through {@link #origin}.
 *
 * <p>Whether a line break is layout is decided once per text, by its lines: where at least half
 * of them end like a sentence (a full stop, a closing quote …), lines are paragraphs and headings,
 * and every line break stays one. Otherwise the text was broken to a page width (a PDF
 * extraction) and a run of white space ends a paragraph only when it holds a blank line after a
 * sentence's end; any other run with a line break is dropped between Han characters and kept as
 * one space between Latin words.
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

    private static final String SENTENCE_END = "。！？!?.；;：:”」』)）";

    static ReadingCopy of(String original) {
        boolean paragraphLines = paragraphLines(original);
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
            if (breaks >= 1 && before >= 0 && (paragraphLines || breaks >= 2 && SENTENCE_END.indexOf(before) >= 0)) {
                n = append(out, origin, n, '\n', i);
            } else if (breaks == 0 || latin(before) && latin(after)) {
                n = append(out, origin, n, ' ', i);
            }
            i = j - 1;
        }
        origin[n] = cps.length;
        return new ReadingCopy(out.toString(), java.util.Arrays.copyOf(origin, n + 1));
    }

    /** Whether at least half of the text's non-blank lines end like a sentence. */
    private static boolean paragraphLines(String text) {
        int lines = 0;
        int ended = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                lines++;
                ended += SENTENCE_END.indexOf(l.codePointBefore(l.length())) >= 0 ? 1 : 0;
            }
        }
        return lines > 0 && 2 * ended >= lines;
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
