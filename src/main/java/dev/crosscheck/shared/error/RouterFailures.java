package dev.crosscheck.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.shared.config.CrosscheckConfig;
import dev.crosscheck.shared.failure.DomainException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP layer's own answers, before JAX-RS sees the request, are problem documents too:
 * <ul>
 * <li>a request target that is not a URI (RFC 3986: raw spaces, raw non-ASCII, a broken
 * {@code %} escape; 400), a URI longer than {@code crosscheck.max-uri-length} (414), headers
 * larger than {@code crosscheck.max-header-bytes} (431) and a body whose Content-Length is over
 * {@code quarkus.http.limits.max-body-size} (413) are refused here, first, instead of by the
 * platform with an empty body;</li>
 * <li>failures while routing (a body that cannot be decoded as the multipart form it claims to
 * be) become problems, logged when they are the service's fault; without this the platform
 * answers with a plain-text error page.</li>
 * </ul>
 * Netty's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
 * are set well above these, and Quarkus' own URI check is switched off ({@code CrosscheckMain}), so
 * that these checks, not the codec, decide (ADR 0015).
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    public RouterFailures(ObjectMapper json, CrosscheckConfig config,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.json = json;
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderBytes = config.maxHeaderBytes();
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        // After the platform's header and body routes (so the response headers of application.properties apply), before
        // its own upload limit, which would answer with an empty 413.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    void limits(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int uriLength = uri.length();
        if (uriLength > maxUriLength) {
            send(ctx, 414, "uri-too-long", "URI too long",
                    "the request URI has " + uriLength + " characters; the service reads at most " + maxUriLength);
            return;
        }
        String wrong = RequestTarget.defect(uri);
        if (wrong != null) {
            send(ctx, 400, "malformed-uri", "Malformed URI", "the request URI is not a valid URI: " + wrong);
            return;
        }
        String path = ctx.request().path();
        if (path.startsWith("/api/") && (path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.contains("/./")
                || path.contains("/../"))) {
            // "/claims/" + an empty id ("/claims/." once dot segments are removed) would otherwise be the collection: a client
            // that lost an id would get the list, silently.
            ProblemMapper.Mapped notFound = ProblemMapper.mapped(DomainException.Kind.NOT_FOUND);
            send(ctx, 404, notFound.slug(), notFound.title(), "no resource has a path ending in '/' or holding a '.' or '..' "
                    + "segment (an empty id?)");
            return;
        }
        int headerBytes = headerBytes(ctx.request().headers());
        if (headerBytes > maxHeaderBytes) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, 431, "header-fields-too-large", "Request header fields too large",
                    "the request headers have " + headerBytes + " bytes; the service reads at most " + maxHeaderBytes);
            return;
        }
        long declared = contentLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > maxBodyBytes) {
            // The body is not read: the connection cannot be reused after it.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, 413, "payload-too-large", "Payload too large",
                    "the request body has " + declared + " bytes; the service reads at most " + maxBodyBytes);
            return;
        }
        ctx.next();
    }

    /** The header block as sent: each line is name, ": ", value and CRLF. */
    private static int headerBytes(io.vertx.core.MultiMap headers) {
        int total = 0;
        for (var h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        return total;
    }

    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // Netty refuses a malformed Content-Length before any handler; nothing to compare here.
            return -1;
        }
    }

    void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        String type = ctx.request().getHeader("Content-Type");
        String detail;
        if (status >= 500 && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // The form decoder failed on the body: the client sent something else than the multipart body it announced.
            status = 400;
            detail = "the request body is not the multipart/form-data its Content-Type announces";
        } else if (status >= 500) {
            LOG.error("unexpected failure on " + ctx.request().path(), ctx.failure());
            detail = ProblemMapper.INTERNAL_DETAIL;
        } else {
            detail = "the request could not be read";
        }
        String slug = status == 400 ? ProblemMapper.MALFORMED : status >= 500 ? ProblemMapper.INTERNAL : "error";
        String title = status == 400 ? ProblemMapper.MALFORMED_TITLE : status >= 500 ? ProblemMapper.INTERNAL_TITLE : "Error";
        send(ctx, status, slug, title, detail);
    }

    private void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        // The raw path: the URI may be the very thing that is wrong, and is not echoed whole, nor when it is not a URI.
        String instance = ctx.request().path();
        if (instance != null && instance.length() > 200) {
            instance = instance.substring(0, 200);
        }
        if (instance != null && RequestTarget.defect(instance) != null) {
            instance = null;
        }
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(ProblemMapper.problem(status, slug, title, detail, instance, null)));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
