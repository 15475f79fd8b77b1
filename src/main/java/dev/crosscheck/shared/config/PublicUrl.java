package dev.crosscheck.shared.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute URLs of this service's resources, built from {@code crosscheck.public-url} alone. Nothing
 * here looks at a request: a forged Host or X-Forwarded-Host header cannot end up in an export, a
 * provenance id or a Location header.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup // a malformed public URL stops the service at start, not at the first export
public class PublicUrl {

    private final String base;

    public PublicUrl(CrosscheckConfig config) {
        URI publicUrl = config.publicUrl();
        if (!publicUrl.isAbsolute() || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("crosscheck.public-url must be an absolute http(s) URL, got '" + publicUrl + "'");
        }
        String s = publicUrl.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The configured base, without a trailing slash. */
    public String base() {
        return base;
    }

    /** {@code path} (starting with "/", already encoded) under the base. */
    public String of(String path) {
        return base + path;
    }

    public URI uri(String path) {
        return URI.create(of(path));
    }

    /** One path segment, percent-encoded (ids are slugs, but sources and claims posted over the API may hold more). */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
