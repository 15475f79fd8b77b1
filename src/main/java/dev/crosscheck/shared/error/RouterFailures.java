package dev.crosscheck.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.shared.config.CrosscheckConfig;
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
 * <li>a URI longer than {@code crosscheck.max-uri-length} (414) and a body whose Content-Length is
 * over {@code quarkus.http.limits.max-body-size} (413) are refused here, first, instead of by the
 * platform with an empty body;</li>
 * <li>failures while routing (a body that cannot be decoded as the multipart form it claims to
 * be) become problems, logged when they are the service's fault; without this the platform
 * answers with a plain-text error page.</li>
 * </ul>
 * Netty's own request-line limit ({@code quarkus.http.limits.max-initial-line-length}) is set well
 * above the URI limit, so that the URI limit, not the codec, decides (ADR 0015).
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxBodyBytes;

    public RouterFailures(ObjectMapper json, CrosscheckConfig config,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.json = json;
        this.maxUriLength = config.maxUriLength();
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        // After the platform's header and body routes (so the response headers of application.properties apply), before
        // its own upload limit, which would answer with an empty 413.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    void limits(RoutingContext ctx) {
        int uriLength = ctx.request().uri().length();
        if (uriLength > maxUriLength) {
            send(ctx, 414, "uri-too-long", "URI too long",
                    "the request URI has " + uriLength + " characters; the service reads at most " + maxUriLength);
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
        // The raw path: the URI may be the very thing that is wrong, and is not echoed whole.
        String instance = ctx.request().path();
        if (instance != null && instance.length() > 200) {
            instance = instance.substring(0, 200);
        }
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(ProblemMapper.problem(status, slug, title, detail, instance, null)));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
