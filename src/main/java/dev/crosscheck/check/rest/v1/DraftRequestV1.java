package dev.crosscheck.check.rest.v1;

import dev.crosscheck.check.DraftCheck;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft to check sentence by sentence. */
@Schema(name = "DraftCheckRequest", description = "A draft of plain text, up to " + DraftCheck.MAX_LENGTH + " characters")
public record DraftRequestV1(
        @Schema(description = "Plain text in Chinese, English or both: paragraphs, quotes and parentheses as written",
                examples = "该公司成立于2015年。去年营业收入超过3亿元。")
        @NotNull(message = "must not be null")
        @Size(max = DraftCheck.MAX_LENGTH, message = "must be at most " + DraftCheck.MAX_LENGTH + " characters") String text,
        @Schema(description = "Language of the whole draft; detected sentence by sentence when absent",
                enumeration = {"zh-Hans", "zh-Hant", "en"})
        @Pattern(regexp = "^(zh-Hans|zh-Hant|en)$", message = "must be zh-Hans, zh-Hant or en") String lang) {
}
