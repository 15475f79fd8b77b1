package dev.crosscheck.catalog;

import java.util.List;
import java.util.Map;

/**
 * A unit. Values are comparable only within one {@code dimension}; {@code factor} converts to
 * the dimension's base unit. Currencies are separate dimensions: there is no exchange rate here.
 */
public record UnitDef(String id, String dimension, double factor, Map<String, List<String>> names) {

    public List<String> allNames() {
        return names.values().stream().flatMap(List::stream).distinct().toList();
    }
}
