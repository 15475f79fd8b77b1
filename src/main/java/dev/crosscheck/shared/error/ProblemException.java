package dev.crosscheck.shared.error;

import java.util.List;

/**
 * A failure the client can act on, carried to {@link ProblemMapper} which renders it as a
 * problem document. Domain code throws the factory methods; it never builds HTTP responses.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final transient List<Problem.ProblemError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.ProblemError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist", null);
    }

    public static ProblemException badRequest(String detail, List<Problem.ProblemError> errors) {
        return new ProblemException(400, "bad-request", "Bad request", detail, errors);
    }

    /** The request (or one document in it) is over a configured size limit. */
    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, null);
    }

    public static ProblemException badParameter(String name, String message) {
        return badRequest("invalid query parameter '" + name + "': " + message, List.of(Problem.ProblemError.of(name, message)));
    }

    /**
     * The same problem about one part of a larger request: pointers prefixed ("/items/3") and
     * the detail saying which part ("item 3: …").
     */
    public ProblemException within(String pointerPrefix, String part) {
        List<Problem.ProblemError> prefixed = errors.stream()
                .map(e -> new Problem.ProblemError(pointerPrefix + (e.pointer() == null ? "" : e.pointer()), e.check(), e.message(),
                        e.line(), e.column()))
                .toList();
        return new ProblemException(status, slug, title, part + ": " + getMessage(), prefixed);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.ProblemError> errors() {
        return errors;
    }
}
