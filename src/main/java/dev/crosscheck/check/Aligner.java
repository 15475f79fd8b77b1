package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.ValueComparator.Comparison;
import dev.crosscheck.claim.value.ValueComparator.Outcome;
import dev.crosscheck.claim.value.ValueComparator;
import dev.crosscheck.shared.text.TextFolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns a sentence's parts with one candidate claim: finds the part naming the claim's subject
 * and the part stating a value of the claim's kind, reads the qualifiers the sentence gives that
 * statement, and sorts every other part of the statement's clauses into covered (the claim's text
 * says it) and uncovered. Values are compared by {@link ValueComparator} only and qualifiers
 * judged by {@link CheckRules} only, as in the rules engine.
 *
 * <p>Nothing here knows a property: what a claim can cover comes from its {@link ClaimProfile}.
 */
final class Aligner {

    static final String AS_OF = "asOf";
    /** What separates the names of a list ("甲市、乙市和丙市", "A and B"). */
    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile("\\s*(、|，|,|和|与|及|and)?\\s*");

    private final Catalog catalog;
    private final ClaimBook book;
    private final CheckRules rules;
    private final TermAnalyzer analyzer;
    private final CatalogWords words;
    /** The dimensions each datatype's properties are measured in (money: yuan and dollars). */
    private final Map<Datatype, Set<String>> dimensionsByDatatype = new java.util.EnumMap<>(Datatype.class);

    Aligner(Catalog catalog, ClaimBook book, CheckRules rules, TermAnalyzer analyzer, CatalogWords words) {
        this.words = words;
        for (PropertyDef p : catalog.properties()) {
            if (p.unit() != null) {
                catalog.unit(p.unit()).ifPresent(u -> dimensionsByDatatype.computeIfAbsent(p.datatype(), k -> new HashSet<>()).add(u.dimension()));
            }
        }
        this.catalog = catalog;
        this.book = book;
        this.rules = rules;
        this.analyzer = analyzer;
    }

    /**
     * Which claims' own words name a word of the sentence: a word naming a neighbouring claim's fact (one quoted from the
     * same source sentence) is never mere context of this one.
     */
    interface Rivals {
        boolean namesOtherThan(StatementPart word, ClaimProfile claim);

        Rivals NONE = (w, id) -> true;
    }

    /** How the claim accounts for the sentence; empty when the sentence names neither its subject nor a value of its kind. */
    Optional<Alignment> align(SentenceParts s, ClaimProfile profile, Rivals rivals) {
        Claim c = profile.claim();
        return align(s, profile, s.parts().stream().filter(x -> x.is(StatementPart.Kind.ENTITY) && x.id().equals(c.subject())).toList(),
                rivals);
    }

    /**
     * The claim aligned as if it were about another subject the sentence names, one of the same
     * type: how a figure stated for the wrong firm is told apart from a figure no source gives.
     */
    Optional<Alignment> alignWithOtherSubject(SentenceParts s, ClaimProfile profile, Rivals rivals) {
        Claim c = profile.claim();
        String type = book.typeOf(c.subject());
        List<StatementPart> others = s.parts().stream().filter(x -> x.is(StatementPart.Kind.ENTITY) && !x.id().equals(c.subject())
                && type != null && type.equals(book.typeOf(x.id()))).toList();
        return others.isEmpty() ? Optional.empty() : align(s, profile, others, rivals);
    }

