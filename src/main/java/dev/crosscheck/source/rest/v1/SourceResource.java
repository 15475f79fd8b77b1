package dev.crosscheck.source.rest.v1;

import dev.crosscheck.shared.error.Problem;
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

import java.util.List;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources", description = "Source documents and their text")
public class SourceResource {

    private final SourceService sources;

    public SourceResource(SourceService sources) {
        this.sources = sources;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List the source documents")
    public List<SourceV1> list() {
        return sources.list().stream().map(SourceV1::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "A source's metadata, SHA-256 and length in code points")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceV1 get(@PathParam("id") String id) {
        return SourceV1.of(sources.get(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces({MediaType.TEXT_PLAIN + ";charset=UTF-8", Problem.MEDIA_TYPE})
    @Operation(operationId = "getSourceText",
            summary = "The source's original text, or the slice [start, end) counted in Unicode code points")
    @APIResponse(responseCode = "200", description = "The text", content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @APIResponse(responseCode = "400", description = "Range outside the text or not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String text(@PathParam("id") String id,
                       @Parameter(description = "First code point (inclusive), default 0") @QueryParam("start") String start,
                       @Parameter(description = "Last code point (exclusive), default the length") @QueryParam("end") String end) {
        return sources.slice(id, QueryParams.optionalInt("start", start), QueryParams.optionalInt("end", end));
    }
}
