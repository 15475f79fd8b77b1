package dev.crosscheck.rules.rest.v1;

import dev.crosscheck.rules.FindingsService;
import dev.crosscheck.shared.error.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
public class ClaimFindingsResource {

    private final FindingsService findings;

    public ClaimFindingsResource(FindingsService findings) {
        this.findings = findings;
    }

    @GET
    @Path("/{id}/findings")
    @Operation(operationId = "listClaimFindings", summary = "The findings a claim takes part in",
            description = "The findings that cite one claim. Public.")
    @APIResponse(responseCode = "200", description = "The findings")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FindingPageV1 forClaim(@PathParam("id") String id) {
        var s = findings.forClaim(id);
        var items = s.findings().stream().map(FindingV1::of).toList();
        return new FindingPageV1(s.rulesetVersion(), s.datasetRevision(), items.size(), 1, Math.max(1, items.size()), items);
    }
}
