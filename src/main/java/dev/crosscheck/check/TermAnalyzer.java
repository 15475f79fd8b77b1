package dev.crosscheck.check;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits text into content words with Lucene's analysers: SmartChineseAnalyzer (a hidden-Markov
 * word segmenter) for Han text, EnglishAnalyzer (stop words, Porter stems) for Latin text. Text
 * is folded (Traditional to Simplified, widths) by the caller, so one vocabulary serves all three
 * scripts. Analysers are thread-safe; one instance serves the service.
 *
 * <p>A word here is what a sentence and a claim must share for the claim to cover the sentence:
 * single Han characters and the {@link GenericWords} carry no content of their own and are left out.
 */
final class TermAnalyzer {

    /**
     * A content word and where it is, in UTF-16 offsets of the analysed text.
     *
     * @param soft a verb, adverb or function word (by its part of speech): it says how, not what, so
     *             evidence need not contain it; nouns, adjectives, numerals, distinguishing words and
     *             direction words ("增长", "fell") are never soft
     */
    record Term(String text, int start, int end, boolean han, boolean soft) {
    }

    /** HanLP part-of-speech tags (ICTCLAS set) of words that do not name a thing: verbs, adverbs, function words. */
    private static final java.util.regex.Pattern SOFT_TAG = java.util.regex.Pattern.compile("v|vd|vi|vl|vg|vf|vx|vshi|vyou|d|dg|dl"
            + "|ad|p|pba|pbei|c|cc|u.*|y|e|o|f|r.*|q.*|z");


    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final GenericWords generic;

    private final Thesaurus thesaurus = Thesaurus.load();
    private final Glossary glossary = Glossary.load();

    TermAnalyzer() {
        this.generic = GenericWords.load(english);
    }

    /** Whether a folded word states a direction or a comparison ("增长", "高于", "fell"): never mere context. */
    boolean isDirection(String folded) {
        return generic.isDirection(folded);
    }

    Thesaurus thesaurus() {
        return thesaurus;
    }

    Analyzer chinese() {
        return chinese;
    }

    Analyzer english() {
        return english;
    }

    /**
     * Content words of folded text, in text order: Han words of two or more characters, English
     * stems. Recognised parts are masked by spaces in {@code folded}; parts of speech are read from
     * {@code context}, the same text unmasked (a tagger needs the whole sentence).
     */
    List<Term> terms(String folded, String context) {
        return terms(folded, context, List.of());
    }

    /**
     * As {@link #terms(String, String)}, but a generic word is kept where it is one of two or more
     * words of a counted phrase ({@code counted}: spans [start, end) of the Han text right after a
     * figure and its unit): "280多家科技企业" counts tech firms, a narrower thing than "280多家企业",
     * although both words are generic alone.
     */
    List<Term> terms(String folded, String context, List<int[]> counted) {
        List<Term> out = new ArrayList<>();
        List<com.hankcs.hanlp.seg.common.Term> tagged = null;
        List<Term> han = tokens(chinese, folded).stream().filter(t -> isHan(t.text()) && t.text().codePointCount(0, t.text().length()) >= 2)
                .toList();
        for (Term t : han) {
            if (!generic.isGeneric(t.text()) || inCountedPhrase(t, han, counted)) {
                if (tagged == null) {
                    tagged = tag(context);
                }
                boolean soft = !generic.isDirection(t.text()) && soft(tagged, t.start(), t.end());
                out.add(new Term(t.text(), t.start(), t.end(), true, soft));
            }
        }
        java.util.Map<Integer, String> tags = null;
        for (Term t : tokens(english, folded)) {
            if (isLatinWord(t.text()) && !generic.isGeneric(t.text())) {
                if (tags == null) {
                    tags = EnglishTagger.tags(context);
                }
                String tag = tags.getOrDefault(t.start(), "");
                boolean soft = !generic.isDirection(t.text()) && EnglishTagger.SOFT.matcher(tag).matches();
                out.add(new Term(t.text(), t.start(), t.end(), false, soft));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** English stems of a text: what an English sentence's words are matched against. */
    Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : tokens(english, text.toLowerCase(java.util.Locale.ROOT))) {
            if (isLatinWord(t.text())) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** English stems of the senses of the Chinese words in a folded text: how an English word finds a Chinese quote. */
    Set<String> glossStems(String folded) {
        return glossary.stemsIn(folded, this::stems);
    }

    /** The words of a folded Chinese text, each as the English stems of its senses (see {@link Glossary#wordsIn}). */
    List<Set<String>> glossWords(String folded) {
        return glossary.wordsIn(folded, this::stems);
    }

    private static List<com.hankcs.hanlp.seg.common.Term> tag(String text) {
        return SEGMENT.seg(text);
    }

    /** HanLP's segmenter, with offsets; its dictionaries load once, on first use. */
    private static final com.hankcs.hanlp.seg.Segment SEGMENT = com.hankcs.hanlp.HanLP.newSegment().enableOffset(true);

    /** Whether HanLP reads one word across this offset of the text ("成立" across the end of "一成" in "刚一成立"). */
    static boolean wordAcross(String text, int offset) {
        for (com.hankcs.hanlp.seg.common.Term w : tag(text)) {
            if (w.offset < offset && offset < w.offset + w.word.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCountedPhrase(Term t, List<Term> words, List<int[]> counted) {
        for (int[] span : counted) {
            if (span[0] <= t.start() && t.end() <= span[1]) {
                return words.stream().filter(w -> span[0] <= w.start() && w.end() <= span[1]).count() >= 2;
            }
        }
        return false;
    }

    /** Whether every word HanLP finds inside this span is of a soft part of speech. */
    private static boolean soft(List<com.hankcs.hanlp.seg.common.Term> tagged, int start, int end) {
        boolean any = false;
        for (com.hankcs.hanlp.seg.common.Term w : tagged) {
            int ws = w.offset;
            int we = w.offset + w.word.length();
            if (ws < end && start < we) {
                any = true;
                if (w.nature == null || !SOFT_TAG.matcher(w.nature.toString()).matches()) {
                    return false;
                }
            }
        }
        return any;
    }

    private static List<Term> tokens(Analyzer analyzer, String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset(), false, false));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory text: cannot happen
        }
        return out;
    }

    static boolean isHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean isLatinWord(String s) {
        return s.length() >= 2 && s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
