package dev.crosscheck.shared.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The configured API keys, parsed once; keys are compared in constant time. */
@ApplicationScoped
public class ApiKeys {

    /** Secrets with this prefix are the documented development defaults. */
    static final String DEV_PREFIX = "dev-";
    static final int MIN_PRODUCTION_LENGTH = 24;

    public record Key(String name, byte[] secret, Set<String> roles) {
    }

    private final List<Key> keys = new ArrayList<>();

    public ApiKeys(AuthConfig config) {
        for (String entry : config.apiKeys().orElse(List.of())) {
            String[] parts = entry.strip().split(":", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalStateException("crosscheck.auth.api-keys: entries must be name:secret:role[|role], got an entry with "
                        + parts.length + " part(s)");
            }
            keys.add(new Key(parts[0], parts[1].getBytes(StandardCharsets.UTF_8), Set.of(parts[2].split("\\|"))));
        }
    }

    /**
     * The key a request presents: the X-API-Key header when it holds one, else a bearer token in
     * Authorization; null when there is neither (an empty X-API-Key header hides no bearer token).
     */
    public static String presented(String xApiKey, String authorization) {
        if (xApiKey != null && !xApiKey.isBlank()) {
            return xApiKey.strip();
        }
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    private static final String BEARER = "Bearer ";

    public Optional<Key> find(String secret) {
        byte[] given = secret.getBytes(StandardCharsets.UTF_8);
        Key found = null;
        for (Key k : keys) {
            if (MessageDigest.isEqual(k.secret(), given)) {
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Says at start-up whether writes are possible (names only, never secrets), and how to enable
     * them; the production profile refuses to start with development keys or short secrets.
     */
    void check(@Observes StartupEvent ev) {
        if (keys.isEmpty()) {
            org.jboss.logging.Logger.getLogger(ApiKeys.class).info("writes are disabled: no API key is configured. To enable them, "
                    + "restart with CROSSCHECK_AUTH_API_KEYS='name:secret:editor' (a secret of " + MIN_PRODUCTION_LENGTH
                    + " characters or more; role admin to add sources); reads need no key");
        } else {
            org.jboss.logging.Logger.getLogger(ApiKeys.class).infof("writes enabled for %d API key(s): %s", keys.size(),
                    String.join(", ", keys.stream().map(k -> k.name() + " (" + String.join("|", new java.util.TreeSet<>(k.roles())) + ")")
                            .toList()));
        }
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        for (Key k : keys) {
            String secret = new String(k.secret(), StandardCharsets.UTF_8);
            if (secret.startsWith(DEV_PREFIX) || secret.length() < MIN_PRODUCTION_LENGTH) {
                throw new IllegalStateException("refusing to start in the prod profile: API key '" + k.name()
                        + "' is a development default or shorter than " + MIN_PRODUCTION_LENGTH + " characters");
            }
        }
    }
}
