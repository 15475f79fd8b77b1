package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.CurrentCatalog;
import dev.crosscheck.catalog.rest.v1.SubjectParam;
import dev.crosscheck.claim.ClaimPage;
import dev.crosscheck.claim.ClaimQuery;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.history.RevisionService;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.error.ProblemException;
import dev.crosscheck.shared.rest.QueryParams;
import dev.crosscheck.source.SourceService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "Curated claims with provenance")
public class ClaimResource {

    private final ClaimService claims;
    private final ClaimViews views;
    private final CurrentCatalog dataset;
    private final SourceService sources;
    private final RevisionService revisions;

    public ClaimResource(ClaimService claims, ClaimViews views, CurrentCatalog dataset, SourceService sources, RevisionService revisions) {
        this.revisions = revisions;
        this.claims = claims;
        this.views = views;
        this.dataset = dataset;
        this.sources = sources;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims, filtered and paginated",
            description = "Claims in force, filtered by subject (any name, any script), property, source or text, paginated. Public.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "400", description = "Unknown filter value or bad page parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimPageV1 list(
            @Parameter(description = "Subject entity: id or any name in any script") @QueryParam("subject") String subject,
            @Parameter(description = "Property id") @QueryParam("property") String property,
            @Parameter(description = "Source id") @QueryParam("source") String source,
            @Parameter(description = "Text the quote or value contains (script- and width-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Include retracted claims (default false)",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("includeRetracted") String includeRetracted,
            @Parameter(description = "Page number, from 1", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "10737418")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        Catalog catalog = dataset.catalog();
        Set<String> subjects = SubjectParam.resolve(catalog, subject);
        if (property != null && catalog.property(property).isEmpty()) {
            throw ProblemException.badParameter("property", "unknown property '" + property + "'");
        }
        if (source != null && sources.find(source).isEmpty()) {
            throw ProblemException.badParameter("source", "unknown source '" + source + "'");
        }
        ClaimPage p = claims.search(new ClaimQuery(subjects, property, source, q, QueryParams.flag("includeRetracted", includeRetracted), QueryParams.page(page), QueryParams.size(size)));
        return new ClaimPageV1(p.items().stream().map(views::view).toList(), p.total(), p.page(), p.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "One claim with value, qualifiers, source and both selectors",
            description = "Retracted claims stay readable. The ETag names the version; If-None-Match with it gives 304. "
                    + "The claim as an earlier revision left it: GET /api/v1/claims/{id}/revisions/{revision}. Public.")
    @APIResponse(responseCode = "200", description = "The claim",
            headers = @Header(name = HttpHeaders.ETAG, description = ClaimViews.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimV1.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        StoredClaim c = claims.get(id);
        if (Preconditions.matches(ifNoneMatch, c.etag())) {
            return Response.notModified().tag(Preconditions.tag(c)).build();
        }
        return Response.ok(views.view(c)).tag(Preconditions.tag(c)).build();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listClaimRevisions", summary = "Every revision of a claim, oldest first",
            description = "Every revision of a claim, oldest first, with who changed it, when and why. Public.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public java.util.List<RevisionV1> revisions(@PathParam("id") String id) {
        claims.get(id);
        return revisions.history(id).stream().map(RevisionV1::of).toList();
    }

    // A revision has its own path: under GET /{id} it would answer a document of another shape than the
    // claim that operation promises, which a generated client cannot read.
    @GET
    @Path("/{id}/revisions/{revision}")
    @Operation(operationId = "getClaimRevision", summary = "One revision of a claim: who changed it, when, why, and the claim as it left it",
            description = "Revision N of a claim (from 1, as listed by GET /api/v1/claims/{id}/revisions), with a snapshot of the "
                    + "claim as that revision left it. Public.")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionV1.class)))
    @APIResponse(responseCode = "400", description = "The revision is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim or revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevisionV1 revision(@PathParam("id") String id,
                               @Parameter(description = "A revision number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                               @PathParam("revision") String revision) {
        claims.get(id);
        Integer n = QueryParams.optionalInt("revision", revision);
        if (n == null) {
            throw ProblemException.badParameter("revision", "must be a revision number");
        }
        return RevisionV1.of(revisions.revision(id, n));
    }
}
