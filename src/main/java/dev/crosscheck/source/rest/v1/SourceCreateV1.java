package dev.crosscheck.source.rest.v1;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "SourceCreate", description = "A new source document: its full text and metadata; the SHA-256 is computed")
public record SourceCreateV1(@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$", message = "must be a lowercase id of at most 64 characters")
                             String id,
                             @NotBlank @Size(max = 1000) String title,
                             @NotBlank String text,
                             @NotBlank @Size(max = 32) String language,
                             List<String> authors,
                             @Size(max = 500) String publisher,
                             @Schema(description = "The day the document was published, when known") LocalDate published,
                             @Size(max = 10) List<@Size(max = 20) String> scripts,
                             @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") String url,
                             List<String> notes) {
    // The limits are the columns' (V1__sources_and_claims.sql): checked here, before the database refuses them.
}
