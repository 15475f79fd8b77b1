package dev.crosscheck.catalog;

import java.util.List;
import java.util.Map;

/** Something claims are about, with every name the sources use, per script or language (zh-Hans, zh-Hant, en). */
public record EntityDef(String id, String type, Map<String, List<String>> names, String description) {

    public List<String> allNames() {
        return names.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** The name shown to people: the first English name, else the first Simplified one, else the id. */
    public String displayName() {
        for (String lang : List.of("en", "zh-Hans", "zh-Hant")) {
            List<String> n = names.get(lang);
            if (n != null && !n.isEmpty()) {
                return n.get(0);
            }
        }
        return id;
    }
}
