package dev.crosscheck.dataset.rest.v1;

import dev.crosscheck.claim.rest.v1.ImportResultV1;
import dev.crosscheck.dataset.SeedLoader;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.rest.QueryParams;
import dev.crosscheck.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Re-reading the server's curated directories: a dataset operation, served under the claims it
 * imports (the path is part of the contract).
 */
@Path("/api/v1/claims/reimport")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "422", description = "The curated files fail validation; every problem is listed in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", ref = "WriteContention")
public class DatasetResource {

    private final SeedLoader seeds;
    private final SecurityIdentity identity;
    private final dev.crosscheck.claim.ClaimChangeFeed feed;

    public DatasetResource(SeedLoader seeds, SecurityIdentity identity, dev.crosscheck.claim.ClaimChangeFeed feed) {
        this.seeds = seeds;
        this.identity = identity;
        this.feed = feed;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "reimportCuratedClaims", summary = "Re-read the server's curated claims directory and import what is new",
            description = "Claims edited through the API are never overwritten silently: they are reported as kept unless overwrite=true.")
    @APIResponse(responseCode = "400", description = "overwrite is not true or false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResultV1.class)))
    public ImportResultV1 reimport(@Parameter(description = "Replace claims that exist (default false)",
            schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overwrite") String overwrite) {
        var result = seeds.reimport(QueryParams.flag("overwrite", overwrite), identity.getPrincipal().getName());
        // Committed by now; answer once checks and findings reflect it, as every other write does.
        feed.awaitApplied(result.datasetRevision());
        return ImportResultV1.of(result);
    }
}
