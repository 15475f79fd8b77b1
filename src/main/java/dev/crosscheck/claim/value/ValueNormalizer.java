package dev.crosscheck.claim.value;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.shared.diagnostic.CheckId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a written value (as curated, as posted, or as recognised in a sentence) into a
 * {@link ClaimValue} for its property: numbers through {@link NumberParser}, units through the
 * catalog. The single normalisation used by the loader, the rules engine, checks and validation.
 */
public final class ValueNormalizer {

    /** Qualifier giving the size of the set a count or share is taken over. */
    public static final String OUT_OF = "outOf";

    private ValueNormalizer() {
    }

    /** The outcome: a value, or the check that failed and why. */
    public record Result(ClaimValue value, CheckId failedCheck, String error) {
        static Result ok(ClaimValue v) {
            return new Result(v, null, null);
        }

        static Result fail(CheckId check, String error) {
            return new Result(null, check, error);
        }

        public boolean ok() {
            return value != null;
        }
    }

    public static Result normalize(PropertyDef p, Object raw, String unitId, Map<String, String> qualifiers, Catalog catalog) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return Result.fail(CheckId.SCHEMA, "missing value");
        }
        Datatype dt = p.datatype();
        if (dt.isNumeric()) {
            return numeric(p, raw, unitId, qualifiers, catalog);
        }
        if (raw instanceof Collection<?> && dt != Datatype.ENTITY_SET) {
            return Result.fail(CheckId.INVALID_VALUE, "a " + dt.wireName() + " value must be a single value, not a list");
        }
        String text = raw instanceof Collection<?> ? null : raw.toString().strip();
        return switch (dt) {
            case BOOLEAN -> bool(raw, text);
            case CATEGORY -> p.categories().contains(text) ? Result.ok(new ClaimValue.Category(text))
                    : Result.fail(CheckId.INVALID_VALUE, "'" + text + "' is not one of " + p.categories());
            case ENTITY -> catalog.entity(text).isPresent() ? Result.ok(new ClaimValue.EntityRef(text))
                    : Result.fail(CheckId.UNKNOWN_ENTITY, "unknown entity '" + text + "'");
            case ENTITY_SET -> entitySet(raw, catalog);
            case DATE -> date(text);
            default -> Result.ok(new ClaimValue.Text(text));
        };
    }

    private static Result bool(Object raw, String text) {
        if (raw instanceof Boolean b) {
            return Result.ok(new ClaimValue.Bool(b));
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "是" -> Result.ok(new ClaimValue.Bool(true));
            case "false", "no", "否" -> Result.ok(new ClaimValue.Bool(false));
            default -> Result.fail(CheckId.INVALID_VALUE, "'" + text + "' is not true or false");
        };
    }

    private static Result date(String text) {
        try {
            return Result.ok(new ClaimValue.Text(LocalDate.parse(text).toString()));
        } catch (DateTimeParseException e) {
            return Result.fail(CheckId.INVALID_VALUE, "'" + text + "' is not an ISO date (yyyy-mm-dd)");
        }
    }

    private static Result entitySet(Object raw, Catalog catalog) {
        if (!(raw instanceof Collection<?> items)) {
            return Result.fail(CheckId.INVALID_VALUE, "an entity-set value must be a list of entity ids");
        }
        TreeSet<String> ids = new TreeSet<>();
        for (Object o : items) {
            String id = String.valueOf(o);
            if (catalog.entity(id).isEmpty()) {
                return Result.fail(CheckId.UNKNOWN_ENTITY, "unknown entity '" + id + "' in set");
            }
            ids.add(id);
        }
        return Result.ok(new ClaimValue.EntitySet(ids));
    }

    private static Result numeric(PropertyDef p, Object raw, String unitId, Map<String, String> qualifiers, Catalog catalog) {
        String unit = unitId != null ? unitId : p.unit();
        UnitDef unitDef = null;
        if (unit != null) {
            unitDef = catalog.unit(unit).orElse(null);
            if (unitDef == null) {
                return Result.fail(CheckId.UNKNOWN_UNIT, "unknown unit '" + unit + "'");
            }
            Optional<UnitDef> expected = p.unit() == null ? Optional.empty() : catalog.unit(p.unit());
            if (expected.isPresent() && !expected.get().dimension().equals(unitDef.dimension())) {
                return Result.fail(CheckId.UNIT_MISMATCH, "unit '" + unit + "' (" + unitDef.dimension() + ") does not fit property '"
                        + p.id() + "', which is measured in " + expected.get().dimension());
            }
        }
        Optional<NumberMention> parsed = raw instanceof Number n
                ? Optional.of(new NumberMention(0, 0, n.toString(), NumberMention.Kind.NUMBER, Interval.exact(n.doubleValue()), null, false, false))
                : NumberParser.parseValue(raw.toString());
        if (parsed.isEmpty()) {
            return Result.fail(CheckId.INVALID_VALUE, "'" + raw + "' is not a number this service can read");
        }
        ClaimValue.Numeric value = measure(p, parsed.get(), unitDef, qualifiers);
        if (value == null) {
            return Result.fail(CheckId.INVALID_VALUE, "'" + raw + "' is a share of a set: give the set size in qualifier '" + OUT_OF + "'");
        }
        return Result.ok(value);
    }

    /**
     * A number mention as a value of a property, in {@code unit} (null: the property has none).
     * The unit is not checked against the property, so that a figure in the wrong unit can be
     * compared and reported as such; {@link #normalize} checks it first. Null when the mention is
     * a share of a set and the qualifiers give no {@value #OUT_OF}.
     */
    public static ClaimValue.Numeric measure(PropertyDef p, NumberMention m, UnitDef unit, Map<String, String> qualifiers) {
        Interval iv = toPropertyScale(p, m, qualifiers);
        if (iv == null) {
            return null;
        }
        if (p.datatype() == Datatype.COUNT || p.datatype() == Datatype.RANK) {
            // Strictness only matters for shares of a small set ("more than half of 6" is 4..6, not 3);
            // "more than 45,000" and "45,000" stay a rounding apart, not a contradiction.
            // "100多" and "200多" are ranges between round figures that exclude them: 101..199 and 201..299 never meet.
            // "近100" is 90..99: short of the figure, so "more than 100" never meets it.
            boolean share = m.kind() == NumberMention.Kind.RELATIVE;
            boolean between = "多".equals(m.hedge()) || "余".equals(m.hedge());
            boolean nearly = m.hedge() != null && NumberParser.NEARLY.contains(m.hedge());
            iv = iv.integral((share || between) && m.lowExclusive(), (share || between || nearly) && m.highExclusive());
        }
        double factor = unit == null ? 1 : unit.factor();
        return new ClaimValue.Numeric(iv.scale(factor), unit == null ? null : unit.id(), unit == null ? p.id() : unit.dimension());
    }

    /** Interval of a mention on the property's scale: shares resolved against outOf, fractions as percent. */
    public static Interval toPropertyScale(PropertyDef p, NumberMention m, Map<String, String> qualifiers) {
        return switch (m.kind()) {
            case RELATIVE -> {
                // A share of a set: of its size for a count, of 100 for a percentage ("超过一半" of a market is > 50 %).
                Double outOf = p.datatype() == Datatype.PERCENT ? Double.valueOf(100) : outOf(qualifiers);
                yield outOf == null ? null : m.interval().scale(outOf);
            }
            case FRACTION -> p.datatype() == Datatype.PERCENT ? m.interval().scale(100) : m.interval();
            default -> m.interval();
        };
    }

    public static Double outOf(Map<String, String> qualifiers) {
        String s = qualifiers == null ? null : qualifiers.get(OUT_OF);
        if (s == null) {
            return null;
        }
        return NumberParser.parseValue(s).map(m -> m.interval().low()).orElse(null);
    }

    /** Convenience for list-valued YAML input. */
    public static List<String> asList(Object raw) {
        if (raw instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return raw == null ? List.of() : List.of(raw.toString());
    }
}
