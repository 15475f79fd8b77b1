package dev.crosscheck.check;

import java.util.List;

/**
 * A draft split into sentences, each checked like a single sentence.
 *
 * @param length the draft's length in code points
 */
public record DraftCheck(int length, List<Sentence> sentences) {

    /** The longest draft accepted, in characters. */
    public static final int MAX_LENGTH = 50_000;

    public enum Status {
        /** The sentence was checked; its result holds the verdict. */
        CHECKED,
        /** No entity, figure, year or category a source could confirm or deny: not a statement to check. */
        NOTHING_TO_CHECK,
        /** Longer than one sentence may be ({@link CheckInput.Text#MAX_LENGTH}); not checked. */
        TOO_LONG
    }

    /**
     * One sentence of the draft.
     *
     * @param start  code point offset in the draft (inclusive)
     * @param end    code point offset (exclusive)
     * @param result the check, or null when the sentence was too long to check
     */
    public record Sentence(int start, int end, String text, Status status, CheckResult result) {
    }

    public long count(Status status) {
        return sentences.stream().filter(s -> s.status() == status).count();
    }

    public long count(Verdict verdict) {
        return sentences.stream().filter(s -> s.status() == Status.CHECKED && s.result().verdict() == verdict).count();
    }
}
