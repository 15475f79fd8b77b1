package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.shared.text.SentenceSplitter;
import dev.crosscheck.source.SourceText;
import dev.crosscheck.source.anchor.Anchor;
import dev.crosscheck.source.anchor.AnchorResult;
import dev.crosscheck.source.anchor.QuoteAnchorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes claims from a source's text. The text is read as a reader sees it ({@link ReadingCopy}),
 * split into sentences, and each sentence broken into parts by the {@link PartExtractor} the checks
 * use. Every figure, every year or date that is a statement of its own (not the time of a figure),
 * every category word and every membership cue becomes one {@link Statement}, with the subject
 * and property resolved where the parts, the catalog or the stored claims allow.
 *
 * <p>A suggestion is only made with a verified anchor: its quote is located by the same anchorer
 * that loads curated claims, and must land on the passage it was read from (a quote that occurs
 * earlier in the source is lengthened to its sentence, and dropped if even that is not unique).
 */
final class Suggester {

    private final PartExtractor extractor;
    private final SentenceChecker checker;
    private final Catalog catalog;

    Suggester(PartExtractor extractor, SentenceChecker checker, Catalog catalog) {
        this.extractor = extractor;
        this.checker = checker;
        this.catalog = catalog;
    }

    /** What one value part of a sentence states, before it is anchored and scored. */
    private record Statement(StatementPart value, String kind, StatementPart subject, Map<String, String> qualifiers) {
    }

