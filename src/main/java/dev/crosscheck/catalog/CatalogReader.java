package dev.crosscheck.catalog;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code entities.yaml} and {@code properties.yaml} documents, reporting every problem with its position. */
public final class CatalogReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CatalogReader() {
    }

    public static List<EntityDef> entities(YNode root, YFields f) {
        List<EntityDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        f.asMap(root, "entities file", null).ifPresent(doc -> {
            for (YNode item : f.list(doc, "entities", true, null)) {
                f.asMap(item, "an entity", null).ifPresent(m -> {
                    String id = id(m, f, seen, "entity");
                    if (id == null) {
                        return;
                    }
                    String type = f.string(m, "type", true, id);
                    var names = f.names(m, "names", id);
                    if (names.values().stream().allMatch(List::isEmpty)) {
                        f.issue(CheckId.SCHEMA, f.at(m), "entity '" + id + "' has no names", id);
                    }
                    out.add(new EntityDef(id, type, names, f.string(m, "description", false, id)));
                });
            }
        });
        return out;
    }

    public static List<UnitDef> units(YNode root, YFields f) {
        List<UnitDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        f.asMap(root, "properties file", null).ifPresent(doc -> {
            for (YNode item : f.list(doc, "units", true, null)) {
                f.asMap(item, "a unit", null).ifPresent(m -> {
                    String id = id(m, f, seen, "unit");
                    if (id == null) {
                        return;
                    }
                    String dim = f.string(m, "dimension", true, id);
                    double factor = f.number(m, "factor", 1, id);
                    out.add(new UnitDef(id, dim == null ? id : dim, factor, f.names(m, "names", id)));
                });
            }
        });
        return out;
    }

    public static List<PropertyDef> properties(YNode root, YFields f, Set<String> unitIds) {
        List<PropertyDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        f.asMap(root, "properties file", null).ifPresent(doc -> {
            for (YNode item : f.list(doc, "properties", true, null)) {
                f.asMap(item, "a property", null).ifPresent(m -> {
                    String id = id(m, f, seen, "property");
                    if (id == null) {
                        return;
                    }
                    PropertyDef p = property(m, f, id, unitIds);
                    if (p != null) {
                        out.add(p);
                    }
                });
            }
        });
        return out;
    }

    private static PropertyDef property(YNode.YMap m, YFields f, String id, Set<String> unitIds) {
        String dt = f.string(m, "datatype", true, id);
        if (dt == null) {
            return null;
        }
        Datatype datatype = Datatype.fromWire(dt).orElse(null);
        if (datatype == null) {
            f.issue(CheckId.SCHEMA, f.at(m.get("datatype")), "unknown datatype '" + dt + "'", id);
            return null;
        }
        String unit = f.string(m, "unit", false, id);
        if (datatype.isNumeric() && unit == null && datatype != Datatype.RANK && datatype != Datatype.YEAR) {
            f.issue(CheckId.SCHEMA, f.at(m), "numeric property '" + id + "' needs a unit", id);
        }
        if (unit != null && !unitIds.contains(unit)) {
            f.issue(CheckId.UNKNOWN_UNIT, f.at(m.get("unit")), "property '" + id + "' uses unknown unit '" + unit + "'", id);
        }
        PropertyDef.Aggregates agg = null;
        YNode aggNode = m.get("aggregates");
        if (aggNode != null) {
            agg = f.asMap(aggNode, "'aggregates'", id)
                    .map(a -> new PropertyDef.Aggregates(f.string(a, "property", true, id), f.string(a, "value", true, id)))
                    .orElse(null);
        }
        List<String> categories = f.strings(m.get("categories"), "categories", id);
        return new PropertyDef(id, f.scalarMap(m, "label", id), datatype, unit, f.bool(m, "singleValued", true, id),
                f.number(m, "tolerance", 0, id), categories, agg, f.names(m, "keywords", id),
                categoryKeywords(m, f, id, categories));
    }

    /** {@code categoryKeywords: {robotics: {en: [robotics], zh-Hans: [机器人]}}}: only for declared categories. */
    private static Map<String, Map<String, List<String>>> categoryKeywords(YNode.YMap m, YFields f, String id, List<String> categories) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        YNode n = m.get("categoryKeywords");
        if (n == null) {
            return out;
        }
        f.asMap(n, "'categoryKeywords'", id).ifPresent(cats -> cats.entries().forEach((category, words) -> {
            if (!categories.contains(category)) {
                f.issue(CheckId.SCHEMA, f.at(cats, category), "categoryKeywords of '" + id + "' names '" + category
                        + "', which is not one of its categories " + categories, id);
                return;
            }
            f.asMap(words, "'categoryKeywords." + category + "'", id)
                    .ifPresent(w -> out.put(category, f.names(cats, category, id)));
        }));
        return out;
    }

    private static String id(YNode.YMap m, YFields f, Set<String> seen, String what) {
        String id = f.string(m, "id", true, null);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            f.issue(CheckId.SCHEMA, f.at(m.get("id")), what + " id '" + id + "' must match " + ID.pattern(), id);
        }
        if (!seen.add(id)) {
            f.issue(CheckId.DUPLICATE_ID, f.at(m.get("id")), "duplicate " + what + " id '" + id + "'", id);
            return null;
        }
        return id;
    }
}
