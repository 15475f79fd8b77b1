package dev.crosscheck.check;

import dev.crosscheck.shared.text.TextFolder;

/**
 * A sentence folded for matching (script, width, case), with the characters that carry no
 * matching information (spaces, quotation marks) dropped, so that "Black Myth: Wukong",
 * "黑神話：悟空" and "杭州“六小龙”" meet the folded catalog names. Every folded character keeps
 * the offset of the character it came from, so that what is found can be shown in the text.
 */
final class FoldedSentence {

    private final String original;
    private final String compact;
    private final int[] startOf;
    private final int[] compactAt;

    private FoldedSentence(String original, String compact, int[] startOf, int[] compactAt) {
        this.original = original;
        this.compact = compact;
        this.startOf = startOf;
        this.compactAt = compactAt;
    }

    static FoldedSentence of(String text) {
        String aligned = TextFolder.foldAligned(text);
        StringBuilder compact = new StringBuilder(aligned.length());
        int[] startOf = new int[aligned.length()];
        int[] compactAt = new int[aligned.length() + 1];
        for (int i = 0; i < aligned.length(); i++) {
            compactAt[i] = compact.length();
            char c = aligned.charAt(i);
            if (c != ' ') {
                startOf[compact.length()] = i;
                compact.append(c);
            }
        }
        compactAt[aligned.length()] = compact.length();
        return new FoldedSentence(text, compact.toString(), startOf, compactAt);
    }

    String original() {
        return original;
    }

    String compact() {
        return compact;
    }

    /** Offset in the original text of the folded character at {@code compactIndex}. */
    int originalStart(int compactIndex) {
        return startOf[compactIndex];
    }

    /** Offset just after the original character of the folded character at {@code compactIndex}. */
    int originalEnd(int compactIndex) {
        int start = startOf[compactIndex];
        return Character.isHighSurrogate(original.charAt(start)) && start + 1 < original.length() ? start + 2 : start + 1;
    }

    /** Index in the folded text of the first folded character at or after an original offset. */
    int compactIndex(int originalOffset) {
        return compactAt[Math.min(Math.max(0, originalOffset), original.length())];
    }
}
