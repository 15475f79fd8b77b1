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

    /** Largest document (claims file, source text, request body) accepted, in bytes. */
    @WithDefault("10485760")
    long maxDocumentBytes();

    /** Longest request URI (path and query) read, in characters; longer gets a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();
}
