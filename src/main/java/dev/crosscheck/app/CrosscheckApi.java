package dev.crosscheck.app;

import dev.crosscheck.shared.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** OpenAPI-level description of the API: its security schemes (the same key in either header). */
@OpenAPIDefinition(info = @Info(title = "crosscheck API", version = "1.0.0",
        contact = @org.eclipse.microprofile.openapi.annotations.info.Contact(name = "crosscheck maintainers",
                url = "http://localhost:8080/q/swagger-ui")),
        components = @Components(schemas = {
            // The export formats follow outside standards and are described loosely: their shape is theirs, not this contract's.
            @Schema(name = "ProvDocument", type = SchemaType.OBJECT, description = "A W3C PROV-JSON document "
                    + "(https://www.w3.org/submissions/prov-json/): prefix, entity, agent, activity and the relations between them"),
            @Schema(name = "ClaimReviewDocument", type = SchemaType.OBJECT, description = "schema.org ClaimReview items as JSON-LD")},
            // Failures several operations share, documented once: access (every write), a claim's conditional writes (PUT, PATCH, DELETE),
            // the anonymous rate limit of computing endpoints and write contention.
            responses = {
            @APIResponse(name = "Unauthorized", description = "No or unknown API key", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Forbidden", description = "The key's role does not allow this", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "NoSuchClaim", description = "No such claim", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "StaleIfMatch", description = "The claim changed since the ETag in If-Match",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "MissingIfMatch", description = "If-Match is missing",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "RateLimited", description = "This client sent more anonymous requests to computing endpoints than "
                    + "allowed (crosscheck.rate-limit.*); retry after Retry-After seconds, or send an API key",
                    headers = @Header(name = "Retry-After", description = "Seconds until a request will be accepted",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "WriteContention", description = "Concurrent writes to the same data kept colliding; nothing was "
                    + "changed; retry after Retry-After seconds",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))},
            securitySchemes = {
            @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
                    description = "An API key as a bearer token; reads are public, writes need the editor role, "
                            + "sources and imports the admin role"),
            @SecurityScheme(securitySchemeName = CrosscheckApi.HEADER_SCHEME, type = SecuritySchemeType.APIKEY,
                    in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                    description = "The same API key in the X-API-Key header")}))
public class CrosscheckApi extends Application {

    static final String HEADER_SCHEME = "apiKeyHeader";
}
