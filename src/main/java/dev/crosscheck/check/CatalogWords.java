package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.shared.text.TextFolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog's words as alignment looks them up: every entity's names and every qualifier
 * value's words, folded. Built once per catalog (folding thousands of names is not for a write or
 * a check to repeat).
 */
record CatalogWords(Map<String, List<String>> entityNames, Map<String, List<String>> qualifierWords) {

    static CatalogWords of(Catalog catalog, QualifierWords words) {
        Map<String, List<String>> names = new HashMap<>();
        for (EntityDef e : catalog.entities()) {
            names.put(e.id(), e.allNames().stream().map(CatalogWords::fold).filter(n -> n.codePointCount(0, n.length()) >= 2).toList());
        }
        Map<String, List<String>> qualifiers = new HashMap<>();
        for (QualifierWords.Entry e : words.entries()) {
            qualifiers.computeIfAbsent(e.key() + '=' + e.value(), k -> new ArrayList<>()).add(e.word());
        }
        return new CatalogWords(Map.copyOf(names), Map.copyOf(qualifiers));
    }

    /** Every name of an entity, folded, in all scripts; two characters or more (shorter names are too ambiguous to find in text). */
    List<String> namesOf(String entityId) {
        return entityNames.getOrDefault(entityId, List.of());
    }

    /** Every word, in any language, that states this qualifier value. */
    List<String> wordsOf(String key, String value) {
        return qualifierWords.getOrDefault(key + '=' + value, List.of());
    }

    static String fold(String text) {
        return TextFolder.fold(text).toLowerCase(Locale.ROOT);
    }
}
