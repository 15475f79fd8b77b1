package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.shared.text.TextFolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one sentence (Simplified or Traditional Chinese, or English) as statements about the
 * catalog: a subject entity, a property, a value and its qualifiers, or entities said to belong
 * to a set. Every word it relies on comes from the catalog, the qualifier words or the number
 * grammar; candidate readings are scored and the best is kept, the others become alternatives.
 *
 * <p>Scoring prefers, in this order: a subject and property the sources have claims about, a
 * value of the property's kind in the sentence (a figure in its unit, an entity of the right
 * type, a category word), the longest keywords, and the subject named first.
 *
 * <p>A sentence may state more than one figure ("trained on 2,048 GPUs for $5.6 million"): each
 * figure the first statement leaves unchecked is read as a further statement when it is the
 * value of another property the sources have claims about.
 */
final class SentenceInterpreter {

    private static final double IN_NAME = 0.3;
    private static final double CATEGORY_WEIGHT = 0.5;
    private static final int HAS_CLAIMS = 100;
    private static final int VALUE_FITS = 20;
    private static final int UNIT_FITS = 10;
    private static final int NO_VALUE = 40;
    private static final int NAMED_VALUE = 15;
    /** An entity of the very type the property's stored values have is a specific signal. */
    private static final int NAMED_ENTITY = 20;
    private static final int WEAK = 5;
    private static final int STORED_VALUE = 10;
    private static final int STRAY_FIGURE = 10;
    private static final int POSITION = 2;

    private final Catalog catalog;
    private final Lexicon lexicon;
    private final ClaimBook book;
    private final ValueReader values;
    private final StatementReader statements;
    private final MembershipReader memberships;

    SentenceInterpreter(Catalog catalog, Lexicon lexicon, ClaimBook book) {
        this.catalog = catalog;
        this.lexicon = lexicon;
        this.book = book;
        this.values = new ValueReader(catalog, book);
        this.statements = new StatementReader(catalog, book, values);
        this.memberships = new MembershipReader(catalog, book);
    }

    /** The statements of a sentence, the main one first; never empty. */
    List<Interpretation> interpretAll(String text, String lang) {
        SentenceReading r = new SentenceReading(text, lexicon, catalog);
        String detected = detectLanguage(text);
        SentenceContext ctx = SentenceContext.of(r, lang, detected);
        Candidate choice = choose(r, null);
        boolean strongValue = choice != null && choice.property() != null && choice.valueFound()
                && book.has(choice.subject(), choice.property().id()) && choice.property().datatype() != Datatype.ENTITY_SET;
        Optional<Interpretation> members = memberships.read(ctx, strongValue, hasFigures(r));
        if (members.isPresent()) {
            return List.of(members.get());
        }
        if (choice == null || choice.property() == null) {
            return List.of(none(ctx, choice));
        }
        Interpretation main = statements.read(ctx, choice);
        List<Interpretation> out = new ArrayList<>();
        out.add(main);
        Set<String> coveredFigures = new HashSet<>();
        for (NumberMention m : r.numbers()) {
            if (!main.uncheckedFigures().contains(m.text().strip())) {
                continue;
            }
            SentenceReading focused = r.focus(m);
            // The same property again is another statement only in another clause ("…全国第四，外资利用全国第三").
            boolean sameClause = main.value() instanceof Stated.Amount a && r.clauseOf(a.mention().start()) == r.clauseOf(m.start());
            Candidate more = choose(focused, sameClause ? choice : null);
            if (more != null && more.property() != null && more.property().datatype().isNumeric() && more.valueFound()
                    && book.has(more.subject(), more.property().id())) {
                out.add(statements.read(SentenceContext.of(focused, lang, detected), more));
                coveredFigures.add(m.text().strip());
            }
        }
        out.set(0, main.checkedElsewhere(coveredFigures));
        return List.copyOf(out);
    }

    private static Interpretation none(SentenceContext ctx, Candidate choice) {
        String subject = choice == null ? null : choice.subject();
        List<String> notes = new ArrayList<>();
        notes.add(subject == null ? "no entity of the catalog (firm, place, person, product, ranking …) was recognised"
                : "no property was recognised: none of the keywords declared in claims/properties.yaml is in the sentence");
        ctx.reading().firstEntityHit(subject == null ? "" : subject).ifPresent(h -> ctx.roles().use(h, "subject"));
        return ctx.interpretation(Interpretation.Mode.NONE, subject, null, null, Map.of(), notes, List.of(), false);
    }

    // ---- choosing subject and property ----

    /** The best reading, skipping {@code excluded} (a statement already read); null without any entity. */
    private Candidate choose(SentenceReading r, Candidate excluded) {
        List<String> entities = r.entityIds();
        if (entities.isEmpty()) {
            return null;
        }
        Map<String, Double> weights = keywordWeights(r);
        List<Candidate> scored = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            String e = entities.get(i);
            Set<String> props = new LinkedHashSet<>(weights.keySet());
            if (!figureExplained(r, weights.keySet())) {
                props.addAll(propertiesByFigure(r, e));
            }
            for (String pid : props) {
                PropertyDef p = catalog.property(pid).orElse(null);
                if (p == null || excluded != null && e.equals(excluded.subject()) && p == excluded.property()) {
                    continue;
                }
                double fit = valueFit(r, p, e);
                double score = weights.getOrDefault(pid, 0.0) + (book.has(e, pid) ? HAS_CLAIMS : 0) + fit - POSITION * i;
                scored.add(new Candidate(e, p, score, fit > 0, weights.containsKey(pid), List.of()));
            }
        }
        if (scored.isEmpty()) {
            return new Candidate(entities.get(0), null, 0, false, false, List.of());
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Candidate best = scored.get(0);
        List<String> alternatives = new ArrayList<>();
        for (Candidate c : scored) {
            if (c.subject().equals(best.subject()) && c.property() != best.property() && book.has(c.subject(), c.property().id())
                    && alternatives.size() < 3 && !alternatives.contains(c.property().id())) {
                alternatives.add(c.property().id());
            }
        }
        return new Candidate(best.subject(), best.property(), best.score(), best.valueFound(), best.named(), List.copyOf(alternatives));
    }

