package dev.crosscheck.shared.text;

/**
 * A text folded for matching ({@link TextFolder}: script, width, case; spaces and quotation marks
 * dropped), with a map from every folded character back to the character of the original it came
 * from. Quote anchoring and the checks' term matching both match in the folded text and report
 * spans of the original, so they agree on what "the same text" means.
 *
 * <p>Inline pinyin annotations such as {@code 創(chuàng)新} are dropped too: a parenthesised run
 * of Latin letters (with or without tone marks) directly after a Han character. Such runs are
 * reading aids of some web extractions, never content, in a source and in a pasted sentence alike.
 *
 * <p>Two coordinate systems are offered: code points (anchors, which count code points) and
 * UTF-16 chars (matchers that work on {@link String} indices).
 */
public final class FoldedText {

    private final String text;
    private final int[] codePoints;
    private final String folded;
    /** Per folded code point: the index of the original code point it came from. */
    private final int[] originByCodePoint;
    /** Per folded char: the UTF-16 offset of the original code point it came from. */
    private final int[] originByChar;
    /** Per original UTF-16 offset (and the end): the first folded char at or after it. */
    private final int[] foldedAtChar;

    private FoldedText(String text, int[] codePoints, String folded, int[] originByCodePoint, int[] originByChar, int[] foldedAtChar) {
        this.text = text;
        this.codePoints = codePoints;
        this.folded = folded;
        this.originByCodePoint = originByCodePoint;
        this.originByChar = originByChar;
        this.foldedAtChar = foldedAtChar;
    }

    public static FoldedText of(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder folded = new StringBuilder(text.length());
        int[] byCodePoint = new int[cps.length];
        int[] byChar = new int[2 * cps.length];
        int[] atChar = new int[text.length() + 1];
        int n = 0;
        int charAt = 0;
        for (int i = 0; i < cps.length; i++) {
            int pinyinEnd = pinyinAnnotationEnd(cps, i);
            int last = pinyinEnd > 0 ? pinyinEnd : i;
            int width = 0;
            for (int k = i; k <= last; k++) {
                width += Character.charCount(cps[k]);
            }
            java.util.Arrays.fill(atChar, charAt, charAt + width, folded.length());
            int f = pinyinEnd > 0 ? TextFolder.IGNORED : TextFolder.fold(cps[i]);
            if (f != TextFolder.IGNORED) {
                for (int c = 0; c < Character.charCount(f); c++) {
                    byChar[folded.length() + c] = charAt;
                }
                folded.appendCodePoint(f);
                byCodePoint[n++] = i;
            }
            charAt += width;
            i = last;
        }
        atChar[text.length()] = folded.length();
        return new FoldedText(text, cps, folded.toString(), java.util.Arrays.copyOf(byCodePoint, n),
                java.util.Arrays.copyOf(byChar, folded.length()), atChar);
    }

    /** If a pinyin annotation starts at {@code i}, the index of its closing parenthesis; else -1. */
    public static int pinyinAnnotationEnd(int[] cps, int i) {
        if (cps[i] != '(' || i == 0 || Character.UnicodeScript.of(cps[i - 1]) != Character.UnicodeScript.HAN) {
            return -1;
        }
        int j = i + 1;
        while (j < cps.length && j - i <= 8 && isPinyinLetter(cps[j])) {
            j++;
        }
        return j > i + 1 && j < cps.length && cps[j] == ')' ? j : -1;
    }

    private static boolean isPinyinLetter(int cp) {
        if (cp >= 'a' && cp <= 'z') {
            return true;
        }
        return "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ".indexOf(cp) >= 0;
    }

    /** The original text, as given. */
    public String text() {
        return text;
    }

    /** The original text's code points. */
    public int[] codePoints() {
        return codePoints;
    }

    /** The folded text; contains only matchable code points. */
    public String folded() {
        return folded;
    }

    /** Original code point index of the folded code point at {@code foldedCodePointIndex}. */
    public int originOfCodePoint(int foldedCodePointIndex) {
        return originByCodePoint[foldedCodePointIndex];
    }

    public int foldedLength() {
        return originByCodePoint.length;
    }

    public String originalSlice(int start, int end) {
        return new String(codePoints, start, end - start);
    }

    /** UTF-16 offset in the original of the character the folded char at {@code foldedChar} came from. */
    public int originalCharStart(int foldedChar) {
        return originByChar[foldedChar];
    }

    /** UTF-16 offset just after the original character the folded char at {@code foldedChar} came from. */
    public int originalCharEnd(int foldedChar) {
        int start = originByChar[foldedChar];
        return start + Character.charCount(text.codePointAt(start));
    }

    /** Index in the folded text of the first folded char at or after an original UTF-16 offset. */
    public int foldedCharAt(int originalChar) {
        return foldedAtChar[Math.min(Math.max(0, originalChar), text.length())];
    }
}
