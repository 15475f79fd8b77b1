package dev.crosscheck.validation;

import java.nio.file.Path;

/**
 * Paths as reports show them. SARIF consumers resolve a result's file against the repository
 * root, and CI runs from that root: so an absolute path under the working directory becomes
 * relative to it, and separators are always {@code /}.
 */
public final class ReportPaths {

    private ReportPaths() {
    }

    public static Path shorten(Path p) {
        Path normal = p.normalize();
        if (normal.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (normal.startsWith(cwd) && !normal.equals(cwd)) {
                return cwd.relativize(normal);
            }
        }
        return normal.toString().isEmpty() ? Path.of(".") : normal;
    }

    /** A report path as a URI reference: forward slashes, each segment percent-encoded. */
    public static String uri(String file) {
        return java.util.Arrays.stream(file.replace('\\', '/').split("/", -1))
                .map(seg -> java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(java.util.stream.Collectors.joining("/"));
    }
}
