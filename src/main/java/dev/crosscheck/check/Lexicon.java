package dev.crosscheck.check;

import dev.crosscheck.shared.text.FoldedText;
import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.shared.text.TextFolder;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word the checks recognise, in one Aho-Corasick automaton over folded text: entity names,
 * property and category keywords and unit names from the catalog, qualifier words, and the few
 * grammatical cues (negation, membership) that are language knowledge rather than corpus
 * knowledge. Built once per catalog; scanning a sentence is linear in its length. The automaton
 * is complete after {@code build()} (failure links included) and only read afterwards, so one
 * instance serves every request thread.
 */
final class Lexicon {

    static final String NEGATION = "negation";
    static final String MEMBERSHIP = "membership";
    /** Words that contain a negation character without negating ("不断", "未来"): they mask it. */
    static final String NOT_A_CUE = "not-a-cue";

    private static final List<String> NEGATIONS = List.of(
            "不", "不是", "并非", "并不", "不属于", "不在", "不能", "无法", "不会", "没有", "没", "未能", "未曾", "未被", "从未", "尚未",
            "并未", "非", "not", "never", "no longer", "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "don't",
            "hasn't", "haven't", "cannot", "can't", "won't", "neither", "nor");
    private static final List<String> NOT_NEGATIONS = List.of(
            "不仅", "不断", "不同", "不少", "不久", "不超过", "不高于", "不多于", "不低于", "不少于", "不过", "不但", "不到", "不足", "不止", "不只", "不管", "不论", "不得不", "不可或缺",
            "不一", "非常", "非凡", "是非", "非洲", "除非", "无非", "莫非", "并非常");
    private static final List<String> MEMBERSHIPS = List.of(
            "之一", "一员", "成员", "属于", "跻身", "其中之一", "one of", "among", "member of", "members of", "part of", "belongs to",
            "belong to", "included in", "a member");

    private final PayloadTrie<List<Term>> trie;

    private Lexicon(PayloadTrie<List<Term>> trie) {
        this.trie = trie;
    }

    static Lexicon build(Catalog catalog, QualifierWords qualifierWords) {
        Map<String, List<Term>> words = new LinkedHashMap<>();
        for (EntityDef e : catalog.entities()) {
            e.allNames().forEach(n -> add(words, n, new Term(Term.Kind.ENTITY, e.id(), null)));
        }
        for (PropertyDef p : catalog.properties()) {
            p.allKeywords().forEach(k -> add(words, k, new Term(Term.Kind.PROPERTY, p.id(), null)));
            for (String category : p.categoryKeywords().keySet()) {
                p.allCategoryKeywords(category).forEach(k -> add(words, k, new Term(Term.Kind.CATEGORY, p.id(), category)));
            }
        }
        for (UnitDef u : catalog.units()) {
            u.allNames().forEach(n -> add(words, n, new Term(Term.Kind.UNIT, u.id(), null)));
        }
        for (QualifierWords.Entry q : qualifierWords.entries()) {
            add(words, q.word(), new Term(Term.Kind.QUALIFIER, q.key(), q.value()));
        }
        NEGATIONS.forEach(w -> add(words, w, new Term(Term.Kind.CUE, NEGATION, null)));
        NOT_NEGATIONS.forEach(w -> add(words, w, new Term(Term.Kind.CUE, NOT_A_CUE, null)));
        MEMBERSHIPS.forEach(w -> add(words, w, new Term(Term.Kind.CUE, MEMBERSHIP, null)));
        PayloadTrie.PayloadTrieBuilder<List<Term>> b = PayloadTrie.builder();
        words.forEach((word, terms) -> b.addKeyword(word, List.copyOf(terms)));
        return new Lexicon(b.build());
    }

    private static void add(Map<String, List<Term>> words, String word, Term term) {
        String folded = TextFolder.fold(word);
        if (folded.isEmpty()) {
            return;
        }
        List<Term> terms = words.computeIfAbsent(folded, k -> new ArrayList<>(1));
        if (!terms.contains(term)) {
            terms.add(term);
        }
    }

    /**
     * Every recognised word of the sentence, one hit per meaning, in text order. A Latin word
     * only counts as a whole word, or with a plural s ("rank" is not in "frank", but is in
     * "ranks"); Chinese has no word boundaries.
     */
    List<Hit> scan(FoldedText s) {
        List<Hit> hits = new ArrayList<>();
        for (PayloadEmit<List<Term>> emit : trie.parseText(s.folded())) {
            int start = s.originalCharStart(emit.getStart());
            int end = s.originalCharEnd(emit.getEnd());
            if (!wholeWord(s.text(), start, end)) {
                continue;
            }
            String text = s.text().substring(start, end);
            int weight = emit.getEnd() - emit.getStart() + 1;
            for (Term t : emit.getPayload()) {
                hits.add(new Hit(start, end, text, t, weight));
            }
        }
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return hits;
    }

    private static boolean wholeWord(String text, int start, int end) {
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        if (start > 0) {
            char before = text.charAt(start - 1);
            // "1.5m/s" is a unit after a number, but "frank" holds no "rank" and "12025" no "2025".
            if (isLatin(first) && isLatin(before) || isDigit(first) && (isLatin(before) || isDigit(before))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (isLatin(last) && (after == 's' || after == 'S') && (end + 1 == text.length() || !isLatin(text.charAt(end + 1)))) {
                return true; // a plural: "power grids", "ranks"
            }
            return !(isLatin(last) && isLatin(after) || isDigit(last) && isDigit(after));
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
