package dev.crosscheck.source;

import java.util.List;

/** A source document as described in {@code seeds/sources.yaml} (or posted over the API). */
public record SourceDef(String id, String file, String title, List<String> authors, String publisher, String language,
                        List<String> scripts, String url, List<String> notes) {
}
