package dev.crosscheck.export.rest.v1;

import dev.crosscheck.export.ClaimReviewExporter;
import dev.crosscheck.export.ClaimsExporter;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.error.ProblemException;
import dev.crosscheck.shared.store.DatasetRevisions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    private final ClaimReviewExporter reviews;

    static final String JSON_LD = "application/ld+json";

    public ExportResource(ClaimsExporter claims, DatasetRevisions revisions, ClaimReviewExporter reviews) {
        this.reviews = reviews;
        this.claims = claims;
        this.revisions = revisions;
    }

    @GET
    @Produces({"application/yaml", "text/csv", "application/zip", JSON_LD, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportClaims", summary = "Export: format=yaml (a claims file), csv, bundle (claims and sources as a zip "
            + "the CLI validates) or claimreview (findings as schema.org ClaimReview JSON-LD)",
            description = "The claims in force as a claims file (YAML), CSV, a ZIP bundle with sources and catalog, or schema.org ClaimReview (JSON-LD), by Accept. Public.")
    @APIResponse(responseCode = "200", description = "The export; X-Dataset-Revision says which revision it reflects",
            // The files are downloads (Content-Disposition: attachment), so binary: a generated client saves their bytes
            // as they are instead of parsing them as JSON strings.
            content = {@Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "A claims file")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "One claim per row, with a header")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "Claims, sources and catalog as a directory the CLI validates")),
                    @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.OBJECT,
                            description = "schema.org ClaimReview items in @graph, one per finding"))})
    @APIResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "yaml, csv, bundle (zip of claims and sources for the CLI) or claimreview",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"yaml", "csv", "bundle", "claimreview"},
                                              defaultValue = "yaml"))
                           @QueryParam("format") String format,
                           @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        long rev = revisions.current();
        String f = format == null ? "yaml" : format;
        return switch (f) {
            case "yaml" -> Response.ok(claims.yaml(rev), "application/yaml; charset=UTF-8").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"claims-r" + rev + ".yaml\"").build();
            case "csv" -> Response.ok(claims.csv(), "text/csv; charset=UTF-8").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"claims-r" + rev + ".csv\"").build();
            case "bundle" -> Response.ok(claims.bundle(rev), "application/zip").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"crosscheck-r" + rev + ".zip\"").build();
            case "claimreview" -> Response.ok(reviews.claimReviews(base(uri)), JSON_LD).header("X-Dataset-Revision", rev).build();
            default -> throw ProblemException.badParameter("format", "must be yaml, csv, bundle or claimreview");
        };
    }

    private static String base(jakarta.ws.rs.core.UriInfo uri) {
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
