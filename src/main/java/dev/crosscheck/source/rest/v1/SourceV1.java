package dev.crosscheck.source.rest.v1;

import dev.crosscheck.source.SourceText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A source document's metadata and fingerprint. {@code length} counts Unicode code points. What a
 * source does not state (publisher, publication day, URL; the file of a source added over the API) is absent.
 */
@Schema(name = "Source", requiredProperties = {"id", "title", "authors", "language", "scripts", "notes", "sha256", "length", "text"})
public record SourceV1(String id, String title, List<String> authors, String publisher,
                       @Schema(description = "The day the document was published, when known") LocalDate published,
                       String language, List<String> scripts,
                       String url, List<String> notes, String file, String sha256,
                       @Schema(description = "Length of the text in Unicode code points") int length,
                       @Schema(description = "Where to read the text") String text) {

    public static SourceV1 of(SourceText s) {
        var d = s.def();
        return new SourceV1(d.id(), d.title(), d.authors(), d.publisher(), d.published(), d.language(), d.scripts(), d.url(), d.notes(), d.file(),
                s.sha256(), s.length(), "/api/v1/sources/" + d.id() + "/text");
    }
}
