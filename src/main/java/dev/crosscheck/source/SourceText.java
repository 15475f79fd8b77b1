package dev.crosscheck.source;

import dev.crosscheck.shared.text.FoldedText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A source's text with its fingerprint. {@code length} counts Unicode code points, the unit of
 * every offset this service publishes.
 *
 * @param path the file the text was read from, as reports name it; null for a stored source
 */
public record SourceText(SourceDef def, String text, String sha256, int length, FoldedText folded, String path) {

    public SourceText(SourceDef def, String text, String sha256, int length, FoldedText folded) {
        this(def, text, sha256, length, folded, null);
    }

    public static SourceText of(SourceDef def, byte[] bytes, String text) {
        return read(def, bytes, text, null);
    }

    /** A text read from a file, which reports then point at. */
    public static SourceText read(SourceDef def, byte[] bytes, String text, String path) {
        return new SourceText(def, text, sha256(bytes), text.codePointCount(0, text.length()), FoldedText.of(text), path);
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
