package dev.crosscheck.shared.rest;

import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.error.Problem;
import dev.crosscheck.shared.error.ProblemMapper;
import dev.crosscheck.shared.security.ApiKeys;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * Per-client limits for anonymous requests to the endpoints that compute: one client without a key
 * cannot keep the service's cores for itself. A request over its client's rate is answered 429 with
 * Retry-After before any work is done. Requests carrying a key the service knows are not limited;
 * one carrying an unknown key is limited like an anonymous one (it gets no further anyway).
 */
@ApplicationScoped
public class RateLimits {

    /** POST endpoints whose cost grows with their input; reads are cheap and cached by clients. */
    private static final List<String> HEAVY = List.of("/api/v1/checks", "/api/v1/validations", "/api/v1/compare");
    /** A source's suggestions: /api/v1/sources/{id}/suggestions. */
    private static final java.util.regex.Pattern SUGGESTIONS = java.util.regex.Pattern.compile("/api/v1/sources/[^/]+/suggestions/?");

    private final TokenBuckets buckets;
    private final ApiKeys keys;

    public RateLimits(CrosscheckConfig config, ApiKeys keys) {
        this.buckets = config.anonymousPerMinute() <= 0 ? null
                : new TokenBuckets(config.anonymousPerMinute() / 60.0, Math.max(1, config.anonymousBurst()), 100_000, System::nanoTime);
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (buckets == null || !"POST".equals(request.getMethod()) || !heavy(request.getUriInfo().getRequestUri().getRawPath())
                || hasKnownKey(request)) {
            return Optional.empty();
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long waitNanos = buckets.take(client);
        if (waitNanos == 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        String reason = "Too Many Requests";
        Problem p = ProblemMapper.problem(429, ProblemMapper.slug(reason), ProblemMapper.title(reason),
                "this client sent more anonymous requests to computing endpoints than the service allows (crosscheck.rate-limit.*); "
                        + "retry after " + seconds + " s, or send an API key", request.getUriInfo().getRequestUri().getRawPath(), null);
        return Optional.of(Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(seconds)).entity(p).build());
    }

    private static boolean heavy(String path) {
        if (SUGGESTIONS.matcher(path).matches()) {
            return true;
        }
        for (String h : HEAVY) {
            if (path.equals(h) || path.startsWith(h + "/")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasKnownKey(ContainerRequestContext request) {
        String key = ApiKeys.presented(request.getHeaderString("X-API-Key"), request.getHeaderString("Authorization"));
        return key != null && keys.find(key).isPresent();
    }
}
