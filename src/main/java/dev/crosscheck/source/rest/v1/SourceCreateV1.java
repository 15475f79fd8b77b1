package dev.crosscheck.source.rest.v1;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SourceCreate", description = "A new source document: its full text and metadata; the SHA-256 is computed")
public record SourceCreateV1(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lowercase id of at most 64 characters")
                             String id,
                             @NotBlank String title,
                             @NotBlank String text,
                             @NotBlank String language,
                             List<String> authors, String publisher, List<String> scripts, String url, List<String> notes) {
}
