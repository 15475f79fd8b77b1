package dev.crosscheck.rules.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.rules.PairRelation;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("/api/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
public class CompareResource {

    private final FindingsService findings;
    private final ClaimService claims;
    private final DatasetService dataset;

    public CompareResource(FindingsService findings, ClaimService claims, DatasetService dataset) {
        this.findings = findings;
        this.claims = claims;
        this.dataset = dataset;
    }

    @POST
    @Operation(operationId = "compareClaims", summary = "How two claims (ids or bodies) relate under the rules in force",
            description = "AGREEMENT, CONFLICT, TENSION, or NOT_COMPARABLE with the reason (e.g. different rankings).")
    @APIResponse(responseCode = "200", description = "The relation and the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareV1.Result.class)))
    @APIResponse(responseCode = "422", description = "A side names an unknown claim, entity or property, or an unreadable value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompareV1.Result compare(@Valid @NotNull CompareV1 body) {
        List<Violation> errors = new ArrayList<>();
        Claim a = resolve(body.a(), "/a", errors);
        Claim b = resolve(body.b(), "/b", errors);
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_CLAIM, "the claims to compare cannot be read", errors);
        }
        PairRelation r = findings.compare(a, b);
        return new CompareV1.Result(r.relation().name(), r.reason(), r.ruleId(), findings.rulesetVersion());
    }

    private Claim resolve(CompareV1.Side side, String pointer, List<Violation> errors) {
        if (side.id() != null) {
            var stored = claims.find(side.id());
            if (stored.isEmpty()) {
                errors.add(Violation.of(pointer + "/id", "unknown claim '" + side.id() + "'"));
                return null;
            }
            return stored.get().claim();
        }
        Catalog catalog = dataset.catalog();
        if (side.subject() == null || catalog.entity(side.subject()).isEmpty()) {
            errors.add(Violation.of(pointer + "/subject", "give a stored claim's id, or a known subject entity id"));
        }
        PropertyDef p = side.property() == null ? null : catalog.property(side.property()).orElse(null);
        if (p == null) {
            errors.add(Violation.of(pointer + "/property", "unknown property '" + side.property() + "'"));
            return null;
        }
        Map<String, String> q = side.qualifiers() == null ? Map.of() : side.qualifiers();
        var value = ValueNormalizer.normalize(p, side.value(), side.unit(), q, catalog);
        if (!value.ok()) {
            errors.add(new Violation(pointer + "/value", value.failedCheck().id(), value.error(), null, null));
            return null;
        }
        String id = "(" + pointer.substring(1) + ")";
        return new Claim(id, side.subject(), side.property(), side.value(), side.unit(), q, side.source() == null ? id : side.source(),
                null, null, value.value(), null);
    }
}
