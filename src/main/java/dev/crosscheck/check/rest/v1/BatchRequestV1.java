package dev.crosscheck.check.rest.v1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CheckBatchRequest", description = "Up to " + BatchRequestV1.MAX_ITEMS + " statements, answered in order, with at most "
        + BatchRequestV1.MAX_CHARACTERS + " characters of text in all")
public record BatchRequestV1(
        @NotNull(message = "must be a list of checks")
        @Size(min = 1, max = MAX_ITEMS, message = "must hold between 1 and " + MAX_ITEMS + " checks")
        List<@Valid @NotNull CheckRequestV1> items) {

    public static final int MAX_ITEMS = 1000;
    /** The same budget as a draft's: what one request may ask to be read. */
    public static final int MAX_CHARACTERS = dev.crosscheck.check.DraftCheck.MAX_LENGTH;
}
