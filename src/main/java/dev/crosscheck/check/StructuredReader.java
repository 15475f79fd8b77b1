package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.Interval;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.NumberParser;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a structured claim into the same {@link Interpretation} a sentence gives, so both are
 * judged alike. Unknown ids and unreadable values are the client's error (400), not a verdict.
 */
final class StructuredReader {

    private final Catalog catalog;
    private final ClaimBook book;

    StructuredReader(Catalog catalog, ClaimBook book) {
        this.catalog = catalog;
        this.book = book;
    }

    Interpretation read(CheckInput.Structured in) {
        List<Violation> errors = new ArrayList<>();
        PropertyDef p = catalog.property(in.property()).orElse(null);
        if (p == null) {
            errors.add(Violation.of("/property", "unknown property '" + in.property() + "'"));
        }
        String subject = subject(in.subject(), p, errors);
        Map<String, String> qualifiers = in.qualifiers() == null ? Map.of() : in.qualifiers();
        List<String> notes = new ArrayList<>();
        Stated value = p == null ? null : value(p, in, qualifiers, notes, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput("the claim to check is invalid", errors);
        }
        Interpretation.Mode mode = value instanceof Stated.Members ? Interpretation.Mode.MEMBERSHIP : Interpretation.Mode.VALUE;
        return new Interpretation(null, null, false, mode, subject, p.id(), value, qualifiers, false, List.of(), List.copyOf(notes),
                List.of(), List.of(), true);
    }

    private String subject(String name, PropertyDef p, List<Violation> errors) {
        if (catalog.entity(name).isPresent()) {
            return name;
        }
        Set<String> ids = catalog.entityIdsByName(name);
        if (ids.isEmpty()) {
            errors.add(Violation.of("/subject", "no entity is called '" + name + "'"));
            return null;
        }
        return ids.stream().filter(id -> p != null && book.has(id, p.id())).findFirst().orElse(ids.iterator().next());
    }

    private Stated value(PropertyDef p, CheckInput.Structured in, Map<String, String> qualifiers, List<String> notes,
                         List<Violation> errors) {
        Object raw = in.value();
        Datatype dt = p.datatype();
        if (dt.isNumeric()) {
            return amount(p, raw, in.unit(), notes, errors);
        }
        if (dt == Datatype.ENTITY && raw != null && !(raw instanceof Collection<?>)) {
            return entity(raw.toString(), "/value", errors).map(id -> (Stated) new Stated.Entity(id)).orElse(null);
        }
        if (dt == Datatype.ENTITY_SET && raw != null) {
            TreeSet<String> ids = new TreeSet<>();
            List<?> items = raw instanceof Collection<?> c ? List.copyOf(c) : List.of(raw);
            for (int i = 0; i < items.size(); i++) {
                entity(String.valueOf(items.get(i)), raw instanceof Collection<?> ? "/value/" + i : "/value", errors).ifPresent(ids::add);
            }
            // One entity asks whether it is a member; a list states the whole set.
            return raw instanceof Collection<?> ? new Stated.Given(new ClaimValue.EntitySet(ids)) : new Stated.Members(ids);
        }
        ValueNormalizer.Result r = ValueNormalizer.normalize(p, raw, in.unit(), qualifiers, catalog);
        if (!r.ok()) {
            errors.add(Violation.of("/value", r.error()));
            return null;
        }
        return new Stated.Given(r.value());
    }

    private Stated amount(PropertyDef p, Object raw, String unitName, List<String> notes, List<Violation> errors) {
        Optional<NumberMention> m = raw instanceof Number n
                ? Optional.of(new NumberMention(0, 0, n.toString(), NumberMention.Kind.NUMBER, Interval.exact(n.doubleValue()), null, false, false))
                : raw == null ? Optional.empty() : NumberParser.parseValue(raw.toString());
        if (m.isEmpty()) {
            errors.add(Violation.of("/value", "'" + raw + "' is not a number this service can read"));
            return null;
        }
        UnitDef own = p.unit() == null ? null : catalog.unit(p.unit()).orElse(null);
        if (unitName == null || unitName.isBlank()) {
            if (own != null && m.get().kind() == NumberMention.Kind.NUMBER) {
                notes.add("no unit was given; the value was read in " + own.id() + ", the unit of " + p.displayLabel());
            }
            return new Stated.Amount(m.get(), own, own != null && m.get().kind() == NumberMention.Kind.NUMBER);
        }
        Optional<UnitDef> unit = catalog.unit(unitName).or(() -> catalog.unitIdByName(unitName).flatMap(catalog::unit));
        if (unit.isEmpty()) {
            errors.add(Violation.of("/unit", "unknown unit '" + unitName + "'"));
            return null;
        }
        return new Stated.Amount(m.get(), unit.get(), false);
    }

    private Optional<String> entity(String name, String pointer, List<Violation> errors) {
        if (catalog.entity(name).isPresent()) {
            return Optional.of(name);
        }
        Set<String> ids = catalog.entityIdsByName(name);
        if (ids.isEmpty()) {
            errors.add(Violation.of(pointer, "no entity is called '" + name + "'"));
            return Optional.empty();
        }
        return Optional.of(ids.iterator().next());
    }
}
