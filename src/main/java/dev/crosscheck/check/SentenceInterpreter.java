package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.EntityDef;
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
import java.util.TreeSet;

/**
 * Reads one sentence (Simplified or Traditional Chinese, or English) as a statement about the
 * catalog: a subject entity, a property, a value and its qualifiers, or entities said to belong
 * to a set. Every word it relies on comes from the catalog, the qualifier words or the number
 * grammar; candidate readings are scored and the best is kept, the others become alternatives.
 *
 * <p>Scoring prefers, in this order: a subject and property the sources have claims about, a
 * value of the property's kind in the sentence (a figure in its unit, an entity of the right
 * type, a category word), the longest keywords, and the subject named first.
 */
final class SentenceInterpreter {

    static final String AS_OF = "asOf";
    static final String RANKING = "ranking";

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
    private static final int STRAY_FIGURE = 10;
    private static final int POSITION = 2;

    private final Catalog catalog;
    private final Lexicon lexicon;
    private final ClaimBook book;
    private final ValueReader values;

    SentenceInterpreter(Catalog catalog, Lexicon lexicon, ClaimBook book) {
        this.catalog = catalog;
        this.lexicon = lexicon;
        this.book = book;
        this.values = new ValueReader(catalog, book);
    }

    /** A reading: the subject and property of the statement, with the other properties worth showing. */
    private record Choice(String subject, PropertyDef property, double score, boolean valueFound, boolean named,
                          List<String> alternatives) {
    }

    /** What every interpretation of one sentence shares. */
    private record Context(SentenceReading reading, Roles roles, String lang, boolean langDetected, boolean negated) {
    }

    Interpretation interpret(String text, String lang) {
        SentenceReading r = new SentenceReading(text, lexicon, catalog);
        Roles roles = new Roles(r);
        List<Hit> negations = r.cues(Lexicon.NEGATION);
        roles.useAll(negations, "negation");
        Context ctx = new Context(r, roles, lang != null ? lang : detectLanguage(text), lang == null, !negations.isEmpty());
        Choice choice = choose(r);
        Optional<Interpretation> members = membership(ctx, choice);
        if (members.isPresent()) {
            return members.get();
        }
        if (choice == null || choice.property() == null) {
            String subject = choice == null ? null : choice.subject();
            List<String> notes = new ArrayList<>();
            notes.add(subject == null ? "no entity of the catalog (firm, place, person, product, ranking …) was recognised"
                    : "no property was recognised: none of the keywords declared in claims/properties.yaml is in the sentence");
            r.firstEntityHit(subject == null ? "" : subject).ifPresent(h -> roles.use(h, "subject"));
            return build(ctx, Interpretation.Mode.NONE, subject, null, null, Map.of(), notes, List.of(), false);
        }
        return statement(ctx, choice);
    }

    // ---- choosing subject and property ----

    private Choice choose(SentenceReading r) {
        List<String> entities = r.entityIds();
        if (entities.isEmpty()) {
            return null;
        }
        Map<String, Double> weights = keywordWeights(r);
        List<Choice> scored = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            String e = entities.get(i);
            Set<String> props = new LinkedHashSet<>(weights.keySet());
            if (!figureExplained(r, weights.keySet())) {
                props.addAll(propertiesByFigure(r, e));
            }
            for (String pid : props) {
                PropertyDef p = catalog.property(pid).orElse(null);
                if (p == null) {
                    continue;
                }
                double fit = valueFit(r, p, e);
                double score = weights.getOrDefault(pid, 0.0) + (book.has(e, pid) ? HAS_CLAIMS : 0) + fit - POSITION * i;
                scored.add(new Choice(e, p, score, fit > 0, weights.containsKey(pid), List.of()));
            }
        }
        if (scored.isEmpty()) {
            return new Choice(entities.get(0), null, 0, false, false, List.of());
        }
        scored.sort(Comparator.comparingDouble(Choice::score).reversed());
        Choice best = scored.get(0);
        List<String> alternatives = new ArrayList<>();
        for (Choice c : scored) {
            if (c.subject().equals(best.subject()) && c.property() != best.property() && book.has(c.subject(), c.property().id())
                    && alternatives.size() < 3 && !alternatives.contains(c.property().id())) {
                alternatives.add(c.property().id());
            }
        }
        return new Choice(best.subject(), best.property(), best.score(), best.valueFound(), best.named(), List.copyOf(alternatives));
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

