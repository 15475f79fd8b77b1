package dev.crosscheck.check;

import dev.crosscheck.claim.value.NumberMention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of a sentence are statements a curator would record: every figure, every year or
 * date that is a statement of its own, every category word, every membership cue. What looks like
 * a figure but is part of the wording is left out, by the shape of the text, not by its words:
 * a number inside a short quoted name or slogan (“三个不足”, “双十战略”), an ordinal that counts
 * occurrences (第三次浪潮, 第一季度) or labels a list (第一，…), a number a demonstrative
 * points back with (这两家公司), and the baseline year of a comparison (较2019年).
 */
final class StatementFinder {

    /** Longest quoted span taken as a name or slogan rather than a quotation. */
    private static final int QUOTED_NAME = 10;
    /** Measure words that make an ordinal count occurrences, not rank: 第三次, 第12届, 第五轮, 第一季度, 第二代, 第三批, 第五期. */
    private static final String OCCURRENCE = "次届屆轮輪代批期季";
    /** Words that make the year after them a comparison's baseline. */
    private static final List<String> BASELINE = List.of("较", "比", "相比", "同比", "相较", "than", "compared with", "since");
    private static final String DEMONSTRATIVES = "这那這";

    private StatementFinder() {
    }

    /** What one value part of a sentence states, before it is anchored and scored. */
    record Statement(StatementPart value, String kind, StatementPart subject, Map<String, String> qualifiers) {
    }

    static List<Statement> statements(SentenceParts s) {
        List<Statement> out = new ArrayList<>();
        Map<Integer, String> yearOfClause = new LinkedHashMap<>();
        String leadingYear = null;
        for (StatementPart p : s.parts()) {
            if (p.is(StatementPart.Kind.YEAR) && !baseline(s, p)) {
                if (timeOnly(s, p)) {
                    leadingYear = year(p);
                }
                yearOfClause.putIfAbsent(p.clause(), year(p));
            }
        }
        Set<String> seen = new HashSet<>();
        for (StatementPart p : s.parts()) {
            if (p.mention() != null && wording(s, p)) {
                continue;
            }
            Map<String, String> qualifiers = new LinkedHashMap<>();
            Statement st = switch (p.kind()) {
                case FIGURE -> {
                    String asOf = yearOfClause.getOrDefault(p.clause(), leadingYear);
                    if (asOf != null) {
                        qualifiers.put(Aligner.AS_OF, asOf);
                    }
                    yield new Statement(p, "figure", subjectOf(s, p), qualifiers);
                }
                // The time of a figure ("2023年，该市出口…12.5亿美元") is its qualifier, not a statement of its own.
                case YEAR, DATE -> figuresOf(s, p.clause()).isEmpty() && !(timeOnly(s, p) && nextClauseHasFigure(s, p)) && !baseline(s, p)
                        ? new Statement(p, p.is(StatementPart.Kind.YEAR) ? "year" : "date", subjectOf(s, p), qualifiers) : null;
                case CATEGORY -> category(s, p);
                case MEMBERSHIP -> {
                    StatementPart set = nearestEntity(s, p, true);
                    yield set != null && s.inClauses(Set.of(p.clause())).stream().anyMatch(x -> x.is(StatementPart.Kind.ENTITY) && x != set)
                            ? new Statement(p, "membership", set, qualifiers) : null;
                }
                default -> null;
            };
            // One suggestion per fact of a sentence: a category word written twice states it once.
            if (st != null && seen.add(st.kind() + "|" + (st.subject() == null ? "" : st.subject().id()) + "|" + p.id() + "|" + p.value()
                    + "|" + (p.mention() == null ? "" : p.mention().interval()))) {
                out.add(st);
            }
        }
        return out;
    }

    /**
     * A category word says something about a subject of its own clause (one clauses earlier is a
     * guess), and nothing when its clause denies it ("并非来自外地").
     */
    private static Statement category(SentenceParts s, StatementPart p) {
        if (s.inClauses(Set.of(p.clause())).stream().anyMatch(x -> x.is(StatementPart.Kind.NEGATION))) {
            return null;
        }
        StatementPart subject = subjectOf(s, p);
        return new Statement(p, "category", subject != null && subject.clause() == p.clause() ? subject : null, new LinkedHashMap<>());
    }

