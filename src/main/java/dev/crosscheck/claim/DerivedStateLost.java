package dev.crosscheck.claim;

/**
 * Fired when a committed change could not be applied to derived state (an observer of
 * {@link ClaimsChanged} failed, so it and the observers after it may have missed the change):
 * whatever derives state from claims rebuilds it from the store, instead of serving a state that
 * silently lacks a committed write.
 *
 * @param datasetRevision the revision of the change that was lost
 */
public record DerivedStateLost(long datasetRevision) {
}
