package dev.crosscheck.validation.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats, with the media type each is served as over HTTP. */
public enum ReportFormat {
    TEXT("text/plain"),
    JSON("application/json"),
    SARIF("application/sarif+json"),
    JUNIT("application/xml");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The writer for this format; {@code color} only matters for text, {@code docs} (where the
     * documentation is published, {@code crosscheck.docs-url}) only for SARIF's rule links.
     */
    public ReportWriter writer(boolean color, java.net.URI docs) {
        return switch (this) {
            case TEXT -> new TextReportWriter(color);
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter(docs);
            case JUNIT -> new JunitReportWriter();
        };
    }

    /** The format served as this media type (ignoring parameters), if any. */
    public static Optional<ReportFormat> ofMediaType(String type) {
        for (ReportFormat f : values()) {
            if (f.mediaType.equalsIgnoreCase(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
