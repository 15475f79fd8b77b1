package dev.crosscheck.claim;

import dev.crosscheck.shared.diagnostic.Located;

import java.util.Map;

/**
 * A claim as written (in a claims file or a request body), before its references are resolved,
 * its value normalised and its quote anchored.
 *
 * @param value  the written value: a String, Number, Boolean or List of ids
 * @param fields positions of the individual fields, for precise error reports
 */
public record ClaimInput(String id, String subject, String property, Object value, String unit, Map<String, String> qualifiers,
                         String source, String quote, String note, Located at, Map<String, Located> fields) {

    public Located fieldAt(String field) {
        return fields.getOrDefault(field, at);
    }
}
