package dev.crosscheck.source.rest.v1;

import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.rest.QueryParams;
import dev.crosscheck.shared.security.Roles;
import dev.crosscheck.shared.config.PublicUrl;
import dev.crosscheck.source.SourceDef;
import dev.crosscheck.source.SourceService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
    private final SecurityIdentity identity;
    private final PublicUrl urls;

    public SourceResource(SourceService sources, SecurityIdentity identity, PublicUrl urls) {
        this.sources = sources;
        this.identity = identity;
        this.urls = urls;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "createSource", summary = "Add a source document (admin); its SHA-256 and length are computed",
            description = "Stores a new source document from its full text and metadata; the SHA-256 and the length in code points are computed. Needs an admin key.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceV1.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "The key is not an admin key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = "WriteContention")
    @APIResponse(responseCode = "409", description = "A source with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull SourceCreateV1 body) {
        SourceDef def = new SourceDef(body.id(), null, body.title(), orEmpty(body.authors()), body.publisher(), body.published(), body.language(),
                orEmpty(body.scripts()), body.url(), orEmpty(body.notes()));
        SourceV1 created = SourceV1.of(sources.create(def, body.text(), identity.getPrincipal().getName()));
        return Response.created(urls.uri("/api/v1/sources/" + PublicUrl.segment(body.id()))).entity(created).build();
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List the source documents",
            description = "Metadata and fingerprint of every source document. Public.")
    public List<SourceV1> list() {
        return sources.list().stream().map(SourceV1::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "A source's metadata, SHA-256 and length in code points",
            description = "One source's metadata, fingerprint and the link to its text. Public.")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceV1 get(@PathParam("id") String id) {
        return SourceV1.of(sources.get(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces({TEXT, Problem.MEDIA_TYPE})
    @Operation(operationId = "getSourceText",
            summary = "The source's original text, or the slice [start, end) counted in Unicode code points",
            description = "The source's text exactly as stored, or a slice of it in Unicode code points, the unit every selector of the API counts in. Always text/plain. Public.")
    @APIResponse(responseCode = "200", description = "The text", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    description = "The code points [start, end) of the original text, UTF-8")))
    @APIResponse(responseCode = "400", description = "Range outside the text or not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response text(@PathParam("id") String id,
                         @Parameter(description = "First code point (inclusive), default 0", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0")) @QueryParam("start") String start,
                         @Parameter(description = "Last code point (exclusive), default the length", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0")) @QueryParam("end") String end) {
        // The type is set here: a client accepting problem documents (as browsers' fetch calls do) would
        // otherwise get the text labelled application/problem+json, the other type this method produces.
        return Response.ok(sources.slice(id, QueryParams.optionalInt("start", start), QueryParams.optionalInt("end", end)), TEXT).build();
    }

    private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=UTF-8";
}
