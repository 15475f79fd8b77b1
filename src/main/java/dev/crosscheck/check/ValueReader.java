package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.value.NumberMention;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for one property, the words of a sentence that state its value: the figure nearest the
 * property's keywords (preferring one in the property's unit), the entity of the right type, the
 * category word. Used both to score candidate readings and to build the chosen one.
 */
final class ValueReader {

    /** A figure written in the property's own unit is preferred to a nearer one in another unit. */
    private static final int UNIT_PREFERENCE = 50;
    /** A bare four-digit number is more likely a year than a count. */
    private static final int YEAR_PENALTY = 30;

    private final Catalog catalog;
    private final ClaimBook book;

    ValueReader(Catalog catalog, ClaimBook book) {
        this.catalog = catalog;
        this.book = book;
    }

    /** Where the value of a property is looked for: near its keywords, else near the subject. */
    static List<Hit> anchors(SentenceReading r, PropertyDef p, String subject) {
        List<Hit> kw = r.propertyHits(p.id());
        if (!kw.isEmpty()) {
            return kw;
        }
        return r.firstEntityHit(subject).map(List::of).orElse(List.of());
    }

    /** The figure that states the property's value, nearest to its keywords (or to the subject). */
    Optional<NumberMention> mention(SentenceReading r, PropertyDef p, List<Hit> anchors) {
        NumberMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (NumberMention m : r.numbers()) {
            if (!r.fits(m, p, catalog)) {
                continue;
            }
            int d = anchors.isEmpty() ? 0 : Integer.MAX_VALUE;
            for (Hit a : anchors) {
                d = Math.min(d, SentenceReading.gap(m.start(), m.end(), a.start(), a.end()));
            }
            if (r.unitsOf(m).stream().anyMatch(u -> u.term().id().equals(p.unit()))) {
                d -= UNIT_PREFERENCE;
            }
            if (p.datatype() != Datatype.YEAR && SentenceReading.looksLikeYear(m)) {
                d += YEAR_PENALTY;
            }
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The figure with the unit it was written in, or the property's unit when none was written. */
    Stated.Amount amount(SentenceReading r, PropertyDef p, NumberMention m) {
        UnitDef own = p.unit() == null ? null : catalog.unit(p.unit()).orElse(null);
        return switch (m.kind()) {
            case PERCENT -> new Stated.Amount(m, catalog.unitIdByName("%").flatMap(catalog::unit).orElse(own), false);
            case YEAR, DATE -> new Stated.Amount(m, null, false);
            case RANK, FRACTION, RELATIVE -> new Stated.Amount(m, own, false);
            case NUMBER -> written(r, p, m, own);
        };
    }

    private Stated.Amount written(SentenceReading r, PropertyDef p, NumberMention m, UnitDef own) {
        if (p.datatype() == Datatype.YEAR) {
            return new Stated.Amount(m, null, false);
        }
        List<Hit> units = r.unitsOf(m, r.propertyHits(p.id()));
        if (units.isEmpty()) {
            return new Stated.Amount(m, own, own != null);
        }
        Hit chosen = units.stream().filter(u -> SentenceReading.sameDimension(catalog, u.term().id(), p.unit()))
                .findFirst().orElse(units.get(0));
        return new Stated.Amount(m, catalog.unit(chosen.term().id()).orElse(own), false);
    }

    /** Unit hit used for the figure, if one was written. */
    Optional<Hit> unitHit(SentenceReading r, PropertyDef p, Stated.Amount a) {
        if (a.unitAssumed() || a.unit() == null) {
            return Optional.empty();
        }
        return r.unitsOf(a.mention(), r.propertyHits(p.id())).stream()
                .filter(u -> u.term().id().equals(a.unit().id())).findFirst();
    }

    /**
     * The entity named as the value of an entity property: not the subject, of a type the
     * stored values of this property have (a developer is a firm, not the city it is in),
     * nearest to the property's keywords.
     */
    Optional<Hit> entity(SentenceReading r, PropertyDef p, String subject, Set<String> excluded, List<Hit> anchors) {
        Set<String> types = book.valueTypes(subject, p.id());
        if (types.isEmpty()) {
            types = book.valueTypes(null, p.id());
        }
        Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit h : r.entities()) {
            String id = h.term().id();
            if (id.equals(subject) || excluded.contains(id)) {
                continue;
            }
            String type = catalog.entity(id).map(EntityDef::type).orElse(null);
            if (!types.isEmpty() && !types.contains(type)) {
                continue;
            }
            int d = Integer.MAX_VALUE;
            for (Hit a : anchors) {
                d = Math.min(d, SentenceReading.gap(h.start(), h.end(), a.start(), a.end()));
            }
            if (best == null || d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest word naming one of the property's categories, outside names (a category word inside an entity name is not one). */
    Optional<Hit> category(SentenceReading r, PropertyDef p) {
        Hit best = null;
        for (Hit h : r.categoryHits(p.id())) {
            if (!r.insideEntity(h) && (best == null || h.weight() > best.weight())) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }
}
