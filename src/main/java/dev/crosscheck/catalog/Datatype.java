package dev.crosscheck.catalog;

import java.util.Locale;
import java.util.Optional;

/** What kind of value a property takes. */
public enum Datatype {
    QUANTITY, COUNT, PERCENT, MONEY, RANK, YEAR, DATE, TEXT, ENTITY, ENTITY_SET, BOOLEAN, CATEGORY;

    public boolean isNumeric() {
        return switch (this) {
            case QUANTITY, COUNT, PERCENT, MONEY, RANK, YEAR -> true;
            default -> false;
        };
    }

    /** Name used in the YAML files and the API: {@code entity-set}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Datatype> fromWire(String s) {
        for (Datatype d : values()) {
            if (d.wireName().equals(s)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
