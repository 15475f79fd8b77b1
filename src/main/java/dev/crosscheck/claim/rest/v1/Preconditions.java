package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.claim.ClaimWriteService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.shared.error.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** HTTP conditional requests on claims: ETags are {@code "<id>@<version>"}. */
final class Preconditions {

    private Preconditions() {
    }

    static EntityTag tag(StoredClaim c) {
        return new EntityTag(c.claim().id() + "@" + c.version());
    }

    static boolean matches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String t : header.split(",")) {
            String v = t.strip();
            if (v.equals("*") || v.equals(etag) || v.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The version an If-Match header names; 428 without one, 412 when it is not this claim's tag. */
    static ClaimWriteService.Precondition required(String ifMatch, String id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "changing a claim needs If-Match with the ETag you last read (GET /api/v1/claims/" + id + ")", null);
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        String prefix = "\"" + id + "@";
        if (!v.startsWith(prefix) || !v.endsWith("\"")) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "If-Match " + ifMatch + " is not an ETag of claim '" + id + "'", null);
        }
        try {
            return new ClaimWriteService.Precondition(Long.parseLong(v.substring(prefix.length(), v.length() - 1)));
        } catch (NumberFormatException e) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed", "If-Match " + ifMatch + " is not a valid ETag",
                    null);
        }
    }
}
