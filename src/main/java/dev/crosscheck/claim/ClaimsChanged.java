package dev.crosscheck.claim;

import java.util.Set;

/**
 * Fired after a transaction that changed claims commits, so derived state (findings) can update
 * only what the change touched.
 *
 * @param changed ids of claims created or modified (now in force)
 * @param removed ids of claims retracted
 */
public record ClaimsChanged(Set<String> changed, Set<String> removed, long datasetRevision) {
}
