package dev.crosscheck.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures of the HTTP layer before JAX-RS sees the request (a body that cannot be decoded as the
 * multipart form it claims to be) are problem documents too, and logged when they are the
 * service's fault; without this the platform answers with a plain-text error page.
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    private final ObjectMapper json;

    public RouterFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
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
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(ProblemMapper.problem(status, slug, title, detail, ctx.request().path(), null)));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
