package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.claim.history.ClaimRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Schema(name = "Revision", description = "One change of a claim: who, when, what changed, and a snapshot of its fields (the written "
        + "ones, its span, its retraction) as it was left; comment is absent when none was given",
        requiredProperties = {"claimId", "revision", "datasetRevision", "action", "actor", "recordedAt", "changes", "snapshot"})
public record RevisionV1(String claimId, int revision, long datasetRevision,
                         @Schema(description = "import, create, update or retract") String action, String actor,
                         OffsetDateTime recordedAt, String comment, List<String> changes, Map<String, Object> snapshot) {

    public static RevisionV1 of(ClaimRevision r) {
        return new RevisionV1(r.claimId(), r.revision(), r.datasetRevision(), r.action().name().toLowerCase(java.util.Locale.ROOT),
                r.actor(), r.recordedAt(), r.comment(), r.changes(), present(r.snapshot()));
    }

    /** The snapshot keeps every field; a field without a value is left out here as everywhere in the API (ADR 0015). */
    private static Map<String, Object> present(Map<String, Object> snapshot) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(snapshot);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }
}