    /** A figure that is part of the wording, not a value (see the class comment). */
    private static boolean wording(SentenceParts s, StatementPart p) {
        NumberMention m = p.mention();
        String text = s.text();
        if (m.isArticle()) {
            return true;
        }
        if (m.kind() == NumberMention.Kind.RANK) {
            int after = p.end();
            boolean occurrence = after < text.length() && OCCURRENCE.indexOf(text.charAt(after)) >= 0;
            boolean listLabel = clauseStart(s, p) && (after >= text.length() || isPunctuation(text.codePointAt(after)));
            return occurrence || listLabel;
        }
        // A quoted figure alone is emphasis (“三千亿”); a figure with other words in a short quote is a name or slogan.
        return m.kind() == NumberMention.Kind.NUMBER && (insideShortQuote(text, p.start(), p.end())
                || p.start() > 0 && DEMONSTRATIVES.indexOf(text.charAt(p.start() - 1)) >= 0);
    }

    private static boolean insideShortQuote(String text, int start, int end) {
        int open = text.lastIndexOf('“', start);
        if (open < 0 || text.indexOf('”', open) < start) {
            return false; // not inside quotation marks, or they close before the figure
        }
        int close = text.indexOf('”', end);
        boolean figureAlone = close >= 0 && text.substring(open + 1, start).isBlank()
                && text.substring(end, close).codePointCount(0, text.substring(end, close).length()) <= 1;
        return close >= 0 && close - open - 1 <= QUOTED_NAME && !figureAlone;
    }

    private static boolean clauseStart(SentenceParts s, StatementPart p) {
        int[] span = s.reading().clauseSpan(p.clause());
        return s.text().substring(span[0], p.start()).isBlank();
    }

    /** A year right after a comparison word ("较2019年", "than in 2019") is what something is compared with. */
    private static boolean baseline(SentenceParts s, StatementPart year) {
        String before = s.text().substring(Math.max(0, year.start() - 14), year.start()).strip().toLowerCase(java.util.Locale.ROOT);
        return BASELINE.stream().anyMatch(w -> before.endsWith(w) || before.endsWith(w + " in"));
    }

    /** A year or date that is all its clause says: the time of what follows ("2023年，"). */
    static boolean timeOnly(SentenceParts s, StatementPart value) {
        return s.inClauses(Set.of(value.clause())).stream().allMatch(x -> x == value || x.is(StatementPart.Kind.SOFT));
    }

    private static boolean nextClauseHasFigure(SentenceParts s, StatementPart year) {
        return s.of(StatementPart.Kind.FIGURE).stream().anyMatch(f -> f.clause() == year.clause() + 1 && !f.mention().isArticle());
    }

    static int clauseCount(SentenceParts s) {
        return s.reading().clauseOf(s.text().length()) + 1;
    }

    private static List<StatementPart> figuresOf(SentenceParts s, int clause) {
        return s.of(StatementPart.Kind.FIGURE).stream().filter(f -> f.clause() == clause).toList();
    }

    private static String year(StatementPart p) {
        return String.valueOf((long) p.mention().interval().low());
    }

    /** The subject: the nearest entity before the value in its clause, else before it in the sentence, else after it in its clause. */
    static StatementPart subjectOf(SentenceParts s, StatementPart value) {
        StatementPart before = nearestEntity(s, value, false);
        if (before != null) {
            return before;
        }
        return s.of(StatementPart.Kind.ENTITY).stream().filter(e -> e.clause() == value.clause() && e.start() >= value.end())
                .findFirst().orElse(null);
    }

    private static StatementPart nearestEntity(SentenceParts s, StatementPart value, boolean sameClause) {
        StatementPart best = null;
        for (StatementPart e : s.of(StatementPart.Kind.ENTITY)) {
            if (e.end() <= value.start() && (!sameClause || e.clause() == value.clause())
                    && (best == null || e.clause() == value.clause() || best.clause() != value.clause())) {
                best = e;
            }
        }
        return best;
    }

    private static boolean isPunctuation(int cp) {
        int t = Character.getType(cp);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || Character.isWhitespace(cp);
    }
}
