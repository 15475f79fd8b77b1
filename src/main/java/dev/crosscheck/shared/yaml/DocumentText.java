package dev.crosscheck.shared.yaml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict decoding of an input document: UTF-8 only, no binary, within a size limit. */
public final class DocumentText {

    private DocumentText() {
    }

    /** Thrown with a one-line, user-facing message. */
    public static final class RejectedException extends Exception {
        public RejectedException(String message) {
            super(message);
        }
    }

    public static String decode(byte[] bytes, long maxBytes, String name) throws RejectedException {
        if (bytes.length > maxBytes) {
            throw new RejectedException(name + " is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new RejectedException(name + " is binary (contains NUL bytes), not a UTF-8 text document");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedException(name + " is not valid UTF-8");
        }
    }
}
