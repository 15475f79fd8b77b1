package dev.crosscheck.rules;

import dev.crosscheck.source.anchor.TextPositionSelector;
import dev.crosscheck.source.anchor.TextQuoteSelector;

/**
 * One claim as cited by a finding: enough to show the evidence without looking the claim up.
 *
 * @param value          the value as written, with its normalised reading when that differs
 * @param quoteSelector  where the quote sits in its source (null for a claim that was never anchored)
 * @param positionSelector the same place by code point offsets (null likewise)
 */
public record FindingClaim(String claimId, String subject, String property, String source, String quote,
                           TextQuoteSelector quoteSelector, TextPositionSelector positionSelector, String value) {
}
