package dev.crosscheck.check.rest.v1;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** One statement to check: a sentence ({@code text}, optional {@code lang}) or a structured claim. */
@Schema(name = "CheckRequest", description = "Either a sentence (text, optional lang) or a structured claim (subject, property, value, "
        + "optional unit and qualifiers)")
public record CheckRequestV1(
        @Schema(description = "One sentence in Simplified Chinese, Traditional Chinese or English",
                examples = "Hangzhou had more than 138 incubators in 2018")
        @Size(max = MAX_TEXT, message = "must be at most " + MAX_TEXT + " characters") String text,
        @Schema(description = "Language of the text; detected when absent", enumeration = {"zh-Hans", "zh-Hant", "en"})
        @Pattern(regexp = "^(zh-Hans|zh-Hant|en)$", message = "must be zh-Hans, zh-Hant or en") String lang,
        @Schema(description = "Structured claim: subject entity id or any of its names") @Size(max = 200) String subject,
        @Schema(description = "Structured claim: property id") @Size(max = 100) String property,
        @Schema(description = "Structured claim: the value as written (number, phrase, entity, boolean or list of entities)")
        Object value,
        @Schema(description = "Structured claim: unit id or name; the property's unit when absent") @Size(max = 50) String unit,
        @Schema(description = "Structured claim: qualifiers (asOf, ranking, scope, metric, definition, outOf …)")
        @Size(max = 20) Map<String, @Size(max = 200) String> qualifiers) {

    public static final int MAX_TEXT = dev.crosscheck.check.CheckInput.Text.MAX_LENGTH;
}
