package dev.crosscheck.shared.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text to a canonical form for matching: Traditional to Simplified Chinese, full-width to
 * half-width, CJK punctuation to its ASCII counterpart, Latin to lower case.
 *
 * <p>Folding is per code point and never merges or splits characters, so a position in folded
 * text maps back to exactly one code point of the original. This is what makes quote anchoring
 * and entity lookup agree on what "the same text" means. Phrase-level OpenCC conversion is
 * deliberately not used: it can change lengths and would break that mapping.
 */
public final class TextFolder {

    /** Marker returned for code points that carry no matching information (spaces, quotation marks). */
    public static final int IGNORED = -1;

    private static final ConcurrentHashMap<Integer, Integer> CJK_CACHE = new ConcurrentHashMap<>();

    private TextFolder() {
    }

    /** Folds one code point, or returns {@link #IGNORED}. */
    public static int fold(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF') {
            return IGNORED;
        }
        switch (cp) {
            case '“', '”', '"', '‘', '’', '「', '」', '『', '』', '\'', '＂', '＇' -> {
                return IGNORED;
            }
            case '，', '、' -> {
                return ',';
            }
            case '。', '．' -> {
                return '.';
            }
            case '—', '–', '－', '─' -> {
                return '-';
            }
            default -> {
            }
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            cp = cp - 0xFEE0;
        }
        if (cp < 0x80) {
            return Character.toLowerCase(cp);
        }
        if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return CJK_CACHE.computeIfAbsent(cp, TextFolder::toSimplified);
        }
        return Character.toLowerCase(cp);
    }

    private static int toSimplified(int cp) {
        if (!Character.isBmpCodePoint(cp)) {
            return cp;
        }
        List<String> simple = ZhConverterUtil.toSimple((char) cp);
        if (simple == null || simple.isEmpty() || simple.get(0).codePointCount(0, simple.get(0).length()) != 1) {
            return cp;
        }
        return simple.get(0).codePointAt(0);
    }

    /** Folds a whole string, dropping ignored code points. */
    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int f = fold(cp);
            if (f != IGNORED) {
                out.appendCodePoint(f);
            }
        });
        return out.toString();
    }

    /**
     * Folds a string keeping one output char per input UTF-16 char, ignored code points becoming
     * spaces, so that spans found in the result are spans of the input.
     */
    public static String foldAligned(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int f = fold(cp);
            if (f == IGNORED || Character.charCount(f) != width) {
                out.append(" ".repeat(width));
            } else {
                out.appendCodePoint(f);
            }
            i += width;
        }
        return out.toString();
    }
}
