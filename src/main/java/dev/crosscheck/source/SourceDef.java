package dev.crosscheck.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A source document as described in {@code seeds/sources.yaml} (or posted over the API).
 * {@code published} is the day the document was published, when known: the day its claims were made.
 */
public record SourceDef(String id, String file, String title, List<String> authors, String publisher, LocalDate published,
                        String language, List<String> scripts, String url, List<String> notes) {
}
