package dev.crosscheck.export.rest.v1;

import dev.crosscheck.export.ClaimReviewExporter;
import dev.crosscheck.export.ClaimsExporter;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.store.DatasetRevisions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
            description = "The claims in force as a claims file (YAML), CSV, a ZIP bundle with sources and catalog, or schema.org "
                    + "ClaimReview (JSON-LD: one review per claim a finding cites, URLs under the configured public URL). Public.")
    @APIResponse(responseCode = "200", description = "The export; X-Dataset-Revision says which revision it reflects (and, for "
            + "claimreview, X-Ruleset-Version which rules file)",
            headers = @Header(name = "X-Dataset-Revision", description = "The dataset revision the export reflects",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = {@Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "A claims file (format=yaml), as POST /api/v1/claims/import and the CLI read it")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                        description = "One row per claim with its anchor (format=csv)")),
                @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary",
                        description = "Claims, catalog and sources as a directory tree the CLI validates (format=bundle)")),
                @Content(mediaType = JSON_LD, schema = @Schema(ref = "ClaimReviewDocument"))})
    @APIResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // The files are downloads (Content-Disposition: attachment), so binary: a generated client saves their bytes
    // as they are instead of parsing them as JSON strings.
    public Response export(@Parameter(description = "yaml, csv, bundle (zip of claims and sources for the CLI) or claimreview",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"yaml", "csv", "bundle", "claimreview"},
                                              defaultValue = "yaml"))
                           @QueryParam("format") String format) {
        long rev = revisions.current();
        String f = format == null ? "yaml" : format;
        return switch (f) {
            case "yaml" -> Response.ok(claims.yaml(rev), "application/yaml; charset=UTF-8").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"claims-r" + rev + ".yaml\"").build();
            case "csv" -> Response.ok(claims.csv(), "text/csv; charset=UTF-8").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"claims-r" + rev + ".csv\"").build();
            case "bundle" -> Response.ok(claims.bundle(rev), "application/zip").header("X-Dataset-Revision", rev)
                    .header("Content-Disposition", "attachment; filename=\"crosscheck-r" + rev + ".zip\"").build();
            case "claimreview" -> claimReview();
            default -> throw DomainException.badParameter("format", "must be yaml, csv, bundle or claimreview");
        };
    }

    private Response claimReview() {
        var export = reviews.claimReviews();
        return Response.ok(export.document(), JSON_LD).header("X-Dataset-Revision", export.datasetRevision())
                .header("X-Ruleset-Version", export.rulesetVersion()).build();
    }
}
