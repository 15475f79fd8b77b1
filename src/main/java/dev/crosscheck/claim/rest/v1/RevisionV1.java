package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.claim.history.ClaimRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Schema(name = "Revision", description = "One change of a claim: who, when, what changed, and the claim as it was left")
public record RevisionV1(String claimId, int revision, long datasetRevision,
                         @Schema(description = "import, create, update or retract") String action, String actor,
                         OffsetDateTime recordedAt, String comment, List<String> changes, Map<String, Object> snapshot) {

    public static RevisionV1 of(ClaimRevision r) {
        return new RevisionV1(r.claimId(), r.revision(), r.datasetRevision(), r.action().name().toLowerCase(java.util.Locale.ROOT),
                r.actor(), r.recordedAt(), r.comment(), r.changes(), r.snapshot());
    }
}
