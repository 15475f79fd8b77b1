package dev.crosscheck.claim;

import java.util.Set;

/**
 * Filters for listing claims; null means "any".
 *
 * @param subjects entity ids the subject must be one of (already resolved from a name)
 * @param text     folded text the quote or value must contain
 * @param page     1-based page number
 */
public record ClaimQuery(Set<String> subjects, String property, String source, String text, boolean includeRetracted, int page, int size) {
}