    /** Keyword evidence per property: longer keywords weigh more; a keyword inside a name ("六小龙") little. */
    private static Map<String, Double> keywordWeights(SentenceReading r) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (Hit h : r.hits()) {
            if (h.is(Term.Kind.PROPERTY)) {
                w.merge(h.term().id(), h.weight() * (r.insideEntity(h) ? IN_NAME : 1.0), Double::sum);
            } else if (h.is(Term.Kind.CATEGORY) && !r.insideEntity(h) && !alsoKeyword(r, h)) {
                w.merge(h.term().id(), h.weight() * CATEGORY_WEIGHT, Double::sum);
            }
        }
        return w;
    }

    /** A category word that is also a keyword of its property ("机器人") counts once. */
    private static boolean alsoKeyword(SentenceReading r, Hit category) {
        return r.propertyHits(category.term().id()).stream().anyMatch(k -> k.start() == category.start() && k.end() == category.end());
    }

    /**
     * Whether a keyword-named property takes one of the sentence's figures as its value, in its
     * unit when one is written. Then the keyword says what the figure is, even when the sources
     * have no claim of that property about the subject ("firm A has 45,000 customers" when only firm B's customers are known).
     */
    private boolean figureExplained(SentenceReading r, Set<String> properties) {
        for (String pid : properties) {
            PropertyDef p = catalog.property(pid).orElse(null);
            if (p != null && r.numbers().stream().anyMatch(m -> r.fits(m, p, catalog) && (r.unitsOf(m).isEmpty()
                    || r.unitsOf(m).stream().anyMatch(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit()))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * When no keyword names a property that takes the sentence's figure, the figure itself points
     * to the subject's properties of its kind and unit ("$5.6 million", "40 percent").
     */
    private Set<String> propertiesByFigure(SentenceReading r, String subject) {
        Set<String> out = new LinkedHashSet<>();
        for (NumberMention m : r.numbers()) {
            if (m.kind() == NumberMention.Kind.YEAR || SentenceReading.looksLikeYear(m)) {
                continue;
            }
            List<Hit> units = r.unitsOf(m);
            for (var c : book.ofSubject(subject)) {
                PropertyDef p = catalog.property(c.property()).orElse(null);
                if (p == null || !r.fits(m, p, catalog)) {
                    continue;
                }
                if (units.isEmpty() || units.stream().anyMatch(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit()))) {
                    out.add(p.id());
                }
            }
        }
        return out;
    }

    private double valueFit(SentenceReading r, PropertyDef p, String subject) {
        Datatype dt = p.datatype();
        List<Hit> anchors = ValueReader.anchors(r, p, subject);
        if (dt.isNumeric() || dt == Datatype.DATE) {
            Optional<NumberMention> m = values.mention(r, p, anchors);
            if (m.isEmpty()) {
                return -NO_VALUE;
            }
            List<Hit> units = r.unitsOf(m.get());
            if (units.stream().anyMatch(u -> u.term().id().equals(p.unit()))) {
                return VALUE_FITS + UNIT_FITS;
            }
            boolean sameDimension = units.stream().anyMatch(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit()));
            return VALUE_FITS + (sameDimension ? UNIT_FITS / 2 : 0);
        }
        boolean keyword = r.propertyHits(p.id()).stream().anyMatch(h -> !r.insideEntity(h));
        double stray = hasFigures(r) ? -STRAY_FIGURE : 0;
        return stray + switch (dt) {
            case ENTITY -> entityFit(r, p, subject, anchors);
            // A category word alone ("大模型") is weak evidence; with a keyword of the property ("专注机器人") strong.
            case CATEGORY -> values.category(r, p).isPresent() ? (keyword ? NAMED_VALUE : WEAK) : -WEAK;
            // For a yes/no property the keyword is the statement ("开源", "open source").
            case BOOLEAN -> keyword ? NAMED_VALUE - WEAK : 0;
            default -> -VALUE_FITS;
        };
    }

    /**
     * A named entity of the type the property's values have; more when the sources give that very
     * entity for this subject and property ("located in Yuhang District" is the district, not the city).
     */
    private double entityFit(SentenceReading r, PropertyDef p, String subject, List<Hit> anchors) {
        Optional<Hit> value = values.entity(r, p, subject, Set.of(), anchors);
        if (value.isEmpty()) {
            return -WEAK;
        }
        boolean stored = book.of(subject, p.id()).stream().anyMatch(c -> ClaimBook.entityValues(c).contains(value.get().term().id()));
        return NAMED_ENTITY + (stored ? STORED_VALUE : 0);
    }

    private static boolean hasFigures(SentenceReading r) {
        return r.numbers().stream().anyMatch(m -> m.kind() != NumberMention.Kind.YEAR && m.kind() != NumberMention.Kind.DATE
                && !SentenceReading.looksLikeYear(m));
    }

    /** zh-Hant when a character folds to another (Traditional), zh-Hans for other Chinese, else en. */
    static String detectLanguage(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han = true;
                if (TextFolder.fold(cp) != cp) {
                    return "zh-Hant";
                }
            }
            i += Character.charCount(cp);
        }
        return han ? "zh-Hans" : "en";
    }
}
