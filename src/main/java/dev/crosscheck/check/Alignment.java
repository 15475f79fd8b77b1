package dev.crosscheck.check;

import dev.crosscheck.claim.value.ValueComparator.Comparison;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one claim accounts for a sentence: which part names its subject, which states its value,
 * what the sentence qualifies it with, which of the other parts in the statement's clauses the
 * claim covers and which it does not, and how the values compare.
 *
 * @param clauses     the clauses the statement spans: the subject's, the value's, and clauses that state no fact of their own
 * @param notSameFact why the claim is not the fact the sentence states (another ranking, a scope the sentence does
 *                    not state), or null when it is
 * @param naming      the sentence's words that name the claim's fact (in its quote, its property's label or vocabulary)
 * @param namedOtherwise the fact is named by a qualifier the claim shares, a category word, a membership cue or members:
 *                    with {@code naming}, a figure alone never stands for a metric
 * @param used        parts that play a role: subject, value, qualifiers, negation, the words naming the fact
 * @param covered     other content parts the claim's text contains
 * @param uncovered   content parts of the statement's clauses that the claim does not account for
 * @param comparison  the sentence's value against the claim's, negation applied; null when they cannot be compared
 * @param unestablished why a compatible value is still not established (a figure far beyond an open bound), or null
 */
record Alignment(ClaimProfile claim, StatementPart subject, List<StatementPart> value, Stated stated, Set<Integer> clauses,
                 Map<String, String> qualifiers, String notSameFact, List<StatementPart> naming, boolean namedOtherwise, boolean negated,
                 List<StatementPart> used,
                 List<StatementPart> covered, List<StatementPart> uncovered, Comparison comparison, String unestablished) {

    /** A word other than a verb or adverb names the fact: a verb the claim also uses ranks claims, it does not name one. */
    boolean named() {
        return namedOtherwise || naming.stream().anyMatch(p -> !p.is(StatementPart.Kind.SOFT));
    }

    /** The claim is about the sentence's fact: same subject, same fact, the fact named, values comparable. */
    boolean candidate() {
        return notSameFact == null && named() && comparison != null;
    }

    /** A candidate that also establishes or refutes the sentence's value. */
    boolean complete() {
        return notSameFact == null && named() && comparison != null && unestablished == null;
    }

    /** The same alignment, with parts that another statement accounts for no longer counted as uncovered. */
    Alignment without(Set<StatementPart> accountedElsewhere) {
        List<StatementPart> left = uncovered.stream().filter(p -> !accountedElsewhere.contains(p)).toList();
        return left.size() == uncovered.size() ? this : new Alignment(claim, subject, value, stated, clauses, qualifiers, notSameFact,
                naming, namedOtherwise, negated, used, covered, left, comparison, unestablished);
    }

    /** Where the statement's value is: statements are grouped by it. */
    int valueAt() {
        return value.isEmpty() ? subject.start() : value.get(0).start();
    }
}