    /** Whether some keyword-named property takes one of the sentence's figures as its value. */
    private boolean figureExplained(SentenceReading r, Set<String> properties) {
        for (String pid : properties) {
            PropertyDef p = catalog.property(pid).orElse(null);
            if (p != null && r.numbers().stream().anyMatch(m -> r.fits(m, p, catalog))) {
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
        List<Hit> anchors = anchors(r, p, subject);
        if (dt.isNumeric() || dt == Datatype.DATE) {
            Optional<NumberMention> m = values.mention(r, p, anchors);
            if (m.isEmpty()) {
                return -NO_VALUE;
            }
            boolean unitFits = r.unitsOf(m.get()).stream().anyMatch(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit()));
            return VALUE_FITS + (unitFits ? UNIT_FITS : 0);
        }
        boolean keyword = r.propertyHits(p.id()).stream().anyMatch(h -> !r.insideEntity(h));
        double stray = hasFigures(r) ? -STRAY_FIGURE : 0;
        return stray + switch (dt) {
            case ENTITY -> values.entity(r, p, subject, Set.of(), anchors).isPresent() ? NAMED_ENTITY : -WEAK;
            // A category word alone ("大模型") is weak evidence; with a keyword of the property ("专注机器人") strong.
            case CATEGORY -> values.category(r, p).isPresent() ? (keyword ? NAMED_VALUE : WEAK) : -WEAK;
            // For a yes/no property the keyword is the statement ("开源", "open source").
            case BOOLEAN -> keyword ? NAMED_VALUE - WEAK : 0;
            default -> -VALUE_FITS;
        };
    }

    private static boolean hasFigures(SentenceReading r) {
        return r.numbers().stream().anyMatch(m -> m.kind() != NumberMention.Kind.YEAR && m.kind() != NumberMention.Kind.DATE
                && !SentenceReading.looksLikeYear(m));
    }

    private static List<Hit> anchors(SentenceReading r, PropertyDef p, String subject) {
        List<Hit> kw = r.propertyHits(p.id());
        if (!kw.isEmpty()) {
            return kw;
        }
        return r.firstEntityHit(subject).map(List::of).orElse(List.of());
    }

    // ---- membership ----

    /**
     * "X is one of the Six Little Dragons", "X and Y are among them", "the six are A, B …": a
     * named entity with a set-valued claim (the group) and other entities of the kind its sets
     * hold, with a membership word, a keyword of the set property, or nothing else to check.
     */
    private Optional<Interpretation> membership(Context ctx, Choice choice) {
        SentenceReading r = ctx.reading();
        boolean cue = !r.cues(Lexicon.MEMBERSHIP).isEmpty();
        for (String group : r.entityIds()) {
            Set<String> setProps = book.setProperties(group);
            if (setProps.isEmpty()) {
                continue;
            }
            Set<String> types = new HashSet<>();
            setProps.forEach(sp -> types.addAll(book.valueTypes(group, sp)));
            TreeSet<String> members = new TreeSet<>();
            for (String x : r.entityIds()) {
                if (!x.equals(group) && types.contains(catalog.entity(x).map(EntityDef::type).orElse(null))) {
                    members.add(x);
                }
            }
            String keyword = setProps.stream().filter(sp -> r.propertyHits(sp).stream().anyMatch(h -> !r.insideEntity(h)))
                    .findFirst().orElse(null);
            boolean strongValue = choice != null && choice.property() != null && choice.valueFound()
                    && book.has(choice.subject(), choice.property().id()) && !setProps.contains(choice.property().id());
            boolean otherStatement = strongValue || hasFigures(r);
            if (members.isEmpty() || (cue || keyword != null ? strongValue : otherStatement)) {
                continue;
            }
            String property = keyword != null ? keyword : bestSetProperty(group, setProps, members);
            Roles roles = ctx.roles();
            for (Hit h : r.entities()) {
                if (h.term().id().equals(group)) {
                    roles.use(h, "group");
                } else if (members.contains(h.term().id())) {
                    roles.use(h, "member");
                }
            }
            roles.useAll(r.cues(Lexicon.MEMBERSHIP), "membership");
            roles.useAll(r.propertyHits(property), "property");
            return Optional.of(build(ctx, Interpretation.Mode.MEMBERSHIP, group, property, new Stated.Members(members), Map.of(),
                    new ArrayList<>(), List.of(), true));
        }
        return Optional.empty();
    }

    /** The set property whose stored sets hold most of the named members. */
    private String bestSetProperty(String group, Set<String> setProps, Set<String> members) {
        String best = null;
        long bestCount = -1;
        for (String sp : setProps) {
            long n = book.of(group, sp).stream().flatMap(c -> ClaimBook.entityValues(c).stream()).filter(members::contains).distinct().count();
            if (n > bestCount) {
                best = sp;
                bestCount = n;
            }
        }
        return best;
    }

    // ---- the statement ----

    private Interpretation statement(Context ctx, Choice c) {
        SentenceReading r = ctx.reading();
        Roles roles = ctx.roles();
        PropertyDef p = c.property();
        r.entities().stream().filter(h -> h.term().id().equals(c.subject())).forEach(h -> roles.use(h, "subject"));
        List<Hit> keywords = r.propertyHits(p.id());
        roles.useAll(keywords, "property");
        List<String> notes = new ArrayList<>();
        Stated value = readValue(ctx, c, keywords, notes);
        Map<String, String> qualifiers = qualifiers(ctx, c, keywords);
        if (!c.named()) {
            notes.add("no word of the sentence names the " + p.displayLabel() + "; the figure's kind and unit point to it");
        }
        return build(ctx, Interpretation.Mode.VALUE, c.subject(), p.id(), value, qualifiers, notes, c.alternatives(), c.named());
    }

    private Stated readValue(Context ctx, Choice c, List<Hit> keywords, List<String> notes) {
        SentenceReading r = ctx.reading();
        Roles roles = ctx.roles();
        PropertyDef p = c.property();
        List<Hit> anchors = anchors(r, p, c.subject());
        Datatype dt = p.datatype();
        if (dt.isNumeric()) {
            Optional<NumberMention> m = values.mention(r, p, anchors);
            if (m.isEmpty()) {
                notes.add("no figure for " + p.displayLabel() + " was found in the sentence");
                return null;
            }
            roles.use(m.get(), "value");
            Stated.Amount a = values.amount(r, p, m.get());
            values.unitHit(r, a).ifPresent(h -> roles.use(h, "unit"));
            if (a.unitAssumed()) {
                notes.add("no unit was written after '" + m.get().text().strip() + "'; it was read in " + a.unit().id()
                        + ", the unit of " + p.displayLabel());
            }
            return a;
        }
        return switch (dt) {
            case DATE -> date(r, roles, p, anchors, notes);
            case ENTITY -> values.entity(r, p, c.subject(), Set.of(), anchors).map(h -> {
                r.entities().stream().filter(x -> x.term().id().equals(h.term().id())).forEach(x -> roles.use(x, "value"));
                return (Stated) new Stated.Entity(h.term().id());
            }).orElseGet(() -> {
                notes.add("no entity was named as the " + p.displayLabel() + " (a name of the kind the sources give)");
                return null;
            });
            case CATEGORY -> values.category(r, p).map(h -> {
                roles.use(h, "value");
                return (Stated) new Stated.Category(h.term().value());
            }).orElseGet(() -> {
                notes.add("no word naming a " + p.displayLabel() + " (one of " + p.categories() + ") was found");
                return null;
            });
            case BOOLEAN -> new Stated.Holds();
            default -> {
                notes.add(p.displayLabel() + " is a " + dt.wireName() + " property, which sentences are not compared on");
                yield null;
            }
        };
    }

    private Stated date(SentenceReading r, Roles roles, PropertyDef p, List<Hit> anchors, List<String> notes) {
        Optional<NumberMention> m = values.mention(r, p, anchors);
        if (m.isEmpty()) {
            notes.add("no date was found in the sentence");
            return null;
        }
        roles.use(m.get(), "value");
        int md = (int) m.get().interval().low();
        Integer year = null;
        for (NumberMention y : r.numbers()) {
            if (y.kind() == NumberMention.Kind.YEAR) {
                year = (int) y.interval().low();
                roles.use(y, "value");
                break;
            }
        }
        return new Stated.Date(md / 100, md % 100, year);
    }

    /** The qualifiers the sentence states: a ranking named or implied, a year, scope and metric words. */
    private Map<String, String> qualifiers(Context ctx, Choice c, List<Hit> keywords) {
        SentenceReading r = ctx.reading();
        Roles roles = ctx.roles();
        Map<String, String> q = new LinkedHashMap<>();
        for (Hit h : r.entities()) {
            String id = h.term().id();
            boolean ranking = catalog.entity(id).map(e -> ClaimBook.RANKING_TYPES.contains(e.type())).orElse(false);
            if (ranking && !id.equals(c.subject()) && !q.containsKey(RANKING)) {
                q.put(RANKING, id);
                roles.use(h, "qualifier");
            }
        }
        if (c.property().datatype() == Datatype.RANK && !q.containsKey(RANKING)) {
            for (Hit h : r.entities()) {
                Set<String> linked = book.rankingsLinkedTo(h.term().id());
                if (!h.term().id().equals(c.subject()) && linked.size() == 1) {
                    q.put(RANKING, linked.iterator().next());
                    roles.use(h, "qualifier");
                    break;
                }
            }
        }
        for (NumberMention m : r.numbers()) {
            boolean year = m.kind() == NumberMention.Kind.YEAR || SentenceReading.looksLikeYear(m) && r.unitsOf(m).isEmpty();
            if (year && !roles.used(m) && !q.containsKey(AS_OF)) {
                q.put(AS_OF, Long.toString((long) m.interval().low()));
                roles.use(m, "qualifier");
            }
        }
        Map<String, Hit> words = new LinkedHashMap<>();
        for (Hit h : r.hits(Term.Kind.QUALIFIER)) {
            if (keywords.stream().noneMatch(h::strictlyWithin)) {
                words.merge(h.term().id(), h, (a, b) -> b.weight() > a.weight() ? b : a);
            }
        }
        Set<String> keysInUse = new HashSet<>();
        book.of(c.subject(), c.property().id()).forEach(claim -> keysInUse.addAll(claim.qualifiers().keySet()));
        words.forEach((key, h) -> {
            // Words that draw no line between the stored claims ("外资" when checking the investment itself) are not qualifiers here.
            if (keysInUse.contains(key) && q.putIfAbsent(key, h.term().value()) == null) {
                roles.use(h, "qualifier");
            }
        });
        return q;
    }

    private Interpretation build(Context ctx, Interpretation.Mode mode, String subject, String property, Stated value,
                                 Map<String, String> qualifiers, List<String> notes, List<String> alternatives, boolean named) {
        Roles roles = ctx.roles();
        List<String> unchecked = roles.uncheckedFigures();
        for (String f : unchecked) {
            notes.add("the figure '" + f + "' was not checked");
        }
        for (String e : roles.unusedEntities()) {
            notes.add("'" + e + "' was recognised but is not part of the statement checked");
        }
        return new Interpretation(ctx.reading().text(), ctx.lang(), ctx.langDetected(), mode, subject, property, value,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers)), ctx.negated(), roles.recognised(), List.copyOf(notes), alternatives, unchecked, named);
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
