package dev.crosscheck.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Finding ids: {@code f-} and the first 16 hex digits of the SHA-256 of rule id, kind and the
 * sorted claim ids. Clients store them (to mute a finding, to link a review), so they depend on
 * nothing else: not on the explanation's wording, the order of evaluation or the ruleset version.
 */
public final class FindingIds {

    /** MessageDigest is not thread-safe and costly to look up; evaluation runs on several threads. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    });

    private FindingIds() {
    }

    /** @param sortedClaimIds claim ids in ascending order */
    public static String of(String ruleId, Relation kind, List<String> sortedClaimIds) {
        StringBuilder sb = new StringBuilder(ruleId).append('\n').append(kind.name());
        for (String id : sortedClaimIds) {
            sb.append('\n').append(id);
        }
        byte[] digest = SHA256.get().digest(sb.toString().getBytes(StandardCharsets.UTF_8));
        return "f-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
