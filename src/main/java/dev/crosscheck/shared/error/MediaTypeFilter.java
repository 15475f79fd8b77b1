package dev.crosscheck.shared.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * A Content-Type that is not one media type ("a/b/c", ";;;", "application/json, text/plain") is
 * a 415 problem. Checked before routing: the router would otherwise fail on it while choosing a
 * method, which surfaces as an internal error.
 */
public class MediaTypeFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> contentType(ContainerRequestContext request) {
        String raw = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            MediaType type = MediaType.valueOf(raw);
            if (!raw.contains(",") && !type.getType().isEmpty() && !type.getSubtype().isEmpty()) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        String reason = Response.Status.UNSUPPORTED_MEDIA_TYPE.getReasonPhrase();
        Problem p = ProblemMapper.problem(415, ProblemMapper.slug(reason), ProblemMapper.title(reason),
                "the Content-Type header is not a single media type (type/subtype with optional parameters)",
                request.getUriInfo().getRequestUri().getRawPath(), null);
        return Optional.of(Response.status(415).type(Problem.MEDIA_TYPE).entity(p).build());
    }
}
