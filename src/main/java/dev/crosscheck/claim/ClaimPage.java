package dev.crosscheck.claim;

import java.util.List;

/** One page of claims and the total number matching. */
public record ClaimPage(List<StoredClaim> items, long total, int page, int size) {
}
