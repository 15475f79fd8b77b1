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
 * use; {@link StatementFinder} says which parts are statements. Each becomes a suggestion with the
 * subject and property resolved where the parts, the catalog or the stored claims allow.
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
            for (StatementFinder.Statement st : StatementFinder.statements(parts)) {
                suggestion(source, copy, span.start(), parts, st, ofSource).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt((Suggestion s) -> s.anchor().position().start()).thenComparingInt(s -> s.anchor().position().end()));
        return out;
    }

    // ---- one suggestion ----

    private Optional<Suggestion> suggestion(SourceText source, ReadingCopy copy, int offset, SentenceParts s, StatementFinder.Statement st,
                                            List<StoredClaim> ofSource) {
        int[] clause = s.reading().clauseSpan(st.value().clause());
        if (StatementFinder.timeOnly(s, st.value()) && st.value().clause() + 1 < StatementFinder.clauseCount(s)) {
            // "2019年，该研究院成立": the year's clause says only when; what happened is in the next one.
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
        java.util.Set<Integer> clauses = new java.util.TreeSet<>();
        for (int c = s.reading().clauseOf(start); c <= s.reading().clauseOf(Math.max(start, clause[1] - 1)); c++) {
            clauses.add(c);
        }
        String subject = st.subject() == null ? null : st.subject().id();
        String property = null;
        Object value;
        List<String> units = List.of();
        NumberMention m = st.value().mention();
        switch (st.kind()) {
            case "figure", "year", "date" -> {
                value = st.kind().equals("year") ? (Object) (long) m.interval().low() : m.text().strip();
                // A property's generic word ("占比", "成立") only ranks it first among the candidates: alone it is too weak
                // to assert which fact this is; stored claims stating the same fact (below) resolve it.
                units = unitsOf(s, m);
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
        List<String> subjectWords = subject == null ? words(s, st, clauses, true) : List.of();
        List<String> propertyWords = property == null ? words(s, st, clauses, false) : List.of();
        Double low = m == null ? null : m.interval().low();
        Double high = m == null || Double.isInfinite(m.interval().high()) ? null : m.interval().high();
        String unitText = unit == null && m != null && m.kind() == NumberMention.Kind.NUMBER ? measureWord(s, m) : null;
        if (unit == null && unitText == null && !units.isEmpty() && m != null) {
            unitText = s.reading().unitsOf(m).get(0).text().strip();
        }
        double score = score(st.kind(), subject, subjectWords, property, propertyWords, unit, unitText, m, existing, a.quote());
        List<String> candidates = m == null ? List.of() : candidates(s, st.value(), units);
        return Optional.of(new Suggestion(st.kind(), a.quote(), a.anchor(), s.text().strip(), subject, subjectWords, property, propertyWords,
                candidates, value, unit, unitText, low, high, m == null ? null : m.hedge(), st.qualifiers(), score, existing));
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

    /** The Han word written right after a figure, when no catalog unit has its name: a measure word ("12条", "3.2万吨"). */
    private static String measureWord(SentenceParts s, NumberMention m) {
        Optional<String> word = s.parts().stream().filter(x -> x.start() == m.end() && !x.is(StatementPart.Kind.FIGURE)
                        && !x.is(StatementPart.Kind.YEAR))
                .map(x -> x.text().strip()).filter(t -> !t.isEmpty() && han(t.codePointAt(0))).findFirst();
        if (word.isPresent()) {
            return word.get();
        }
        // Chinese measure words are mostly one character the analyser keeps no word for ("3.2万吨", "1.5万辆").
        String text = s.text();
        return m.end() < text.length() && han(text.codePointAt(m.end())) ? text.substring(m.end(), text.offsetByCodePoints(m.end(), 1)) : null;
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Every unit the word beside the figure may stand for ("条" is a clause of a policy or an item). */
    private List<String> unitsOf(SentenceParts s, NumberMention m) {
        // A unit only of a dimension some property this figure fits is measured in ("过半位于园区": 位 is no unit of a share).
        List<String> units = s.reading().unitsOf(m).stream().map(h -> h.term().id()).distinct()
                .filter(u -> catalog.properties().stream().anyMatch(p -> s.reading().fits(m, p, catalog)
                        && SentenceReading.sameDimension(catalog, u, p.unit()))).toList();
        if (!units.isEmpty()) {
            return units;
        }
        return m.kind() == NumberMention.Kind.PERCENT ? catalog.unitIdByName("%").stream().toList() : List.of();
    }

    /**
     * Of the units a word may stand for, the property's own when it is one of them; without a
     * property, only a unit that is the one of its dimension (美元, %): a measure word of a
     * dimension several units share ("家": firms or institutions) says what is counted only
     * together with the property, so it is left to the curator.
     */
    private String unitFor(List<String> units, String property) {
        String own = property == null ? null : catalog.property(property).map(PropertyDef::unit).orElse(null);
        if (own != null && units.contains(own)) {
            return own;
        }
        if (units.size() != 1 || property == null && sharesDimension(units.get(0))) {
            return null;
        }
        return units.get(0);
    }

    private boolean sharesDimension(String unit) {
        return catalog.units().stream().filter(u -> SentenceReading.sameDimension(catalog, u.id(), unit)).count() > 1;
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

    /**
     * Content words of the quote's clauses that may name the subject (before the value) or the
     * property (after it). A Chinese clause often leaves its subject to the one before ("门店总数增至86家，
     * 比去年新增9家"): with no word before the value, the previous clause's words are offered.
     */
    private static List<String> words(SentenceParts s, StatementFinder.Statement st, java.util.Set<Integer> clauses, boolean subject) {
        List<String> out = content(s, clauses).stream().filter(x -> subject == (x.end() <= st.value().start()))
                .map(x -> x.text().strip()).distinct().limit(4).toList();
        if (out.isEmpty() && subject && st.value().clause() > 0) {
            out = content(s, java.util.Set.of(st.value().clause() - 1)).stream().map(x -> x.text().strip()).distinct().limit(4).toList();
        }
        return out;
    }

    private static List<StatementPart> content(SentenceParts s, java.util.Set<Integer> clauses) {
        return s.inClauses(clauses).stream()
                .filter(x -> x.is(StatementPart.Kind.TERM) || x.is(StatementPart.Kind.VOCABULARY) || x.is(StatementPart.Kind.ENTITY))
                .toList();
    }

    /**
     * Check-worthiness from the statement itself, not from what the catalog happens to know (a new
     * article names new firms): a value of a definite kind (a unit or measure word, a share, a rank,
     * a year, a date, a category), a bound or scale, something it is about and something it
     * measures, each resolved or at least worded; claims already stating it. A bare number with
     * neither unit, measure word nor bound (a section number, a postcode) and a fragment with
     * hardly a word besides the figure score low.
     */
    private static double score(String kind, String subject, List<String> subjectWords, String property, List<String> propertyWords,
                                String unit, String unitText, NumberMention m, List<Suggestion.Existing> existing, String quote) {
        // A category word names its own property, so that vouches for nothing: field and origin words occur in every
        // list of fields; only a subject of their own clause and claims already stating it make one a statement.
        boolean category = kind.equals("category");
        boolean definite = !category && (unit != null || unitText != null || m == null || m.kind() != NumberMention.Kind.NUMBER
                || SentenceReading.looksLikeYear(m));
        double score = 0.15;
        score += definite ? 0.3 : 0;
        score += m != null && (m.hedge() != null || m.interval().low() >= 10_000) ? 0.1 : 0;
        score += subject != null ? 0.25 : !category && !subjectWords.isEmpty() ? 0.15 : 0;
        score += category ? 0 : property != null ? 0.2 : !propertyWords.isEmpty() ? 0.1 : 0;
        score += existing.isEmpty() ? 0 : 0.1;
        boolean bare = m != null && m.kind() == NumberMention.Kind.NUMBER && unit == null && unitText == null && m.hedge() == null
                && !SentenceReading.looksLikeYear(m);
        score -= bare ? 0.35 : 0;
        int rest = quote.codePointCount(0, quote.length()) - (m == null ? 0 : m.text().strip().codePointCount(0, m.text().strip().length()));
        score -= rest < 4 ? 0.3 : 0;
        return Math.max(0, Math.min(1, Math.round(score * 100) / 100.0));
    }
}
