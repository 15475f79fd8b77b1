package dev.crosscheck.catalog;

import java.util.List;
import java.util.Map;

/**
 * A property claims assert about a subject.
 *
 * @param unit        canonical unit id for numeric datatypes, else null
 * @param tolerance   relative tolerance when comparing numbers (0 = exact)
 * @param categories  allowed values of a category property
 * @param aggregates  for a count over a group: the member fact it counts, else null
 * @param keywords    words signalling the property in text, per script or language
 * @param categoryKeywords words signalling each category value in text (category datatype only):
 *                    category, then script or language, then words
 */
public record PropertyDef(String id, Map<String, String> label, Datatype datatype, String unit, boolean singleValued,
                          double tolerance, List<String> categories, Aggregates aggregates,
                          Map<String, List<String>> keywords, Map<String, Map<String, List<String>>> categoryKeywords) {

    public PropertyDef(String id, Map<String, String> label, Datatype datatype, String unit, boolean singleValued,
                       double tolerance, List<String> categories, Aggregates aggregates, Map<String, List<String>> keywords) {
        this(id, label, datatype, unit, singleValued, tolerance, categories, aggregates, keywords, Map.of());
    }

    /** The member-level fact a group count counts: members whose {@code property} has {@code value}. */
    public record Aggregates(String property, String value) {
    }

    public String displayLabel() {
        return label.getOrDefault("en", id);
    }

    public List<String> allKeywords() {
        return keywords.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** Every word signalling one category value, in any script. */
    public List<String> allCategoryKeywords(String category) {
        return categoryKeywords.getOrDefault(category, Map.of()).values().stream().flatMap(List::stream).distinct().toList();
    }
}