    private Optional<Alignment> align(SentenceParts s, ClaimProfile profile, List<StatementPart> subjects, Rivals rivals) {
        Claim c = profile.claim();
        PropertyDef p = profile.property();
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        List<StatementPart> value = valueParts(s, profile, subjects);
        if (value.isEmpty() && p.datatype() != Datatype.BOOLEAN) {
            return Optional.empty();
        }
        StatementPart subject = nearest(subjects, value.isEmpty() ? subjects.get(0) : value.get(0));
        if (value.size() == 1 && value.get(0).is(StatementPart.Kind.FIGURE) && attributive(s.text(), value.get(0), subject)) {
            // "3家“甲集团”企业": a figure right before the subject's name, which a noun follows, counts things named
            // after the subject (three of its firms), not the subject's own quantity.
            return Optional.empty();
        }
        Set<Integer> clauses = clauses(s, profile, subject, value);
        List<StatementPart> used = new ArrayList<>();
        used.add(subject);
        used.addAll(value);
        Map<String, String> qualifiers = qualifiers(s, profile, clauses, used);
        String notSameFact = sameFact(qualifiers, c);
        boolean negated = false;
        List<StatementPart> naming = new ArrayList<>();
        boolean named = false;
        List<StatementPart> covered = new ArrayList<>();
        List<StatementPart> uncovered = new ArrayList<>();
        for (StatementPart x : s.inClauses(clauses)) {
            if (used.contains(x)) {
                continue;
            }
            switch (x.kind()) {
                case NEGATION -> {
                    // A negation the claim's own words contain belongs to the fact ("创始人大部分不是本地人",
                    // "founders not from Hangzhou"): it names the fact rather than denying it.
                    if (profile.own().contains(fold(x.text()))) {
                        naming.add(x);
                        used.add(x);
                    } else if (governs(x, value, subject)) {
                        negated = true;
                        used.add(x);
                    }
                    // A negation in another clause governs that clause ("甲公司并非上市公司，客户超过1万家"): it is
                    // left for a statement of its own, and unaccounted for without one.
                    else {
                        uncovered.add(x);
                    }
                }
                case VOCABULARY -> {
                    if (x.id().equals(p.id()) || ownWord(profile, x.text())) {
                        naming.add(x);
                        used.add(x);
                    } else if (synonymOwn(profile, x.text())) {
                        covered.add(x);
                    } else {
                        sort(profile, x, covered, uncovered);
                    }
                }
                case MEMBERSHIP -> {
                    if (p.datatype() == Datatype.ENTITY_SET) {
                        named = true;
                        used.add(x);
                    } else {
                        uncovered.add(x);
                    }
                }
                case CATEGORY -> {
                    if (x.id().equals(p.id())) {
                        used.add(x);
                    } else if (catalog.property(x.id()).map(cp -> cp.allCategoryKeywords(x.value())).orElse(List.of()).stream()
                            .anyMatch(w -> ownWord(profile, w))) {
                        // The claim's own words state the same category value in other words ("当地孵化" for "本地孵化"):
                        // words of one value are interchangeable, as qualifier words are.
                        naming.add(x);
                        used.add(x);
                    } else {
                        sort(profile, x, covered, uncovered);
                    }
                }
                case SOFT -> {
                    // A verb the claim's own words use ("出自") is no proof on its own, but it tells which claim fits best;
                    // it names the fact when it dates the subject's only dated fact ("提出" for a plan's year).
                    if (profile.names(x.id(), TermAnalyzer.isHan(x.id()))) {
                        naming.add(x);
                        used.add(x);
                        named |= onlyDatedFact(profile, value);
                    } else if (profile.covers(x.id(), TermAnalyzer.isHan(x.id()))) {
                        covered.add(x);
                    }
                }
                case TERM -> {
                    boolean han = TermAnalyzer.isHan(x.id());
                    // A content word must be in the claim's own words (quote, label, vocabulary, qualifiers): the
                    // source sentence around the quote holds the nouns of neighbouring facts too.
                    if (profile.names(x.id(), han)) {
                        naming.add(x);
                        used.add(x);
                    } else if (han && synonymOwn(profile, x.id())) {
                        covered.add(x); // a synonym of the claim's own word ("坐落" for "位于"): covers, never names
                    } else if (profile.covers(x.id(), han) && !rivals.namesOtherThan(x, profile) && !attached(x, value)
                            && !analyzer.isDirection(x.id())) {
                        // The source sentence around the quote says it too, and no other claim's own words do: it is
                        // context of this fact, not the name of a neighbouring one. Not a word the figure is written with
                        // ("200多家科技企业": which firms it counts) nor a direction ("高", "fell"): those say what the
                        // fact is, and only the claim's own words can.
                        covered.add(x);
                    } else {
                        uncovered.add(x);
                    }
                }
                case FIGURE -> uncovered.add(x);
                case DATE, YEAR -> {
                    if (profile.text().contains(x.is(StatementPart.Kind.YEAR) ? yearText(x) : fold(x.text().strip()))) {
                        covered.add(x);
                    } else {
                        uncovered.add(x);
                    }
                }
                default -> {
                    // A qualifier or category word the claims do not use as one is a word like any other:
                    // in the claim's own words it names the fact ("利用外资" for the amount itself).
                    // So is a name the claim's quote contains ("出自某大学" names the firms that came out of a university).
                    // Names and qualifier values are matched by what they stand for, in any script: "Hangzhou" is in a
                    // quote that says 杭州, "foreign capital" names a claim whose quote says 实际利用外资.
                    boolean names = x.is(StatementPart.Kind.ENTITY) ? anyIn(entityNames(x.id()), profile.quote())
                            : x.is(StatementPart.Kind.QUALIFIER) ? qualifierWords(x).stream().anyMatch(w -> ownWord(profile, w))
                            : ownWord(profile, x.text());
                    if (names) {
                        naming.add(x);
                        used.add(x);
                    } else {
                        sort(profile, x, covered, uncovered);
                    }
                }
            }
        }
        // A qualifier the sentence states and the claim shares names the fact ("全国", "AI city"); a category or
        // membership word is the fact itself.
        named |= used.stream().anyMatch(x -> x.is(StatementPart.Kind.QUALIFIER) || x.is(StatementPart.Kind.CATEGORY)
                || x.is(StatementPart.Kind.ENTITY) && !x.equals(subject) && !value.contains(x));
        // A category word is the fact itself; so is a group named with two or more of its possible members.
        named |= p.datatype() == Datatype.CATEGORY || p.datatype() == Datatype.ENTITY_SET && value.size() >= 2;
        Stated stated = stated(s, p, c, value);
        Integer agrees = stated == null ? null : comparative(s, profile, value, negated);
        Comparison cmp = stated == null || agrees != null && agrees == 0 ? null
                : agrees != null ? relation(compare(p, stated, qualifiers, c, false), agrees > 0)
                : compare(p, stated, qualifiers, c, negated);
        String unestablished = null;
        if (cmp != null && cmp.outcome() == Outcome.MATCH && !negated) {
            unestablished = Judge.beyondOpenBound(Judge.statedFor(stated, qualifiers, p, c), c.normalized());
        }
        return Optional.of(new Alignment(profile, subject, value, stated, clauses, qualifiers, notSameFact, List.copyOf(naming), named, negated,
                List.copyOf(used), List.copyOf(covered), List.copyOf(uncovered), cmp, unestablished));
    }

