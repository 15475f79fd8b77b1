package dev.crosscheck.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crosscheck.shared.failure.DomainException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The one place where failures become HTTP responses: RFC 9457 problem documents with a stable
 * {@code type}, never a stack trace or a Java class name.
 */
public class ProblemMapper {

    public static final String TYPE_PREFIX = "urn:crosscheck:problem:";
    // Problem types raised both here and before JAX-RS (RouterFailures): one slug and one title each.
    static final String MALFORMED = "malformed-body";
    static final String MALFORMED_TITLE = "Malformed request body";
    static final String INTERNAL = "internal";
    static final String INTERNAL_TITLE = "Internal error";
    static final String INTERNAL_DETAIL = "the service failed to process the request; the failure is logged";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowed;

    public ProblemMapper(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    /** The status, problem type and title of each kind of domain failure: the one status map. */
    record Mapped(int status, String slug, String title) {
    }

    static Mapped mapped(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> new Mapped(404, "not-found", "Not found");
            case INVALID_INPUT -> new Mapped(400, "bad-request", "Bad request");
            case INVALID_CLAIM -> new Mapped(422, "invalid-claim", "Invalid claim");
            case INVALID_DATASET -> new Mapped(422, "invalid-dataset", "Invalid curated dataset");
            case ALREADY_EXISTS -> new Mapped(409, "conflict", "Conflict");
            case RETRACTED -> new Mapped(409, "retracted", "Claim retracted");
            case PRECONDITION_FAILED -> new Mapped(412, "precondition-failed", "Precondition failed");
            case PRECONDITION_REQUIRED -> new Mapped(428, "precondition-required", "Precondition required");
            case TOO_LARGE -> new Mapped(413, "payload-too-large", "Payload too large");
            case UNAVAILABLE -> new Mapped(503, "not-ready", "Not ready");
            case OVER_BUDGET -> new Mapped(503, "over-budget", "Over its time budget");
            case CONTENDED -> new Mapped(503, "write-contention", "Write contention");
            // Nobody reads it; the status is for the access log (nginx's "client closed request").
            case ABANDONED -> new Mapped(499, "client-closed-request", "Client closed request");
        };
    }

    @ServerExceptionMapper
    public Response problem(DomainException e, UriInfo uri) {
        Mapped m = mapped(e.kind());
        List<Problem.ProblemError> errors = e.violations().stream()
                .map(v -> new Problem.ProblemError(v.pointer(), v.check(), v.message(), v.line(), v.column()))
                .toList();
        if (e.kind() == DomainException.Kind.ABANDONED || e.kind() == DomainException.Kind.OVER_BUDGET) {
            LOG.info("stopped " + uri.getPath() + ": " + e.getMessage());
        }
        Response r = respond(m.status(), m.slug(), m.title(), e.getMessage(), uri, errors);
        // A busy service: worth retrying after a moment (RFC 9110 §10.2.3).
        // A collision of writers clears in milliseconds; a busy or loading service in seconds.
        String after = e.kind() == DomainException.Kind.CONTENDED ? "1" : "5";
        return m.status() == 503 ? Response.fromResponse(r).header("Retry-After", after).build() : r;
    }

    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response r = respond(401, "unauthorized", "Unauthorized",
                "this operation needs an API key (Authorization: Bearer <key> or X-API-Key: <key>); none or an unknown one was given",
                uri, null);
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer realm=\"crosscheck\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "the API key's role does not allow this operation", uri, null);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<Problem.ProblemError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.ProblemError.of(pointer(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.ProblemError::pointer))
                .toList();
        return respond(400, "bad-request", "Bad request", "the request is invalid", uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage().lines().findFirst().orElse("")
                // The parser's advice names its own switches ("enable JsonReadFeature.ALLOW_…"): not the client's business.
                .replaceAll("\\s*[;(]?\\s*(?:to allow|enable|use)[^;)]*Feature[^;)]*\\)?", "").strip();
        return respond(400, MALFORMED, MALFORMED_TITLE, "the request body is not valid JSON: " + msg, uri, null);
    }

    /**
     * Valid JSON of the wrong shape (an array for an object, {"text": ["a"]}): the platform's own
     * mapper answers a bare 400; this one says where, and what was expected, without Java names.
     */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        String pointer = e.getPath().stream()
                .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())))
                .collect(java.util.stream.Collectors.joining());
        String message = "must be " + expected(e.getTargetType());
        String where = pointer.isEmpty() ? "the request body " + message : "the request body has the wrong shape at " + pointer + ": " + message;
        return respond(400, MALFORMED, MALFORMED_TITLE, where, uri, List.of(Problem.ProblemError.of(pointer, message)));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String reason = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "none of the accepted media types can be produced";
            case 415 -> "unsupported request media type";
            default -> reason;
        };
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        Response r = respond(status, slug(reason), title(reason), detail, uri, null);
        if (status != 405) {
            return r;
        }
        // RFC 9110 §15.5.6: a 405 names the methods the resource serves.
        return Response.fromResponse(r).header(jakarta.ws.rs.core.HttpHeaders.ALLOW, String.join(", ", allowed.at(uri.getPath()))).build();
    }

    /** One title per problem type, in sentence case like the service's own ("Not found", "Method not allowed"). */
    public static String title(String reasonPhrase) {
        String lower = reasonPhrase.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public static String slug(String reasonPhrase) {
        return reasonPhrase.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(500, INTERNAL, INTERNAL_TITLE, INTERNAL_DETAIL,
                uri, null);
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri, List<Problem.ProblemError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(problem(status, slug, title, detail, uri == null ? null : uri.getRequestUri().getRawPath(), errors)).build();
    }

    /** A problem document, for the layers before JAX-RS (request filters, the HTTP router) that answer on their own. */
    public static Problem problem(int status, String slug, String title, String detail, String instance, List<Problem.ProblemError> errors) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors);
    }

    /**
     * A Bean Validation path as a JSON pointer into the body: "check.request.items[3].text" is
     * /items/3/text; "check.request" (the body itself) is ""; container nodes ("&lt;list element&gt;")
     * name nothing in the JSON and are dropped.
     */
    static String pointer(String propertyPath) {
        String path = propertyPath.replaceAll("\\.?<[^>]*>", "");
        int dot = path.indexOf('.');
        if (dot >= 0 && path.substring(0, dot).matches("[a-zA-Z]+")) {
            int second = path.indexOf('.', dot + 1);
            path = second < 0 ? "" : path.substring(second + 1);
        }
        return path.isEmpty() ? "" : "/" + path.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
    }
}
