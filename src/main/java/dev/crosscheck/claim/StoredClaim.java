package dev.crosscheck.claim;

import java.time.OffsetDateTime;

/**
 * A claim as stored: its content plus the version (ETag), retraction state and last change.
 *
 * @param datasetRevision the dataset revision of the claim's last change
 */
public record StoredClaim(Claim claim, long version, boolean retracted, String retractionReason, OffsetDateTime updatedAt,
                          String updatedBy, long datasetRevision) {

    public String etag() {
        return "\"" + claim.id() + "@" + version + "\"";
    }
}
