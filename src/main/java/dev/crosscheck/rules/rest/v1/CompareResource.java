package dev.crosscheck.rules.rest.v1;

import dev.crosscheck.claim.ClaimInput;
import dev.crosscheck.rules.CompareService;
import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.rules.PairRelation;
import dev.crosscheck.shared.error.Problem;
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


@Path("/api/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
@APIResponse(responseCode = "429", ref = "RateLimited")
public class CompareResource {

    private final CompareService compare;
    private final FindingsService findings;

    public CompareResource(CompareService compare, FindingsService findings) {
        this.compare = compare;
        this.findings = findings;
    }

    @POST
    @Operation(operationId = "compareClaims", summary = "How two claims (ids or bodies) relate under the rules in force",
            description = "AGREEMENT, CONFLICT, TENSION, or NOT_COMPARABLE with the reason (e.g. different rankings).")
    @APIResponse(responseCode = "200", description = "The relation and the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareV1.Result.class)))
    @APIResponse(responseCode = "422", description = "A side names an unknown claim, entity or property, or an unreadable value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompareV1.Result compare(@Valid @NotNull CompareV1 body) {
        PairRelation r = compare.compare(side(body.a()), side(body.b()));
        return new CompareV1.Result(r.relation().name(), r.reason(), r.ruleId(), findings.rulesetVersion());
    }

    private static CompareService.Side side(CompareV1.Side s) {
        if (s.id() != null) {
            return new CompareService.Side(s.id(), null);
        }
        String id = s.source() == null ? "(claim)" : "(" + s.source() + ")";
        return new CompareService.Side(null, ClaimInput.ofRequest(id, s.subject(), s.property(), s.value(), s.unit(), s.qualifiers(),
                s.source(), null, null));
    }
}