    /**
     * Whether the claim is its subject's only fact of a year or date and the sentence's value is a
     * year or date: then the event a verb of its quote names ("提出", "成立") is the one dated.
     */
    private boolean onlyDatedFact(ClaimProfile profile, List<StatementPart> value) {
        Datatype dt = profile.property().datatype();
        if (dt != Datatype.YEAR && dt != Datatype.DATE || value.isEmpty()
                || !(value.get(0).is(StatementPart.Kind.YEAR) || value.get(0).is(StatementPart.Kind.DATE))) {
            return false;
        }
        return book.ofSubject(profile.claim().subject()).stream().map(c -> catalog.property(c.property()).map(PropertyDef::datatype).orElse(null))
                .filter(d -> d == Datatype.YEAR || d == Datatype.DATE).count()
                == book.of(profile.claim().subject(), profile.claim().property()).size();
    }

    /**
     * Whether the figure quantifies a noun phrase the subject's name modifies: only a measure word
     * and quotation marks between them, and a Han word right after the name (closing marks aside).
     */
    static boolean attributive(String text, StatementPart figure, StatementPart subject) {
        if (figure.end() > subject.start()) {
            return false;
        }
        String gap = text.substring(figure.end(), subject.start());
        long han = gap.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        boolean onlyMarks = gap.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || "“”\"'「」《》 ".indexOf(cp) >= 0);
        if (han > 1 || !onlyMarks || gap.codePointCount(0, gap.length()) > 3) {
            return false;
        }
        int i = subject.end();
        while (i < text.length() && "”\"'」》".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether a word is written with the statement's figure: right after it and its unit (the
     * thing counted) or right before it (the metric whose value it is), in its clause.
     */
    private static boolean attached(StatementPart word, List<StatementPart> value) {
        return value.stream().anyMatch(v -> v.is(StatementPart.Kind.FIGURE) && v.clause() == word.clause()
                && (word.start() >= v.end() && word.start() - v.end() <= 2 || word.end() <= v.start() && v.start() - word.end() <= 1));
    }

