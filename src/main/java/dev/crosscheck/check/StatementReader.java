package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.value.NumberMention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the statement a sentence makes once its subject and property are chosen: the value (a
 * figure with its unit, an entity, a category, a date, or that a yes/no property holds) and the
 * qualifiers (a ranking named or implied by its publisher, a year, scope and metric words).
 */
final class StatementReader {

    static final String AS_OF = "asOf";
    static final String RANKING = "ranking";

    private final Catalog catalog;
    private final ClaimBook book;
    private final ValueReader values;

    StatementReader(Catalog catalog, ClaimBook book, ValueReader values) {
        this.catalog = catalog;
        this.book = book;
        this.values = values;
    }

    Interpretation read(SentenceContext ctx, Candidate c) {
        SentenceReading r = ctx.reading();
        Roles roles = ctx.roles();
        PropertyDef p = c.property();
        r.entities().stream().filter(h -> h.term().id().equals(c.subject())).forEach(h -> roles.use(h, "subject"));
        List<Hit> keywords = r.propertyHits(p.id());
        roles.useAll(keywords, "property");
        List<String> notes = new ArrayList<>();
        Stated value = readValue(ctx, c, keywords, notes);
        int at = value instanceof Stated.Amount a ? a.mention().start() : -1;
        Map<String, String> qualifiers = qualifiers(ctx, c, keywords, at);
        if (!c.named()) {
            notes.add("no word of the sentence names the " + p.displayLabel() + "; the figure's kind and unit point to it");
        }
        return ctx.interpretation(Interpretation.Mode.VALUE, c.subject(), p.id(), value, qualifiers, notes, c.alternatives(), c.named());
    }

    private Stated readValue(SentenceContext ctx, Candidate c, List<Hit> keywords, List<String> notes) {
        SentenceReading r = ctx.reading();
        Roles roles = ctx.roles();
        PropertyDef p = c.property();
        List<Hit> anchors = ValueReader.anchors(r, p, c.subject());
        Datatype dt = p.datatype();
        if (dt.isNumeric()) {
            Optional<NumberMention> m = values.mention(r, p, anchors);
            if (m.isEmpty()) {
                notes.add("no figure for " + p.displayLabel() + " was found in the sentence");
                return null;
            }
            roles.use(m.get(), "value");
            Stated.Amount a = values.amount(r, p, m.get());
            values.unitHit(r, p, a).ifPresent(h -> roles.use(h, "unit"));
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

    /**
     * The qualifiers the sentence states: a ranking named or implied, a year, scope and metric
     * words; for a figure, those of its own clause or of clauses stating no figure.
     *
     * @param valueAt offset of the figure stated, or -1 for another kind of value
     */
    private Map<String, String> qualifiers(SentenceContext ctx, Candidate c, List<Hit> keywords, int valueAt) {
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
            if (year && !roles.used(m) && !q.containsKey(AS_OF) && (valueAt < 0 || r.sameContext(m.start(), valueAt))) {
                q.put(AS_OF, Long.toString((long) m.interval().low()));
                roles.use(m, "qualifier");
            }
        }
        Map<String, Hit> words = new LinkedHashMap<>();
        for (Hit h : r.hits(Term.Kind.QUALIFIER)) {
            if (keywords.stream().noneMatch(h::strictlyWithin) && (valueAt < 0 || r.sameContext(h.start(), valueAt))) {
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
}
