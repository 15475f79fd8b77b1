package dev.crosscheck.claim.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosscheck.claim.value.ClaimValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A normalised value as compared by the service; numbers are intervals in the base unit of their dimension. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NormalizedValue")
public record ValueV1(@Schema(description = "numeric, category, entity, entity-set, boolean or text") String kind,
                      @Schema(description = "Lower bound (numeric)") Double low,
                      @Schema(description = "Upper bound (numeric); absent when unbounded") Double high,
                      String unit, String dimension, Object value, String text) {

    public static ValueV1 of(ClaimValue v) {
        if (v == null) {
            return null;
        }
        if (v instanceof ClaimValue.Numeric n) {
            return new ValueV1("numeric", n.interval().low(), Double.isInfinite(n.interval().high()) ? null : n.interval().high(),
                    n.unit(), n.dimension(), null, n.describe());
        }
        if (v instanceof ClaimValue.EntitySet s) {
            return new ValueV1("entity-set", null, null, null, null, List.copyOf(s.entityIds()), s.describe());
        }
        Object plain = v instanceof ClaimValue.Category c ? c.value()
                : v instanceof ClaimValue.EntityRef e ? e.entityId()
                : v instanceof ClaimValue.Bool b ? (Object) b.value()
                : ((ClaimValue.Text) v).text();
        String kind = v instanceof ClaimValue.Category ? "category" : v instanceof ClaimValue.EntityRef ? "entity"
                : v instanceof ClaimValue.Bool ? "boolean" : "text";
        return new ValueV1(kind, null, null, null, null, plain, v.describe());
    }
}