    /**
     * For a claim whose quote compares its subject with the named value ("强度低于甲市、乙市"):
     * whether the sentence's comparison agrees, negation applied ("并不比甲市高" agrees with "低于甲市",
     * "比甲市高" does not): 1 when it agrees, -1 when not, 0 when the sentence names the value without
     * a comparison ("和甲市相当": it does not state the claim's relation), null when the quote
     * compares nothing.
     */
    private Integer comparative(SentenceParts s, ClaimProfile profile, List<StatementPart> value, boolean negated) {
        if (value.isEmpty() || !value.get(0).is(StatementPart.Kind.ENTITY) || profile.property().datatype() != Datatype.ENTITY) {
            return null;
        }
        int claimed = Comparatives.NONE;
        String quote = profile.quote().toLowerCase(Locale.ROOT);
        for (String v : ClaimBook.entityValues(profile.claim())) {
            for (String name : entityNames(v)) {
                int at = quote.indexOf(name);
                if (at >= 0 && claimed == Comparatives.NONE) {
                    claimed = Comparatives.direction(quote, at, at + name.length());
                }
            }
        }
        if (claimed == Comparatives.NONE) {
            return null;
        }
        int start = value.stream().mapToInt(StatementPart::start).min().orElseThrow();
        int end = value.stream().mapToInt(StatementPart::end).max().orElseThrow();
        // The list the value is one of ("比甲市、乙市、丙市高"): the comparison is written around all of it.
        for (StatementPart x : s.parts()) {
            if (x.is(StatementPart.Kind.ENTITY) && x.start() >= end && x.start() - end <= 3 && LIST_MARK.matcher(s.text().substring(end, x.start())).matches()) {
                end = x.end();
            }
        }
        for (int i = s.parts().size() - 1; i >= 0; i--) {
            StatementPart x = s.parts().get(i);
            if (x.is(StatementPart.Kind.ENTITY) && x.end() <= start && start - x.end() <= 3
                    && LIST_MARK.matcher(s.text().substring(x.end(), start)).matches()) {
                start = x.start();
            }
        }
        // Offsets are the sentence's: the aligned fold keeps them.
        int stated = Comparatives.direction(TextFolder.foldAligned(s.text()).toLowerCase(Locale.ROOT), start, end);
        if (stated == Comparatives.NONE) {
            return 0;
        }
        // "并不比甲市高" (not above) agrees with "低于甲市"; "不低于甲市" does not.
        return (negated ? stated != claimed : stated == claimed) ? 1 : -1;
    }

    /** The value comparison turned by whether the comparison's direction agrees. */
    private static Comparison relation(Comparison cmp, boolean agrees) {
        if (cmp == null || cmp.outcome() != Outcome.MATCH || agrees) {
            return cmp;
        }
        return new Comparison(Outcome.MISMATCH, "the source compares the other way: " + cmp.explanation());
    }

    /** A negation governs its own clause: the value's (or, with no value part, the subject's). */
    private static boolean governs(StatementPart negation, List<StatementPart> value, StatementPart subject) {
        return value.isEmpty() ? negation.clause() == subject.clause() : value.stream().anyMatch(v -> v.clause() == negation.clause());
    }

    private static String fold(String text) {
        return CatalogWords.fold(text);
    }

    private static String yearText(StatementPart year) {
        return Long.toString((long) year.mention().interval().low());
    }

    /**
     * A part other than a term: covered when the claim's text contains it (a place the source
     * sentence names); English words when the claim's English words have every stem of it.
     */
    private void sort(ClaimProfile profile, StatementPart x, List<StatementPart> covered, List<StatementPart> uncovered) {
        if (!x.is(StatementPart.Kind.ENTITY)) {
            // A word of a property's vocabulary or a qualifier's is a content word: the claim's own words must hold it,
            // not merely the source sentence around the quote (which holds its neighbours' facts too).
            uncovered.add(x);
            return;
        }
        if (anyIn(entityNames(x.id()), profile.text())) {
            covered.add(x);
        } else {
            uncovered.add(x);
        }
    }

    /** Whether a word (any language) is among the claim's own words: a Han word in its own text, English by its stems. */
    private boolean ownWord(ClaimProfile profile, String word) {
        String f = fold(word);
        if (f.isBlank()) {
            return false;
        }
        if (!f.chars().allMatch(ch -> ch < 128)) {
            return profile.names(f, true);
        }
        Set<String> stems = analyzer.stems(f);
        return !stems.isEmpty() && profile.ownStems().containsAll(stems);
    }

