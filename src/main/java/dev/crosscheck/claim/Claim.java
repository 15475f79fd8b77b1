package dev.crosscheck.claim;

import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.source.anchor.Anchor;

import java.util.Map;

/**
 * A verified claim: references resolved, value normalised, quote anchored in its source.
 *
 * @param value      the value as written
 * @param normalized the value as compared
 */
public record Claim(String id, String subject, String property, Object value, String unit, Map<String, String> qualifiers,
                    String source, String quote, Anchor anchor, ClaimValue normalized, String note) {
}
