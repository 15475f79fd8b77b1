package dev.crosscheck.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details document, with an {@code errors} extension listing individual violations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)", requiredProperties = {"type", "title", "status"})
public record Problem(String type, String title, int status, String detail, String instance, List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One violation: where (a JSON pointer, a parameter name or a file position) and what. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProblemError(String pointer, String check, String message, Integer line, Integer column) {
        public static ProblemError of(String pointer, String message) {
            return new ProblemError(pointer, null, message, null, null);
        }
    }
}
