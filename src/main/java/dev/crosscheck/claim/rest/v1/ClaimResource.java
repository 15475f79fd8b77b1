package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.ClaimPage;
import dev.crosscheck.claim.ClaimQuery;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.dataset.DatasetService;
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
    private final DatasetService dataset;
    private final SourceService sources;

    public ClaimResource(ClaimService claims, ClaimViews views, DatasetService dataset, SourceService sources) {
        this.claims = claims;
        this.views = views;
        this.dataset = dataset;
        this.sources = sources;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims, filtered and paginated")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "400", description = "Unknown filter value or bad page parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimPageV1 list(
            @Parameter(description = "Subject entity: id or any name in any script") @QueryParam("subject") String subject,
            @Parameter(description = "Property id") @QueryParam("property") String property,
            @Parameter(description = "Source id") @QueryParam("source") String source,
            @Parameter(description = "Text the quote or value contains (script- and width-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") String size) {
        Catalog catalog = dataset.catalog();
        Set<String> subjects = null;
        if (subject != null && !subject.isBlank()) {
            subjects = catalog.entityIdsByName(subject.strip());
            if (subjects.isEmpty()) {
                throw ProblemException.badParameter("subject", "no entity is called '" + subject + "'");
            }
        }
        if (property != null && catalog.property(property).isEmpty()) {
            throw ProblemException.badParameter("property", "unknown property '" + property + "'");
        }
        if (source != null && sources.find(source).isEmpty()) {
            throw ProblemException.badParameter("source", "unknown source '" + source + "'");
        }
        ClaimPage p = claims.search(new ClaimQuery(subjects, property, source, q, QueryParams.page(page), QueryParams.size(size)));
        return new ClaimPageV1(p.items().stream().map(views::view).toList(), p.total(), p.page(), p.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "One claim with value, qualifiers, source and both selectors")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimV1 get(@PathParam("id") String id) {
        return views.view(claims.get(id));
    }
}
