package dev.crosscheck.claim.rest.v1;

import dev.crosscheck.claim.ClaimWriteService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.shared.failure.DomainException;
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

    /**
     * What an If-Match header allows: 428 without one. Its ETags are compared strongly (RFC 9110
     * 13.1.1): a weak tag never matches; "*" matches whatever version exists; of a list, any tag
     * of this claim counts. 412 when none of them is a tag of this claim.
     */
    static ClaimWriteService.Precondition required(String ifMatch, String id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw DomainException.of(DomainException.Kind.PRECONDITION_REQUIRED, "changing a claim needs If-Match with the ETag you last read (GET /api/v1/claims/" + id + ")");
        }
        String prefix = "\"" + id + "@";
        java.util.Set<Long> versions = new java.util.TreeSet<>();
        boolean weak = false;
        for (String t : ifMatch.split(",")) {
            String v = t.strip();
            if (v.equals("*")) {
                return new ClaimWriteService.Precondition(true, java.util.Set.of());
            }
            if (v.startsWith("W/")) {
                weak = true;
                continue;
            }
            if (v.startsWith(prefix) && v.endsWith("\"") && v.length() > prefix.length() + 1) {
                try {
                    versions.add(Long.parseLong(v.substring(prefix.length(), v.length() - 1)));
                } catch (NumberFormatException e) {
                    // not a tag of ours: it matches nothing
                }
            }
        }
        if (versions.isEmpty()) {
            throw DomainException.of(DomainException.Kind.PRECONDITION_FAILED, "If-Match " + ifMatch + (weak
                    ? " holds only weak ETags, which never match a write (strong comparison); send the ETag as read"
                    : " is not an ETag of claim '" + id + "'"));
        }
        return new ClaimWriteService.Precondition(false, java.util.Set.copyOf(versions));
    }
}
