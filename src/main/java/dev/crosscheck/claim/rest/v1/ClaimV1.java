package dev.crosscheck.claim.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.source.anchor.TextPositionSelector;
import dev.crosscheck.source.anchor.TextQuoteSelector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A claim with its provenance. {@code target} follows the W3C Web Annotation model: the source
 * and two selectors, a TextQuoteSelector and a TextPositionSelector in code points.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Claim", requiredProperties = {"id", "subject", "property", "value", "qualifiers", "source", "quote", "target", "version",
        "retracted", "datasetRevision"})
public record ClaimV1(String id, Ref subject, String property, Object value, String unit, ValueV1 normalized,
                      Map<String, String> qualifiers, Ref source, String quote, Target target, String note,
                      @Schema(description = "Rises with every change; the ETag is \"<id>@<version>\"") long version,
                      boolean retracted, String retractionReason, OffsetDateTime updatedAt, String updatedBy,
                      @Schema(description = "Dataset revision of the claim's last change") long datasetRevision) {

    @Schema(name = "Ref", description = "An id with a human-readable name", requiredProperties = "id")
    public record Ref(String id, String name) {
    }

    @Schema(name = "Target", description = "W3C Web Annotation target: the source and the selectors of the quote",
            requiredProperties = {"source", "quoteSelector", "positionSelector"})
    public record Target(String source, TextQuoteSelector quoteSelector, TextPositionSelector positionSelector) {
    }

    public static ClaimV1 of(StoredClaim s, String subjectName, String sourceTitle) {
        Claim c = s.claim();
        var a = c.anchor();
        Target target = new Target("/api/v1/sources/" + c.source(), a.quote(), a.position());
        return new ClaimV1(c.id(), new Ref(c.subject(), subjectName), c.property(), c.value(), c.unit(), ValueV1.of(c.normalized()),
                c.qualifiers(), new Ref(c.source(), sourceTitle), c.quote(), target, c.note(), s.version(), s.retracted(),
                s.retractionReason(), s.updatedAt(), s.updatedBy(), s.datasetRevision());
    }
}
