package dev.crosscheck.export.rest.v1;

import dev.crosscheck.export.ProvenanceExporter;
import dev.crosscheck.shared.error.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/claims")
@Tag(name = "exports")
public class ProvenanceResource {

    public static final String PROV_JSON = "application/prov+json";
    static final String PROV_SCHEMA = "ProvDocument";

    private final ProvenanceExporter provenance;

    public ProvenanceResource(ProvenanceExporter provenance) {
        this.provenance = provenance;
    }

    @GET
    @Path("/{id}/provenance")
    @Produces({PROV_JSON, MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getClaimProvenance", summary = "A claim's provenance as W3C PROV-JSON",
            description = "The W3C PROV record of a claim: every revision as an activity of its agent, one entity per version of the "
                    + "claim (each wasRevisionOf the one before and quoted from its source at its two Web Annotation selectors), a "
                    + "retraction as wasInvalidatedBy. Ids are URLs under the configured public URL. PROV-JSON or plain JSON by Accept. Public.")
    @APIResponse(responseCode = "200", description = "PROV-JSON document",
            content = {@Content(mediaType = PROV_JSON, schema = @Schema(ref = PROV_SCHEMA)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = PROV_SCHEMA))})
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response provenance(@PathParam("id") String id) {
        Map<String, Object> doc = provenance.prov(id);
        return Response.ok(doc, PROV_JSON).build();
    }
}
