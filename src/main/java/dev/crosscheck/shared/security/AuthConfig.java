package dev.crosscheck.shared.security;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * API keys, from configuration or the environment ({@code CROSSCHECK_AUTH_API_KEYS}). Each entry is
 * {@code name:secret:role[|role…]}; the name is what revisions record as the actor.
 */
@ConfigMapping(prefix = "crosscheck.auth")
public interface AuthConfig {

    Optional<List<String>> apiKeys();
}
