package dev.crosscheck.source;

import dev.crosscheck.shared.text.FoldedText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A source's text with its fingerprint. {@code length} counts Unicode code points, the unit of
 * every offset this service publishes.
 */
public record SourceText(SourceDef def, String text, String sha256, int length, FoldedText folded) {

    public static SourceText of(SourceDef def, byte[] bytes, String text) {
        return new SourceText(def, text, sha256(bytes), text.codePointCount(0, text.length()), FoldedText.of(text));
    }

    public static SourceText of(SourceDef def, String text) {
        return of(def, text.getBytes(StandardCharsets.UTF_8), text);
    }

    public String id() {
        return def.id();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
