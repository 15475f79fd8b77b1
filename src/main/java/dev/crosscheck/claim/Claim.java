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

    /**
     * Whether this claim states the same as another in everything but its note: what it asserts, where
     * it is quoted from and how its value reads. Findings and checks read everything but the note, so a
     * change of the note alone leaves them as they are.
     */
    public boolean sameStatementAs(Claim other) {
        return other != null && equals(new Claim(other.id, other.subject, other.property, other.value, other.unit, other.qualifiers,
                other.source, other.quote, other.anchor, other.normalized, note));
    }
}
