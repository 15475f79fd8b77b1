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
     * Largest claims file {@code POST /claims/import} accepts, in bytes: an import is a dataset
     * operation for admins (100,000 claims are about 27 MB), so it has its own limit, at most the
     * HTTP layer's {@code quarkus.http.limits.max-body-size}.
     */
    @io.smallrye.config.WithName("import.max-bytes")
    @WithDefault("67108864")
    long maxImportBytes();

    /**
     * How long the transaction of one import (API import, re-import or the start-up load) may run
     * before the transaction manager rolls it back, instead of the default 60 s that suits single
     * writes: an import writes all its claims in one transaction, all or nothing, about 1 ms a claim
     * here. A rolled-back import changes nothing and answers 503.
     */
    @io.smallrye.config.WithName("import.timeout")
    @WithDefault("PT10M")
    java.time.Duration importTimeout();

    /**
     * How many claims an import writes before it flushes them (in JDBC batches) and lets go of them:
     * what bounds an import's memory, whatever its size. The tests use a small one, so that every
     * import test crosses chunk boundaries.
     */
    @io.smallrye.config.WithName("import.chunk-size")
    @WithDefault("1000")
    int importChunkSize();

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
