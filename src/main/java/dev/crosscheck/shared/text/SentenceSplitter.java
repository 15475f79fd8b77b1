package dev.crosscheck.shared.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running text (Chinese, English or both mixed) into sentences with ICU's implementation of
 * the Unicode sentence-boundary rules (UAX #29).
 *
 * <p>Why ICU and not the JDK's iterator: ICU's "standard" suppressions keep abbreviations such as
 * "No." and "Mr." inside their sentence, and its rules keep a decimal point ("5.576"), a closing
 * quote after a full stop (“……。”) and Chinese full stops without a following space right. A
 * line break ends a sentence, so a heading without punctuation stands on its own.
 */
public final class SentenceSplitter {

    /**
     * One sentence, trimmed of surrounding white space.
     *
     * @param start UTF-16 offset in the text (inclusive)
     * @param end   UTF-16 offset (exclusive)
     */
    public record Span(int start, int end) {
    }

    /** A prototype: iterators keep state, so each call works on a clone. */
    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        for (int next = it.next(); next != BreakIterator.DONE; next = it.next()) {
            int end = next == text.length() ? next : withoutOpeners(text, start, next);
            int s = start;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Span(s, e));
            }
            start = end;
        }
        return out;
    }

    /**
     * UAX #29 counts opening brackets and quotes as closing punctuation, so "。”（见图1。）" breaks
     * after the "（": an opener at the end of a sentence belongs to the next one.
     */
    private static int withoutOpeners(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            int type = Character.getType(c);
            if (type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || isSpace(c)) {
                e--;
            } else {
                break;
            }
        }
        // Only openers were found with spaces: keep the spaces where ICU put them.
        return e == start ? end : e;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
