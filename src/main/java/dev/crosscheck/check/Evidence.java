package dev.crosscheck.check;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.StoredClaim;

/**
 * A stored claim as it bears on a statement.
 *
 * @param stored the claim with its version, as cited
 * @param reason plain English: why the claim supports, contradicts or only relates to the statement
 */
public record Evidence(StoredClaim stored, Relation relation, String reason) {

    public enum Relation {
        /** The claim states what the sentence says. */
        SUPPORTS,
        /** The claim is about the same fact and says otherwise. */
        CONTRADICTS,
        /** The claim is about something close (another ranking, another firm, another property): context, not proof. */
        RELATED
    }

    public Claim claim() {
        return stored.claim();
    }
}
