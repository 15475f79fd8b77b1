package dev.crosscheck.claim.value;

/**
 * A number found in text, with the interval its hedges give it.
 *
 * @param start        UTF-16 offset in the scanned text (inclusive)
 * @param end          UTF-16 offset in the scanned text (exclusive)
 * @param text         the words recognised, as written
 * @param kind         what sort of number it is
 * @param interval     the values it admits; for {@link Kind#RELATIVE} a share of a set (0..1)
 * @param hedge        the hedge word recognised ("超过", "nearly", "多"), or null
 * @param lowExclusive whether the low bound is strict ("more than")
 * @param highExclusive whether the high bound is strict ("280多" is below 290)
 */
public record NumberMention(int start, int end, String text, Kind kind, Interval interval, String hedge,
                            boolean lowExclusive, boolean highExclusive) {

    public enum Kind {
        /** A plain amount: 2048, 557.6万, 3.2 billion, 三家. */
        NUMBER,
        /** A percentage, in percent: 60%, 六成. */
        PERCENT,
        /** A ratio: 1/10, 三分之一 (0.1, 0.333…). */
        FRACTION,
        /** A share of a set: 过半, 一半, all, most (0..1). */
        RELATIVE,
        /** A position in a ranking: 第4位, 4th, 第二. */
        RANK,
        /** A calendar year: 2018年, in 2018. */
        YEAR,
        /** A month and day: 2月13日. The interval holds month*100+day. */
        DATE
    }

    /** Numerals that double as the indefinite article ("一个问题", "one of them"): alone they state no figure. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("一", "one", "a", "an");

    public static boolean isArticle(String text) {
        return ARTICLES.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether this mention is the bare numeral one used as an article. */
    public boolean isArticle() {
        return kind == Kind.NUMBER && isArticle(text);
    }
}
