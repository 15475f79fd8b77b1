package dev.crosscheck.check;

/**
 * A word of a sentence recognised as a {@link Term}.
 *
 * @param start  UTF-16 offset in the sentence (inclusive)
 * @param end    UTF-16 offset in the sentence (exclusive)
 * @param text   the words as written
 * @param weight length of the match in folded characters: longer names say more
 */
record Hit(int start, int end, String text, Term term, int weight) {

    boolean within(Hit other) {
        return other.start <= start && end <= other.end;
    }

    boolean strictlyWithin(Hit other) {
        return within(other) && other.weight > weight;
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    boolean is(Term.Kind kind) {
        return term.kind() == kind;
    }
}