    /** Whether a synonym of a Chinese word is among the claim's own words: it covers the word, it never names the fact. */
    private boolean synonymOwn(ClaimProfile profile, String word) {
        return analyzer.thesaurus().of(fold(word)).stream().anyMatch(w -> profile.names(w, true));
    }

    /** Every name of an entity, folded, in all scripts (two characters or more: shorter names are too ambiguous to find in text). */
    private List<String> entityNames(String entityId) {
        return words.namesOf(entityId);
    }

    /** Every word, in any language, that states the same qualifier value as this part. */
    private List<String> qualifierWords(StatementPart qualifier) {
        return words.wordsOf(qualifier.id(), qualifier.value());
    }

    private static boolean anyIn(List<String> folded, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return folded.stream().anyMatch(lower::contains);
    }

    // ---- the value ----

    /** The parts that can state a value of this claim's kind, best first; for a set, every member named. */
    private List<StatementPart> valueParts(SentenceParts s, ClaimProfile profile, List<StatementPart> subjects) {
        PropertyDef p = profile.property();
        Claim c = profile.claim();
        Datatype dt = p.datatype();
        SentenceReading r = s.reading();
        List<StatementPart> out = new ArrayList<>();
        switch (dt) {
            case ENTITY, ENTITY_SET -> {
                Set<String> types = book.valueTypes(null, p.id());
                for (StatementPart x : s.of(StatementPart.Kind.ENTITY)) {
                    String type = book.typeOf(x.id());
                    // A name the claim's own quote holds in another role ("用1000块某厂GPU训练…" about the developer) is
                    // not a rival value: the source says it too.
                    boolean quotedOtherwise = anyIn(entityNames(x.id()), profile.quote()) && !ClaimBook.entityValues(c).contains(x.id());
                    if (!x.id().equals(c.subject()) && types.contains(type) && !isQualifierEntity(x.id()) && !quotedOtherwise) {
                        out.add(x);
                    }
                }
                if (dt == Datatype.ENTITY && out.size() > 1) {
                    // Of several names the sentence could give as the value, the claim's own if it is one of them
                    // ("brought to Hangzhou from Boston"); the others are then parts to cover.
                    StatementPart first = out.stream().filter(x -> ClaimBook.entityValues(c).contains(x.id())).findFirst()
                            .orElse(nearest(out, subjects.get(0)));
                    out = List.of(first);
                }
            }
            case CATEGORY -> s.of(StatementPart.Kind.CATEGORY).stream().filter(x -> x.id().equals(p.id())).findFirst().ifPresent(out::add);
            case DATE -> out.addAll(s.of(StatementPart.Kind.DATE));
            case YEAR -> {
                out.addAll(s.of(StatementPart.Kind.YEAR));
                s.of(StatementPart.Kind.FIGURE).stream().filter(x -> r.fits(x.mention(), p, catalog)).forEach(out::add);
            }
            default -> {
                if (dt.isNumeric()) {
                    for (StatementPart x : s.of(StatementPart.Kind.FIGURE)) {
                        // A figure written in a unit of another dimension (GPUs, not dollars) is not this property's value.
                        if (r.fits(x.mention(), p, catalog) && unitFit(r, x, p) < 2) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        // A value in a clause that names another subject of the sources and not this one is that subject's
        // ("六小龙个个…，而城西科创大走廊集聚了…": the first clause's share is not the corridor's).
        List<StatementPart> found = out;
        out = found.stream().filter(x -> subjects.stream().anyMatch(sub -> sub.clause() == x.clause())
                || s.parts().stream().noneMatch(o -> o.clause() == x.clause() && o.is(StatementPart.Kind.ENTITY)
                && !o.id().equals(c.subject()) && !book.ofSubject(o.id()).isEmpty() && !found.contains(o) && !qualifiesThis(o.id(), c)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (out.size() > 1 && dt != Datatype.ENTITY_SET) {
            // The figure in the claim's unit, in a clause whose words state the claim's fact (its property's word, one of
            // its qualifier values: "…占全国的5%，占全省则达40%"), in the subject's clause, nearest the subject.
            List<StatementPart> figures = out;
            out.sort(Comparator.comparingInt((StatementPart x) -> unitFit(r, x, p))
                    .thenComparingInt(x -> statesFactIn(s, profile, x.clause(), figures) ? 0 : 1)
                    .thenComparingInt(x -> subjects.stream().anyMatch(sub -> sub.clause() == x.clause()) ? 0 : 1)
                    .thenComparingInt(x -> subjects.stream().mapToInt(sub -> SentenceReading.gap(sub.start(), sub.end(), x.start(), x.end()))
                            .min().orElse(0)));
            out = List.of(out.get(0));
        }
        return out;
    }

    /**
     * Whether a clause holds a word of the claim's property or one of its qualifier values, and
     * not every candidate figure is in that clause (then it tells none apart).
     */
    private boolean statesFactIn(SentenceParts s, ClaimProfile profile, int clause, List<StatementPart> figures) {
        if (figures.stream().allMatch(f -> f.clause() == clause)) {
            return false;
        }
        Claim c = profile.claim();
        return s.parts().stream().filter(x -> x.clause() == clause).anyMatch(x ->
                x.is(StatementPart.Kind.VOCABULARY) && x.id().equals(c.property())
                        || x.is(StatementPart.Kind.ENTITY) && c.qualifiers().containsValue(x.id())
                        || x.is(StatementPart.Kind.QUALIFIER) && x.value().equals(c.qualifiers().get(x.id())));
    }

    /** 0 when the figure is written in the claim's unit, 1 in another of the same dimension or none, 2 in another dimension. */
    private int unitFit(SentenceReading r, StatementPart x, PropertyDef p) {
        if (x.mention() == null || p.unit() == null || x.mention().kind() != NumberMention.Kind.NUMBER) {
            return 1;
        }
        List<Hit> units = r.unitsOf(x.mention());
        if (units.stream().anyMatch(u -> u.term().id().equals(p.unit()))) {
            return 0;
        }
        if (units.isEmpty() || units.stream().anyMatch(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit()))) {
            return 1;
        }
        // Another currency is the wrong unit for an amount of money (a contradiction to report); a count of GPUs is
        // not an amount of money at all. The dimensions a datatype's properties are measured in tell which.
        Set<String> kindred = dimensionsByDatatype.getOrDefault(p.datatype(), Set.of());
        return units.stream().anyMatch(u -> catalog.unit(u.term().id()).map(UnitDef::dimension).filter(kindred::contains).isPresent()) ? 1 : 2;
    }

    /** Whether the entity is a qualifier value of a key the claims of this subject and property use (the scope named). */
    private boolean qualifiesThis(String entityId, Claim c) {
        Set<String> keys = book.qualifierEntities().getOrDefault(entityId, Set.of());
        return c.qualifiers().keySet().stream().anyMatch(keys::contains)
                || book.of(c.subject(), c.property()).stream().anyMatch(o -> o.qualifiers().keySet().stream().anyMatch(keys::contains));
    }

    private boolean isQualifierEntity(String entityId) {
        return book.qualifierEntities().containsKey(entityId);
    }

    private static StatementPart nearest(List<StatementPart> parts, StatementPart to) {
        return parts.stream().min(Comparator.comparingInt((StatementPart x) -> x.clause() == to.clause() ? 0 : 1)
                .thenComparingInt(x -> SentenceReading.gap(x.start(), x.end(), to.start(), to.end()))).orElseThrow();
    }

    /**
     * The clauses a statement spans: its subject's and its value's, and clauses that state nothing
     * of their own (no figure, no other subject) such as "2018年，…" or "据报道，…".
     */
    private Set<Integer> clauses(SentenceParts s, ClaimProfile profile, StatementPart subject, List<StatementPart> value) {
        Set<Integer> out = new TreeSet<>();
        value.forEach(v -> out.add(v.clause()));
        Set<Integer> busy = new HashSet<>();
        for (StatementPart x : s.parts()) {
            boolean figure = (x.is(StatementPart.Kind.FIGURE) || x.is(StatementPart.Kind.CATEGORY)) && !value.contains(x);
            // A subject of other claims starts a statement of its own, unless it is the claim's setting ("甲市" for a policy of
            // an article about that city).
            boolean otherSubject = x.is(StatementPart.Kind.ENTITY) && !x.id().equals(subject.id()) && !book.ofSubject(x.id()).isEmpty()
                    && value.stream().noneMatch(v -> v.id() != null && v.id().equals(x.id())) && !profile.setting().contains(x.id());
            if (figure || otherSubject) {
                busy.add(x.clause());
            }
        }
        // The subject's clause belongs to the statement unless it states another figure of its own
        // ("甲园区有30家实验室，占全省的七成": 七成 is not qualified by the first clause's words).
        if (!busy.contains(subject.clause()) || out.contains(subject.clause())) {
            out.add(subject.clause());
        }
        for (StatementPart x : s.parts()) {
            if (!busy.contains(x.clause())) {
                out.add(x.clause());
            }
        }
        return out;
    }

    // ---- qualifiers ----

    /**
     * The qualifiers the sentence gives the statement, among the keys the sources use for this
     * subject and property: words stating a qualifier value, entities that are qualifier values
     * (a ranking named), and a year that is not the value (the figure's date).
     */
    private Map<String, String> qualifiers(SentenceParts s, ClaimProfile profile, Set<Integer> clauses, List<StatementPart> used) {
        Claim c = profile.claim();
        Set<String> keysInUse = new HashSet<>();
        book.of(c.subject(), c.property()).forEach(x -> keysInUse.addAll(x.qualifiers().keySet()));
        keysInUse.addAll(c.qualifiers().keySet());
        Map<String, String> q = new LinkedHashMap<>();
        // The statement's own clauses first; a key they leave open may be stated anywhere in the sentence
        // ("在某机构的排行榜上，甲市排在第四位": the ranking is named in the clause before the figure).
        List<StatementPart> candidates = new ArrayList<>(s.inClauses(clauses));
        s.parts().stream().filter(x -> !clauses.contains(x.clause())).forEach(candidates::add);
        for (StatementPart x : candidates) {
            if (used.contains(x) || !clauses.contains(x.clause()) && x.is(StatementPart.Kind.YEAR)) {
                continue;
            }
            if (x.is(StatementPart.Kind.QUALIFIER) && keysInUse.contains(x.id()) && !q.containsKey(x.id()) && !inCompound(s, x, profile)) {
                q.put(x.id(), x.value());
                used.add(x);
            } else if (x.is(StatementPart.Kind.ENTITY) && book.qualifierEntities().containsKey(x.id())) {
                for (String key : book.qualifierEntities().get(x.id())) {
                    if (keysInUse.contains(key) && !q.containsKey(key)) {
                        q.put(key, x.id());
                        used.add(x);
                        break;
                    }
                }
            } else if (x.is(StatementPart.Kind.YEAR) && keysInUse.contains(AS_OF) && !q.containsKey(AS_OF)) {
                q.put(AS_OF, yearText(x));
                used.add(x);
            }
        }
        c.qualifiers().forEach((key, value) -> {
            if (!q.containsKey(key)) {
                statedByMeaning(s, clauses, key, value, used).ifPresent(words -> {
                    q.put(key, value);
                    used.addAll(words);
                });
            }
        });
        return q;
    }

    /**
     * A qualifier value that no words in rules.yaml state ("scope: international-talent-firms") is
     * stated by words of the statement that together mean every word of its identifier, in any
     * language: 国际人才企业 glosses as "international", "talent", "firm" (a key such as "international-talent-firms"). The words, or empty.
     */
    private Optional<List<StatementPart>> statedByMeaning(SentenceParts s, Set<Integer> clauses, String key, String value,
                                                          List<StatementPart> used) {
        if (!words.wordsOf(key, value).isEmpty() || catalog.entity(value).isPresent() || !value.matches("[a-z]+(-[a-z]+)+")) {
            return Optional.empty();
        }
        Set<String> wanted = new HashSet<>(analyzer.stems(value.replace('-', ' ')));
        if (wanted.size() < 2) {
            return Optional.empty();
        }
        List<StatementPart> words = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (StatementPart x : s.inClauses(clauses)) {
            if (used.contains(x) || !(x.is(StatementPart.Kind.TERM) || x.is(StatementPart.Kind.SOFT))) {
                continue;
            }
            // The word and what follows it up to the next part: "国际人才" with the "企业" a generic-word filter left out.
            String text = s.text().substring(x.start(), s.parts().stream().filter(o -> o.start() >= x.end()).mapToInt(StatementPart::start)
                    .findFirst().orElse(s.text().length()));
            String folded = fold(text);
            Set<String> meaning = new HashSet<>(analyzer.stems(folded));
            meaning.addAll(analyzer.glossStems(folded));
            meaning.retainAll(wanted);
            if (!meaning.isEmpty()) {
                found.addAll(meaning);
                words.add(x);
            }
        }
        return found.containsAll(wanted) ? Optional.of(words) : Optional.empty();
    }

    /**
     * A qualifier word that begins a compound the claim's own words hold is part of a name, not a
     * qualifier: "全国" in "全国重点实验室" (a kind of laboratory), where the claim's scope is the province.
     */
    private static boolean inCompound(SentenceParts s, StatementPart word, ClaimProfile profile) {
        return s.parts().stream().anyMatch(next -> next.start() == word.end() && next.is(StatementPart.Kind.TERM)
                && profile.own().contains(fold(word.text() + next.text())));
    }

    /**
     * Why the claim is another fact than the sentence's: a qualifier both give with different
     * values, or one of the claim's that names which fact it is (a ranking, a metric, a scope) and
     * that the sentence does not state. Dates and set sizes may go unstated.
     */
    private String sameFact(Map<String, String> stated, Claim c) {
        CheckRules.QualifierFit fit = rules.fit(stated, c.qualifiers());
        if (!fit.comparable()) {
            return fit.notComparableReason();
        }
        return rules.unstated(stated, c.qualifiers());
    }

    // ---- comparing ----

    private Stated stated(SentenceParts s, PropertyDef p, Claim c, List<StatementPart> value) {
        Datatype dt = p.datatype();
        if (dt == Datatype.BOOLEAN) {
            return new Stated.Holds();
        }
        if (value.isEmpty()) {
            return null;
        }
        StatementPart v = value.get(0);
        return switch (dt) {
            case ENTITY -> new Stated.Entity(v.id());
            case ENTITY_SET -> new Stated.Members(new TreeSet<>(value.stream().map(StatementPart::id).toList()));
            case CATEGORY -> new Stated.Category(v.value());
            case DATE -> date(s, v);
            default -> amount(s.reading(), p, v.mention());
        };
    }

    private static Stated date(SentenceParts s, StatementPart v) {
        int md = (int) v.mention().interval().low();
        Integer year = s.of(StatementPart.Kind.YEAR).stream().findFirst().map(y -> (int) y.mention().interval().low()).orElse(null);
        return new Stated.Date(md / 100, md % 100, year);
    }

    /** The figure with the unit written beside it, or the claim's unit when none is written. */
    private Stated.Amount amount(SentenceReading r, PropertyDef p, NumberMention m) {
        UnitDef own = p.unit() == null ? null : catalog.unit(p.unit()).orElse(null);
        return switch (m.kind()) {
            case PERCENT -> new Stated.Amount(m, catalog.unitIdByName("%").flatMap(catalog::unit).orElse(own), false);
            case YEAR, DATE -> new Stated.Amount(m, null, false);
            case RANK, FRACTION, RELATIVE -> new Stated.Amount(m, own, false);
            case NUMBER -> {
                if (p.datatype() == Datatype.YEAR) {
                    yield new Stated.Amount(m, null, false);
                }
                List<Hit> units = r.unitsOf(m);
                if (units.isEmpty()) {
                    yield new Stated.Amount(m, own, own != null);
                }
                Hit chosen = units.stream().filter(u -> u.term().id().equals(p.unit())).findFirst()
                        .or(() -> units.stream().filter(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit())).findFirst())
                        .orElse(units.get(0));
                yield new Stated.Amount(m, catalog.unit(chosen.term().id()).orElse(own), false);
            }
        };
    }

    /** The sentence's value against the claim's, turned by a negation; null when they cannot be compared. */
    private static Comparison compare(PropertyDef p, Stated stated, Map<String, String> qualifiers, Claim c, boolean negated) {
        ClaimValue claimed = c.normalized();
        if (claimed == null) {
            return null;
        }
        Comparison cmp;
        if (stated instanceof Stated.Members m) {
            if (!(claimed instanceof ClaimValue.EntitySet set)) {
                return null;
            }
            cmp = ValueComparator.compareMembership(new ClaimValue.EntitySet(m.entityIds()), set);
        } else {
            ClaimValue mine = Judge.statedFor(stated, qualifiers, p, c);
            if (mine == null) {
                return null;
            }
            cmp = ValueComparator.compareStated(p, mine, claimed);
        }
        if (cmp == null || !negated) {
            return cmp;
        }
        return cmp.outcome() == Outcome.MATCH
                ? new Comparison(Outcome.MISMATCH, "the sentence denies it, but " + cmp.explanation())
                : new Comparison(Outcome.MATCH, "the sentence denies it, and " + cmp.explanation());
    }
}
