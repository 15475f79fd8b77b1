package dev.crosscheck.source.anchor;

import dev.crosscheck.shared.text.TextFolder;

/**
 * A source text folded for matching, with a map from every folded position back to the code
 * point of the original it came from.
 *
 * <p>Besides {@link TextFolder}'s folding, inline pinyin annotations such as {@code 創(chuàng)新}
 * are dropped: a parenthesised run of Latin letters (with or without tone marks) directly after
 * a Han character. Such runs are reading aids of some web extractions, never content.
 */
public final class FoldedText {

    private final int[] original;
    private final String folded;
    private final int[] origin;

    private FoldedText(int[] original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder folded = new StringBuilder(cps.length);
        int[] origin = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int pinyinEnd = pinyinAnnotationEnd(cps, i);
            if (pinyinEnd > 0) {
                i = pinyinEnd;
                continue;
            }
            int f = TextFolder.fold(cps[i]);
            if (f == TextFolder.IGNORED) {
                continue;
            }
            folded.appendCodePoint(f);
            origin[n++] = i;
        }
        return new FoldedText(cps, folded.toString(), java.util.Arrays.copyOf(origin, n));
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

    /** The folded text; contains only matchable code points (BMP in practice). */
    public String folded() {
        return folded;
    }

    public int[] original() {
        return original;
    }

    /** Original code point index of the folded char at {@code foldedIndex} (a UTF-16 index into {@link #folded()}). */
    public int originOf(int foldedIndex) {
        return origin[folded.codePointCount(0, foldedIndex)];
    }

    public int originOfCodePoint(int foldedCodePointIndex) {
        return origin[foldedCodePointIndex];
    }

    public int foldedLength() {
        return origin.length;
    }

    public String originalSlice(int start, int end) {
        return new String(original, start, end - start);
    }
}
