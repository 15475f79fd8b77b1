package dev.crosscheck.source.anchor;

/**
 * W3C Web Annotation TextPositionSelector. Offsets count Unicode code points of the source's
 * original text; {@code end} is exclusive.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(requiredProperties = {"type", "start", "end"})
public record TextPositionSelector(String type, int start, int end) {
    public TextPositionSelector(int start, int end) {
        this("TextPositionSelector", start, end);
    }
}
