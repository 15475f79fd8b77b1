package dev.crosscheck.claim.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A revision of a claim: who changed it, when, what changed and the state it left.
 *
 * @param snapshot the claim's fields after the change (the writable representation plus anchor)
 */
public record ClaimRevision(String claimId, int revision, long datasetRevision, Action action, String actor,
                            OffsetDateTime recordedAt, String comment, List<String> changes, Map<String, Object> snapshot) {

    public enum Action {
        IMPORT, CREATE, UPDATE, RETRACT
    }
}
