package dev.crosscheck.claim.rest.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.claim.ClaimBodies;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimWriteService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.rest.QueryParams;
import dev.crosscheck.shared.security.Roles;
import dev.crosscheck.shared.config.PublicUrl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * Writes to claims. Every body is read and checked exactly as the CLI validator reads a claims
 * file; every change needs the editor role and, for existing claims, If-Match.
 */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/yaml"})
@Tag(name = "claims")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "422", description = "The claim fails validation; every problem is listed in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", ref = "WriteContention")
public class ClaimWriteResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final ClaimWriteService writes;
    private final ClaimService claims;
    private final ClaimViews views;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final long maxBytes;
    private final long maxImportBytes;
    private final PublicUrl urls;

    public ClaimWriteResource(ClaimWriteService writes, ClaimService claims, ClaimViews views, SecurityIdentity identity,
                              ObjectMapper json, CrosscheckConfig config, PublicUrl urls) {
        this.writes = writes;
        this.claims = claims;
        this.views = views;
        this.identity = identity;
        this.json = json;
        this.maxBytes = config.maxDocumentBytes();
        this.maxImportBytes = config.maxImportBytes();
        this.urls = urls;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createClaim", summary = "Add a claim; its quote must anchor in its source",
            description = "Adds one claim, read and validated exactly as the CLI validates a claims file; its quote must anchor in its source. Needs an editor key.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClaimWriteV1.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            headers = {@Header(name = HttpHeaders.ETAG, description = ClaimViews.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.LOCATION, description = "The claim's URL", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimV1.class)))
    @APIResponse(responseCode = "409", description = "A claim with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(byte[] body, @Parameter(description = "Comment recorded in the revision") @QueryParam("comment") String comment) {
        StoredClaim c = writes.create(ClaimBodies.claim(body, maxBytes), actor(), comment);
        return Response.created(urls.uri("/api/v1/claims/" + PublicUrl.segment(c.claim().id()))).tag(Preconditions.tag(c)).entity(views.view(c)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceClaim", summary = "Replace a claim (If-Match required)",
            description = "Replaces a claim with a new version; If-Match must carry the ETag last read. Every change is kept in the claim's history. Needs an editor key.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClaimWriteV1.class)))
    @APIResponse(responseCode = "404", ref = "NoSuchClaim")
    @APIResponse(responseCode = "409", description = "The claim is retracted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned",
            headers = @Header(name = HttpHeaders.ETAG, description = ClaimViews.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimV1.class)))
    @APIResponse(responseCode = "412", ref = "StaleIfMatch")
    @APIResponse(responseCode = "428", ref = "MissingIfMatch")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body,
                            @QueryParam("comment") String comment) {
        var pre = Preconditions.required(ifMatch, id);
        return ok(writes.replace(id, pre, ClaimBodies.claim(body, maxBytes), actor(), comment));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchClaim", summary = "Change some fields of a claim with a JSON Merge Patch (RFC 7396; If-Match required)",
            description = "Changes some fields of a claim by JSON Merge Patch; the result is validated like a new claim; If-Match must carry the ETag last read. Needs an editor key.")
    @RequestBody(description = "The fields to change; null removes an optional field (unit, qualifiers, note)",
            content = {@Content(mediaType = MERGE_PATCH, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    description = "Any of the fields of ClaimWrite, none required")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                        description = "Any of the fields of ClaimWrite, none required"))})
    @APIResponse(responseCode = "404", ref = "NoSuchClaim")
    @APIResponse(responseCode = "409", description = "The claim is retracted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Patched; the new ETag is returned",
            headers = @Header(name = HttpHeaders.ETAG, description = ClaimViews.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimV1.class)))
    @APIResponse(responseCode = "400", description = "The merge patch is not a JSON object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "StaleIfMatch")
    @APIResponse(responseCode = "428", ref = "MissingIfMatch")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] patch,
                          @QueryParam("comment") String comment) {
        var pre = Preconditions.required(ifMatch, id);
        var current = ClaimWriteService.writable(claims.get(id).claim());
        return ok(writes.replace(id, pre, ClaimBodies.claim(ClaimBodies.mergePatch(current, patch, json), maxBytes), actor(), comment));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "retractClaim",
            summary = "Retract a claim with a reason (If-Match required); it stays readable and leaves findings and checks",
            description = "Retracts a claim with a reason; it stays readable (includeRetracted=true) and in its history but no longer counts in checks and findings. Needs an editor key.")
    @APIResponse(responseCode = "400", description = "No reason was given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NoSuchClaim")
    @APIResponse(responseCode = "409", description = "The claim is already retracted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Retracted",
            headers = @Header(name = HttpHeaders.ETAG, description = ClaimViews.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimV1.class)))
    @APIResponse(responseCode = "412", ref = "StaleIfMatch")
    @APIResponse(responseCode = "428", ref = "MissingIfMatch")
    public Response retract(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(description = "Why the claim is retracted", required = true) @QueryParam("reason") String reason) {
        var pre = Preconditions.required(ifMatch, id);
        return ok(writes.retract(id, pre, reason, actor()));
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importClaims", summary = "Import a whole claims file, all or nothing",
            description = "Existing claims that differ are kept unless overwrite=true; the response lists what was created, "
                    + "updated, unchanged and kept. A file may hold up to crosscheck.import.max-bytes (64 MiB by default, about "
                    + "200,000 claims); the import runs in one transaction under crosscheck.import.timeout (10 minutes), past which "
                    + "it is rolled back and answered 503 over-budget. The answer comes once findings and checks reflect the import, "
                    + "or after crosscheck.derived-wait (5 s), whichever is first: after a large import they catch up in the "
                    + "background (about a second per thousand claims here).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClaimsFileV1.class)))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResultV1.class)))
    public ImportResultV1 importFile(byte[] body, @Parameter(description = "Replace claims that exist (default false)",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("overwrite") String overwriteParam, @QueryParam("comment") String comment) {
        return ImportResultV1.of(writes.importAll(ClaimBodies.file(body, maxImportBytes), QueryParams.flag("overwrite", overwriteParam), actor(), comment));
    }

    private Response ok(StoredClaim c) {
        return Response.ok(views.view(c)).tag(Preconditions.tag(c)).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
