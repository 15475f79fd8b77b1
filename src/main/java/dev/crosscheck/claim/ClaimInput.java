package dev.crosscheck.claim;

import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;

import java.util.List;

import java.util.Map;

/**
 * A claim as written (in a claims file or a request body), before its references are resolved,
 * its value normalised and its quote anchored.
 *
 * @param value  the written value: a String, Number, Boolean or List of ids
 * @param start  where the quote starts in its source (code points), when given: needed when it occurs more than once
 * @param end    where it ends (exclusive), when given
 * @param fields positions of the individual fields, for precise error reports
 */
public record ClaimInput(String id, String subject, String property, Object value, String unit, Map<String, String> qualifiers,
                         String source, String quote, Integer start, Integer end, String note, Located at, Map<String, Located> fields) {

    public Located fieldAt(String field) {
        return fields.getOrDefault(field, at);
    }

    /** The fields of a claim given as a request's fields rather than a file. */
    private static final List<String> REQUEST_FIELDS = List.of("id", "subject", "property", "value", "unit", "qualifiers", "source", "quote", "start", "end", "note");

    /**
     * A claim given as a request's fields, not read from a file: each field gets its own position, so
     * that {@link #fieldOf} can tell which field an issue is about.
     */
    public static ClaimInput ofRequest(String id, String subject, String property, Object value, String unit, Map<String, String> qualifiers,
                                       String source, String quote, String note) {
        Map<String, Located> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < REQUEST_FIELDS.size(); i++) {
            fields.put(REQUEST_FIELDS.get(i), new Located("", 1, i + 1));
        }
        return new ClaimInput(id, subject, property, value, unit, qualifiers == null ? Map.of() : qualifiers, source, quote, null, null, note,
                new Located("", 1, 0), fields);
    }

    /** The field an issue about this claim is located at, or null when it is about the claim as a whole. */
    public String fieldOf(Issue issue) {
        for (Map.Entry<String, Located> f : fields.entrySet()) {
            if (f.getValue().line() == issue.line() && f.getValue().column() == issue.column()) {
                return f.getKey();
            }
        }
        return null;
    }
}
