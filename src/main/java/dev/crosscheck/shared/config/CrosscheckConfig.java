package dev.crosscheck.shared.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Typed configuration of the service; see application.properties for the defaults per profile. */
@ConfigMapping(prefix = "crosscheck")
public interface CrosscheckConfig {

    /** The curated claims directory (entities, properties, rules, claims files). */
    @WithDefault("claims")
    Path claimsDir();

    /** The sources directory ({@code sources.yaml} and the texts). */
    @WithDefault("seeds")
    Path seedsDir();

    /** Directory of the embedded H2 database files (used in the jdbc url); H2 wants relative paths to start with "./". */
    @WithDefault("./data")
    Path dataDir();

    /** Whether to load the curated files into an empty store at start-up (off in command mode). */
    @WithDefault("true")
    boolean loadOnStart();

    /**
     * The service's public address (scheme, host, port and any path prefix), from which exports,
     * provenance ids and Location headers build absolute URLs. Configured rather than read from
     * the request, so a client's Host or X-Forwarded-* headers never reach a document.
     */
    @WithDefault("http://localhost:8080")
    java.net.URI publicUrl();

    /** Largest document (claims file, source text, request body) accepted, in bytes. */
    @WithDefault("10485760")
    long maxDocumentBytes();

    /**
     * Where the repository's {@code docs/} folder is published, ending in {@code /}: SARIF reports
     * link each rule to its section of {@code validation-checks.md} there. The default is a
     * reserved name (RFC 2606) that never resolves, so no link can lead to a stranger's site; CI
     * sets the real one (README, GitHub Actions).
     */
    @WithDefault(DEFAULT_DOCS_URL)
    java.net.URI docsUrl();

    String DEFAULT_DOCS_URL = "https://crosscheck.example/docs/";

    /** Longest request URI (path and query) read, in characters; longer gets a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Largest header block read, in bytes (names, values and separators); larger gets a 431
     * problem. Netty's own limit, {@code quarkus.http.limits.max-header-size}, sits above it.
     */
    @WithDefault("20480")
    int maxHeaderBytes();

    /**
     * How long a batch or a draft check may work before it stops with a 503 problem
     * (Retry-After): its size limits bound the work on a quiet machine, this bounds it on a busy
     * one. Work also stops as soon as the client closes the connection.
     */
    @WithDefault("PT20S")
    java.time.Duration requestDeadline();

    /**
     * Requests per minute that one client (by its address) may send without an API key to the
     * endpoints that compute (checks, suggestions, validations, comparisons); 0 switches the limit
     * off. Requests with a valid key are not counted: a newsroom's own tools are not throttled. The
     * default leaves room for a newsroom whose journalists share one address behind a NAT.
     */
    @io.smallrye.config.WithName("rate-limit.anonymous-per-minute")
    @WithDefault("600")
    int anonymousPerMinute();

    /** How many such requests a client may send at once before the per-minute rate applies. */
    @io.smallrye.config.WithName("rate-limit.burst")
    @WithDefault("100")
    int anonymousBurst();
}