    /**
     * @param ofSource the stored claims quoting this source: a suggestion on the same passage with
     *                 the same value repeats one of them
     */
    List<Suggestion> suggest(SourceText source, List<StoredClaim> ofSource) {
        ReadingCopy copy = ReadingCopy.of(source.text());
        String text = copy.text();
        List<Suggestion> out = new ArrayList<>();
        for (SentenceSplitter.Span span : SentenceSplitter.split(text)) {
            String sentence = text.substring(span.start(), span.end());
            SentenceParts parts = extractor.extract(sentence, null);
            for (Statement st : statements(parts)) {
                suggestion(source, copy, span.start(), parts, st, ofSource).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt((Suggestion s) -> s.anchor().position().start()).thenComparingInt(s -> s.anchor().position().end()));
        return out;
    }

    // ---- which parts are statements ----

    private List<Statement> statements(SentenceParts s) {
        List<Statement> out = new ArrayList<>();
        Map<Integer, String> yearOfClause = new LinkedHashMap<>();
        String leadingYear = null;
        for (StatementPart p : s.parts()) {
            if (p.is(StatementPart.Kind.YEAR) && timeOnly(s, p)) {
                leadingYear = year(p);
            }
            if (p.is(StatementPart.Kind.YEAR)) {
                yearOfClause.putIfAbsent(p.clause(), year(p));
            }
        }
        for (StatementPart p : s.parts()) {
            boolean hasFigure = !figuresOf(s, p.clause()).isEmpty();
            Map<String, String> qualifiers = new LinkedHashMap<>();
            switch (p.kind()) {
                case FIGURE -> {
                    if (p.mention().isArticle()) {
                        continue;
                    }
                    String asOf = yearOfClause.getOrDefault(p.clause(), leadingYear);
                    if (asOf != null) {
                        qualifiers.put(Aligner.AS_OF, asOf);
                    }
                    out.add(new Statement(p, "figure", subjectOf(s, p), qualifiers));
                }
                case YEAR, DATE -> {
                    // The time of a figure ("2024年，杭州完成…65.42亿美元") is its qualifier, not a statement of its own.
                    if (!hasFigure && !(timeOnly(s, p) && laterFigure(s, p))) {
                        out.add(new Statement(p, p.is(StatementPart.Kind.YEAR) ? "year" : "date", subjectOf(s, p), qualifiers));
                    }
                }
                case CATEGORY -> {
                    // A category word says something about a subject of its own clause; one clauses earlier is a guess.
                    StatementPart subject = subjectOf(s, p);
                    out.add(new Statement(p, "category", subject != null && subject.clause() == p.clause() ? subject : null, qualifiers));
                }
                case MEMBERSHIP -> {
                    StatementPart set = nearestEntity(s, p, true);
                    if (set != null && s.inClauses(java.util.Set.of(p.clause())).stream()
                            .anyMatch(x -> x.is(StatementPart.Kind.ENTITY) && x != set)) {
                        out.add(new Statement(p, "membership", set, qualifiers));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** A year that is all its clause says: the time of what follows ("2024年，"). */
    private static boolean timeOnly(SentenceParts s, StatementPart year) {
        return s.inClauses(java.util.Set.of(year.clause())).stream().allMatch(x -> x == year || x.is(StatementPart.Kind.SOFT));
    }

    /** Whether the clause after the year states a figure: the year is then that figure's time. */
    private static boolean laterFigure(SentenceParts s, StatementPart year) {
        return s.of(StatementPart.Kind.FIGURE).stream().anyMatch(f -> f.clause() == year.clause() + 1 && !f.mention().isArticle());
    }

    private static int clauseCount(SentenceParts s) {
        return s.reading().clauseOf(s.text().length()) + 1;
    }

    private static List<StatementPart> figuresOf(SentenceParts s, int clause) {
        return s.of(StatementPart.Kind.FIGURE).stream().filter(f -> f.clause() == clause).toList();
    }

    private static String year(StatementPart p) {
        return String.valueOf((long) p.mention().interval().low());
    }

    /** The subject: the nearest entity before the value in its clause, else before it in the sentence, else after it in its clause. */
    private static StatementPart subjectOf(SentenceParts s, StatementPart value) {
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

    // ---- one suggestion ----

    private Optional<Suggestion> suggestion(SourceText source, ReadingCopy copy, int offset, SentenceParts s, Statement st,
                                            List<StoredClaim> ofSource) {
        int[] clause = s.reading().clauseSpan(st.value().clause());
        if (timeOnly(s, st.value()) && st.value().clause() + 1 < clauseCount(s)) {
            // "2017年，之江实验室成立": the year's clause says only when; what happened is in the next one.
            clause = new int[] {clause[0], s.reading().clauseSpan(st.value().clause() + 1)[1]};
        }
        int start = clause[0];
        if (st.subject() != null && st.subject().clause() < st.value().clause()) {
            start = s.reading().clauseSpan(st.subject().clause())[0];
        }
        Optional<Anchored> anchored = anchor(source, copy, offset, s.text(), start, clause[1]);
        if (anchored.isEmpty()) {
            return Optional.empty();
        }
        Anchored a = anchored.get();
        String subject = st.subject() == null ? null : st.subject().id();
        String property = null;
        Object value;
        List<String> units = List.of();
        NumberMention m = st.value().mention();
        switch (st.kind()) {
            case "figure", "year", "date" -> {
                value = st.kind().equals("year") ? (Object) (long) m.interval().low() : m.text().strip();
                units = unitsOf(s, m);
                property = vocabularyProperty(s, st.value()).orElse(null);
            }
            case "category" -> {
                value = st.value().value();
                property = st.value().id();
            }
            default -> {
                value = s.inClauses(java.util.Set.of(st.value().clause())).stream()
                        .filter(x -> x.is(StatementPart.Kind.ENTITY) && x != st.subject()).map(StatementPart::id).distinct().toList();
                property = entitySetProperty(s, st.value()).orElse(null);
            }
        }
        List<Suggestion.Existing> existing = new ArrayList<>();
        CheckResult check = checker.check(a.quote(), null);
        Interpretation in = check.interpretation();
        boolean same = in.value() instanceof Stated.Amount amount && m != null && amount.mention().text().strip().equals(m.text().strip())
                || m == null && in.property() != null && in.property().equals(property);
        if (same && check.verdict() != Verdict.NOT_ENOUGH_INFO && in.subject() != null && in.property() != null) {
            subject = in.subject();
            property = in.property();
            for (Evidence e : check.evidence()) {
                if (e.relation() == Evidence.Relation.SUPPORTS || e.relation() == Evidence.Relation.CONTRADICTS) {
                    existing.add(new Suggestion.Existing(e.stored().claim().id(), e.relation() == Evidence.Relation.SUPPORTS
                            ? Suggestion.Relation.AGREES : Suggestion.Relation.CONFLICTS, false));
                }
            }
        }
        for (StoredClaim c : ofSource) {
            if (sameFact(c, a.anchor(), value, units, st.qualifiers())) {
                existing.removeIf(x -> x.claimId().equals(c.claim().id()));
                existing.add(0, new Suggestion.Existing(c.claim().id(), Suggestion.Relation.AGREES, true));
                if (subject == null || property == null) {
                    subject = c.claim().subject();
                    property = c.claim().property();
                }
            }
        }
        String unit = unitFor(units, property);
        List<String> subjectWords = subject == null ? words(s, st, true) : List.of();
        List<String> propertyWords = property == null ? words(s, st, false) : List.of();
        Double low = m == null ? null : m.interval().low();
        Double high = m == null || Double.isInfinite(m.interval().high()) ? null : m.interval().high();
        double score = score(subject, property, unit, m, existing, a.quote());
        List<String> candidates = m == null ? List.of() : candidates(s, st.value(), units);
        return Optional.of(new Suggestion(st.kind(), a.quote(), a.anchor(), s.text().strip(), subject, subjectWords, property, propertyWords,
                candidates, value, unit, low, high, m == null ? null : m.hedge(), st.qualifiers(), score, existing));
    }

    private record Anchored(String quote, Anchor anchor) {
    }

    /**
     * The quote of a passage of the sentence, anchored where it was read: if the anchorer finds the
     * same words earlier in the source, the quote grows to the whole sentence; if that is not unique
     * either, there is no verifiable quote and no suggestion.
     */
    private static Optional<Anchored> anchor(SourceText source, ReadingCopy copy, int offset, String sentence, int start, int end) {
        for (int[] span : List.of(new int[] {start, end}, new int[] {0, sentence.length()})) {
            int s = span[0];
            int e = span[1];
            while (s < e && (Character.isWhitespace(sentence.charAt(s)) || "，；。,;.!?！？、：:".indexOf(sentence.charAt(s)) >= 0)) {
                s++;
            }
            while (e > s && (Character.isWhitespace(sentence.charAt(e - 1)) || "，；。,;、：:".indexOf(sentence.charAt(e - 1)) >= 0)) {
                e--;
            }
            if (s >= e) {
                continue;
            }
            String quote = sentence.substring(s, e);
            int expected = copy.origin(offset + s);
            AnchorResult r = QuoteAnchorer.anchor(source.folded(), quote);
            if (r.isFound() && Math.abs(r.anchor().position().start() - expected) <= 1
                    && r.anchor().position().end() >= copy.origin(offset + e - 1)) {
                return Optional.of(new Anchored(quote, r.anchor()));
            }
        }
        return Optional.empty();
    }

    /**
     * Properties this figure can be a value of: its kind fits the datatype and its unit (if one is
     * written) the property's dimension; those a word of the clause names first.
     */
    private List<String> candidates(SentenceParts s, StatementPart value, List<String> units) {
        List<String> named = s.inClauses(java.util.Set.of(value.clause())).stream().filter(x -> x.is(StatementPart.Kind.VOCABULARY))
                .map(StatementPart::id).toList();
        return catalog.properties().stream()
                .filter(p -> s.reading().fits(value.mention(), p, catalog))
                .filter(p -> units.isEmpty() ? p.unit() == null || value.mention().kind() != NumberMention.Kind.NUMBER
                        : units.stream().anyMatch(u -> SentenceReading.sameDimension(catalog, u, p.unit())))
                .sorted(Comparator.comparing((PropertyDef p) -> !named.contains(p.id())))
                .map(PropertyDef::id).limit(5).toList();
    }

    /** Every unit the word beside the figure may stand for ("条" is a clause of a policy or an item). */
    private List<String> unitsOf(SentenceParts s, NumberMention m) {
        List<String> units = s.reading().unitsOf(m).stream().map(h -> h.term().id()).distinct().toList();
        if (!units.isEmpty()) {
            return units;
        }
        return m.kind() == NumberMention.Kind.PERCENT ? catalog.unitIdByName("%").stream().toList() : List.of();
    }

    /** Of the units a word may stand for, the property's own when it is one of them. */
    private String unitFor(List<String> units, String property) {
        String own = property == null ? null : catalog.property(property).map(PropertyDef::unit).orElse(null);
        return own != null && units.contains(own) ? own : units.isEmpty() ? null : units.get(0);
    }

    /** A property whose generic word the value's clause uses, when the value can be one of its values. */
    private Optional<String> vocabularyProperty(SentenceParts s, StatementPart value) {
        List<String> ids = s.inClauses(java.util.Set.of(value.clause())).stream().filter(x -> x.is(StatementPart.Kind.VOCABULARY))
                .map(StatementPart::id).distinct()
                .filter(id -> catalog.property(id).map(p -> s.reading().fits(value.mention(), p, catalog)).orElse(false)).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private Optional<String> entitySetProperty(SentenceParts s, StatementPart cue) {
        List<String> ids = s.inClauses(java.util.Set.of(cue.clause())).stream().filter(x -> x.is(StatementPart.Kind.VOCABULARY))
                .map(StatementPart::id).distinct()
                .filter(id -> catalog.property(id).map(p -> p.datatype() == Datatype.ENTITY_SET).orElse(false)).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Whether a stored claim quotes this passage and states this value (normalised under the claim's own property). */
    private boolean sameFact(StoredClaim stored, Anchor anchor, Object value, List<String> units, Map<String, String> qualifiers) {
        var c = stored.claim();
        var pos = c.anchor().position();
        if (pos.end() <= anchor.position().start() || pos.start() >= anchor.position().end()) {
            return false;
        }
        PropertyDef p = catalog.property(c.property()).orElse(null);
        if (p == null || value == null) {
            return false;
        }
        Map<String, String> q = new LinkedHashMap<>(c.qualifiers());
        qualifiers.forEach(q::putIfAbsent);
        String unit = units.isEmpty() || c.unit() != null && units.contains(c.unit()) ? c.unit() : units.get(0);
        ValueNormalizer.Result r = ValueNormalizer.normalize(p, value, unit, q, catalog);
        if (!r.ok()) {
            return false;
        }
        return r.value() instanceof ClaimValue.Numeric n && c.normalized() instanceof ClaimValue.Numeric cn
                ? n.interval().equals(cn.interval()) : r.value().equals(c.normalized());
    }

    /** Content words of the value's clause that may name the subject (before the value) or the property (the rest). */
    private static List<String> words(SentenceParts s, Statement st, boolean subject) {
        return s.inClauses(java.util.Set.of(st.value().clause())).stream()
                .filter(x -> x.is(StatementPart.Kind.TERM) || x.is(StatementPart.Kind.VOCABULARY) || x.is(StatementPart.Kind.ENTITY))
                .filter(x -> subject == (x.end() <= st.value().start()))
                .map(x -> x.text().strip()).distinct().limit(4).toList();
    }

    /**
     * Check-worthiness from what was found, not from words: a subject, a property, a unit, a bound
     * or scale, and claims already stating it each make the suggestion more complete; a bare figure
     * in a short fragment (a section number, "第一") less.
     */
    private static double score(String subject, String property, String unit, NumberMention m, List<Suggestion.Existing> existing,
                                String quote) {
        double score = 0.2;
        score += subject != null ? 0.25 : 0;
        score += property != null ? 0.2 : 0;
        score += unit != null || m != null && m.kind() != NumberMention.Kind.NUMBER ? 0.1 : 0;
        score += m != null && (m.hedge() != null || m.interval().low() >= 10_000) ? 0.1 : 0;
        score += existing.isEmpty() ? 0 : 0.15;
        boolean bare = m != null && m.kind() == NumberMention.Kind.NUMBER && unit == null && m.hedge() == null
                && !SentenceReading.looksLikeYear(m);
        // A bare number with neither unit nor bound is a section number, a postcode or a list label far more often than a claim.
        score -= bare ? 0.35 : 0;
        int rest = quote.codePointCount(0, quote.length()) - (m == null ? 0 : m.text().strip().codePointCount(0, m.text().strip().length()));
        score -= rest < 4 ? 0.3 : 0;
        return Math.max(0, Math.min(1, Math.round(score * 100) / 100.0));
    }
}
