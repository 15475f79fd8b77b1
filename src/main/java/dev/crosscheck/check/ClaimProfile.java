package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.NumberParser;
import dev.crosscheck.shared.text.TextFolder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a claim can cover in a sentence: its verbatim quote and the source sentence around it
 * (folded), the names of its subject and values, its property's label and vocabulary, its unit's
 * names and the words of its qualifiers, in every script; the English words as stems. Built
 * once per claim version, so a check only compares strings.
 *
 * @param quote    the folded quote
 * @param own      folded words that name the claim's own fact: the quote, the property's label and
 *                 vocabulary, its qualifiers' and category's words (not the wider context)
 * @param text     everything the claim can cover, folded: {@code own}, the source sentence, the names
 * @param ownStems English stems of the label, vocabulary, qualifier and category words
 * @param stems    English stems of everything the claim can cover
 * @param anchors  language-neutral terms for retrieval: {@code e:entity}, {@code n:number}, {@code y:year}
 * @param setting  entities the source's title names, of another kind than the subject: the claim's setting (the city an
 *                 article is about), which a sentence may name beside the subject
 */
record ClaimProfile(StoredClaim stored, PropertyDef property, String quote, String own, String text, Set<String> ownStems,
                    Set<String> stems, Set<String> anchors, Set<String> setting) {

    /** Inline pinyin of PDF extractions ("創(chuàng)新"): not words of the text. */
    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
    /** How far the context reaches on each side of the quote when no sentence end comes first. */
    private static final int MAX_CONTEXT = 160;

    Claim claim() {
        return stored.claim();
    }

    /** The same profile for a newer stored state of its claim that changed nothing the profile reads. */
    ClaimProfile restored(StoredClaim newer) {
        return new ClaimProfile(newer, property, quote, own, text, ownStems, stems, anchors, setting);
    }

    /** Whether the claim covers a content word of a sentence (folded Han word, or English stem). */
    boolean covers(String folded, boolean han) {
        return han ? text.contains(folded) : stems.contains(folded) || text.contains(folded);
    }

    /** Whether a word names the claim's own fact: it is in the quote, the property's label or vocabulary, a qualifier's words. */
    boolean names(String folded, boolean han) {
        return han ? own.contains(folded) : ownStems.contains(folded);
    }

    static ClaimProfile of(StoredClaim s, Catalog catalog, String sourceText, Set<String> topics, QualifierWords qualifierWords,
                           TermAnalyzer analyzer) {
        Claim c = s.claim();
        PropertyDef p = catalog.property(c.property()).orElseThrow();
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        String plainQuote = PINYIN.matcher(c.quote()).replaceAll("");
        String ownQuote = ownItems(plainQuote, c.normalized());
        zh.append(ownQuote).append('\n');
        en.append(latin(ownQuote)).append('\n');
        add(zh, en, p.label());
        p.keywords().forEach((lang, words) -> words.forEach(w -> (lang.startsWith("zh") ? zh : en).append(w).append('\n')));
        if (c.normalized() instanceof ClaimValue.Category cat) {
            p.categoryKeywords().getOrDefault(cat.value(), Map.of())
                    .forEach((lang, words) -> words.forEach(w -> (lang.startsWith("zh") ? zh : en).append(w).append('\n')));
        }
        if (p.unit() != null) {
            catalog.unit(p.unit()).map(UnitDef::names).ifPresent(n -> n.forEach((lang, words) ->
                    words.forEach(w -> (lang.startsWith("zh") ? zh : en).append(w).append('\n'))));
        }
        for (QualifierWords.Entry q : qualifierWords.entries()) {
            if (q.value().equals(c.qualifiers().get(q.key()))) {
                (q.word().chars().allMatch(ch -> ch < 128) ? en : zh).append(q.word()).append('\n');
            }
        }
        c.qualifiers().values().forEach(v -> en.append(v.replace('-', ' ')).append('\n'));
        // The own words in every language, English lower-cased, so phrases ("not from", "不是") are found as written.
        String own = TextFolder.fold(zh) + "\n" + TextFolder.fold(en).toLowerCase(java.util.Locale.ROOT);
        // English words name the fact through the claim's own English words and the English senses of its Chinese ones.
        Set<String> ownStems = new LinkedHashSet<>(analyzer.stems(en.toString()));
        ownStems.addAll(analyzer.glossStems(TextFolder.fold(zh)));
        // The rest covers words but does not name the fact: the source sentence (the quote's other items with it), the
        // subject's and values' names.
        String context = context(c, sourceText);
        zh.append(context).append('\n');
        entity(catalog, c.subject(), zh, en);
        for (String v : ClaimBook.entityValues(c)) {
            entity(catalog, v, zh, en);
        }
        // What the source's title names (the city an article is about) is the setting of each of its claims, unless it
        // is of the subject's kind: another firm named is another subject, never context.
        String subjectType = catalog.entity(c.subject()).map(EntityDef::type).orElse(null);
        Set<String> setting = new LinkedHashSet<>();
        for (String t : topics) {
            if (!t.equals(c.subject()) && !java.util.Objects.equals(subjectType, catalog.entity(t).map(EntityDef::type).orElse(null))) {
                entity(catalog, t, zh, en);
                setting.add(t);
            }
        }
        Set<String> stems = new LinkedHashSet<>(analyzer.stems(en.toString()));
        stems.addAll(ownStems);
        stems.addAll(analyzer.glossStems(context));
        String quote = TextFolder.fold(PINYIN.matcher(c.quote()).replaceAll(""));
        return new ClaimProfile(s, p, quote, own, TextFolder.fold(zh), Set.copyOf(ownStems), Set.copyOf(stems), anchors(c),
                Set.copyOf(setting));
    }

    /**
     * The part of the quote that states this claim's fact. A quote that lists several figures
     * ("唯一的国家实验室、2个大科学装置、5家省实验室") is shared by one claim per figure; the items
     * that state another figure than the claim's ("2个大科学装置" for the count of provincial
     * laboratories) are its neighbours' facts, so their words do not name this one. An item loses
     * the stretch from its figure to its end; the words before its figure (the metric an
     * enumeration shares: "外资占全国的5.63%、全省的42.84%") stay. Any other quote is whole.
     */
    static String ownItems(String quote, ClaimValue value) {
        String[] items = quote.split("、", -1);
        if (items.length < 2) {
            return quote;
        }
        // Each item's figures (years and dates are when, not what is counted), parsed once.
        List<List<NumberMention>> figures = java.util.Arrays.stream(items).map(item -> NumberParser.findAll(item).stream()
                .filter(m -> m.kind() != NumberMention.Kind.YEAR && m.kind() != NumberMention.Kind.DATE).toList()).toList();
        if (figures.stream().filter(f -> !f.isEmpty()).count() < 2) {
            return quote;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            List<NumberMention> f = figures.get(i);
            boolean own = f.isEmpty() || f.stream().anyMatch(m -> states(m, value));
            out.append(i == 0 ? "" : "、").append(own ? items[i] : items[i].substring(0, f.get(0).start()));
        }
        return out.toString();
    }

    /** Whether a figure of the quote is the claim's own value. */
    private static boolean states(NumberMention m, ClaimValue value) {
        return value instanceof ClaimValue.Numeric n && n.interval().low() == m.interval().low() && n.interval().high() == m.interval().high();
    }

    private static void add(StringBuilder zh, StringBuilder en, Map<String, String> byLang) {
        byLang.forEach((lang, w) -> (lang.startsWith("zh") ? zh : en).append(w).append('\n'));
    }

    private static void entity(Catalog catalog, String id, StringBuilder zh, StringBuilder en) {
        catalog.entity(id).map(EntityDef::names).ifPresent(n -> n.forEach((lang, words) ->
                words.forEach(w -> (lang.startsWith("zh") ? zh : en).append(w).append('\n'))));
    }

    private static String latin(String s) {
        return s.replaceAll("[^A-Za-z\\s-]", " ");
    }

    /** The source sentence the quote stands in: from the previous sentence end to the next one. */
    static String context(Claim c, String source) {
        if (source == null || c.anchor() == null) {
            return "";
        }
        int start = source.offsetByCodePoints(0, Math.min(c.anchor().position().start(), source.codePointCount(0, source.length())));
        int end = source.offsetByCodePoints(0, Math.min(c.anchor().position().end(), source.codePointCount(0, source.length())));
        int from = start;
        while (from > 0 && start - from < MAX_CONTEXT && "。！？!?\n".indexOf(source.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < source.length() && to - end < MAX_CONTEXT && "。！？!?\n".indexOf(source.charAt(to)) < 0) {
            to++;
        }
        return TextFolder.fold(PINYIN.matcher(source.substring(from, to)).replaceAll(""));
    }

    /** Terms a sentence shares with the claim whatever its language: entities, figures, years. */
    private static Set<String> anchors(Claim c) {
        Set<String> out = new LinkedHashSet<>();
        out.add("e:" + c.subject());
        ClaimBook.entityValues(c).forEach(v -> out.add("e:" + v));
        if (c.normalized() instanceof ClaimValue.Numeric n) {
            number(out, n.interval().low());
            number(out, n.interval().high());
        }
        String asOf = c.qualifiers().get("asOf");
        if (asOf != null && asOf.length() >= 4) {
            out.add("y:" + asOf.substring(0, 4));
        }
        if (c.value() instanceof Number num) {
            number(out, num.doubleValue());
        }
        return out;
    }

    static void number(Set<String> out, double v) {
        if (!Double.isInfinite(v) && !Double.isNaN(v) && v != 0) {
            out.add("n:" + (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)));
        }
    }
}
