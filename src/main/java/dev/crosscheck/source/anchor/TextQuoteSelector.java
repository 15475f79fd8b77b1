package dev.crosscheck.source.anchor;

/** W3C Web Annotation TextQuoteSelector: the verbatim quoted text with its surrounding context. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(requiredProperties = {"type", "exact", "prefix", "suffix"})
public record TextQuoteSelector(String type, String exact, String prefix, String suffix) {
    public TextQuoteSelector(String exact, String prefix, String suffix) {
        this("TextQuoteSelector", exact, prefix, suffix);
    }
}
