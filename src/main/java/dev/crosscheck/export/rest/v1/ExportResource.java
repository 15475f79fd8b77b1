package dev.crosscheck.export.rest.v1;

import dev.crosscheck.claim.history.DatasetRevisions;
import dev.crosscheck.export.ClaimsExporter;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.error.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/export")
@Tag(name = "exports", description = "Claims and provenance in standard formats")
public class ExportResource {

    private final ClaimsExporter claims;
    private final DatasetRevisions revisions;

    public ExportResource(ClaimsExporter claims, DatasetRevisions revisions) {
        this.claims = claims;
        this.revisions = revisions;
    }

    @GET
    @Produces({"application/yaml", "text/csv", Problem.MEDIA_TYPE})
    @Operation(operationId = "exportClaims", summary = "Export the claims in force: format=yaml (a claims file) or csv")
    @APIResponse(responseCode = "200", description = "The export; X-Dataset-Revision says which revision it reflects",
            content = {@Content(mediaType = "application/yaml"), @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "yaml or csv") @QueryParam("format") String format) {
        long rev = revisions.current();
        String f = format == null ? "yaml" : format;
        return switch (f) {
            case "yaml" -> Response.ok(claims.yaml(rev), "application/yaml; charset=UTF-8").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"claims-r" + rev + ".yaml\"").build();
            case "csv" -> Response.ok(claims.csv(), "text/csv; charset=UTF-8").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"claims-r" + rev + ".csv\"").build();
            default -> throw ProblemException.badParameter("format", "must be yaml or csv (findings as ClaimReview: /api/v1/findings/claimreview)");
        };
    }
}
