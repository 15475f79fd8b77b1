package dev.crosscheck.shared.failure;

import java.util.List;

/**
 * A failure the caller can act on, said in the domain's terms: what went wrong ({@link Kind}), a
 * one-line detail and the violations. Which HTTP status, problem type and title each kind gets is
 * decided in one place, the REST layer's problem mapping; the CLI maps the same kinds to exit codes.
 */
public final class DomainException extends RuntimeException {

    /** What went wrong, independent of how it is reported. */
    public enum Kind {
        /** The thing addressed does not exist. */
        NOT_FOUND,
        /** The request itself is malformed or names something unknown. */
        INVALID_INPUT,
        /** A claim is well-formed but fails the dataset's checks. */
        INVALID_CLAIM,
        /** The curated dataset (sources, catalog, claims) fails its checks. */
        INVALID_DATASET,
        /** The write would duplicate something that exists. */
        ALREADY_EXISTS,
        /** The claim is retracted and cannot take this change. */
        RETRACTED,
        /** The caller's version precondition does not hold. */
        PRECONDITION_FAILED,
        /** A write needs a version precondition and none was given. */
        PRECONDITION_REQUIRED,
        /** The input is over a configured size limit. */
        TOO_LARGE,
        /** The service cannot answer yet (still computing); retrying later helps. */
        UNAVAILABLE,
        /** The work ran past its time budget (the service is busy); retrying later, or with less, helps. */
        OVER_BUDGET,
        /** Concurrent writes kept colliding on the same data; nothing changed and retrying shortly helps. */
        CONTENDED,
        /** The client went away before the answer: nobody reads it. */
        ABANDONED
    }

    private final Kind kind;
    private final transient List<Violation> violations;

    public DomainException(Kind kind, String detail, List<Violation> violations) {
        super(detail);
        this.kind = kind;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, what + " '" + id + "' does not exist", null);
    }

    public static DomainException invalidInput(String detail, List<Violation> violations) {
        return new DomainException(Kind.INVALID_INPUT, detail, violations);
    }

    public static DomainException badParameter(String name, String message) {
        return invalidInput("invalid query parameter '" + name + "': " + message, List.of(Violation.of(name, message)));
    }

    public static DomainException tooLarge(String detail) {
        return new DomainException(Kind.TOO_LARGE, detail, null);
    }

    public static DomainException of(Kind kind, String detail) {
        return new DomainException(kind, detail, null);
    }

    /** The same failure about one part of a larger request: pointers prefixed and the detail saying which part. */
    public DomainException within(String pointerPrefix, String part) {
        return new DomainException(kind, part + ": " + getMessage(), violations.stream().map(v -> v.under(pointerPrefix)).toList());
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
