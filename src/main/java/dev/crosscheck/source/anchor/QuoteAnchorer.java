package dev.crosscheck.source.anchor;

import dev.crosscheck.shared.text.FoldedText;
import dev.crosscheck.shared.text.TextFolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locates a quote in a source text despite script (Traditional/Simplified), inline pinyin,
 * whitespace, line breaks and full-/half-width punctuation, and reports the verbatim original
 * span. The match itself is exact on the folded text: a quote whose words or digits differ from
 * the source is never accepted. The single implementation behind loading, validation and edits.
 */
public final class QuoteAnchorer {

    /** Code points of context kept on each side in the TextQuoteSelector. */
    public static final int CONTEXT = 32;

    private QuoteAnchorer() {
    }

    /** Most places a quote is looked for; a quote found more often says too little to anchor. */
    public static final int MAX_OCCURRENCES = 20;

    /** Anchors a quote that must occur exactly once in the source. */
    public static AnchorResult anchor(FoldedText source, String quote) {
        return anchor(source, quote, null, null);
    }

    /**
     * Anchors a quote. A quote that occurs more than once is placed by the offsets the claim gives
     * ({@code start}, and {@code end} when given, code points of the original); without them it is
     * ambiguous and not anchored at all, rather than at its first occurrence, which may be an
     * unrelated sentence. Offsets that match no occurrence are reported with the occurrences.
     */
    public static AnchorResult anchor(FoldedText source, String quote, Integer start, Integer end) {
        String q = FoldedText.of(quote == null ? "" : quote).folded();
        if (q.isEmpty()) {
            return AnchorResult.notFound(null);
        }
        String folded = source.folded();
        List<Anchor> found = new java.util.ArrayList<>();
        for (int idx = folded.indexOf(q); idx >= 0 && found.size() <= MAX_OCCURRENCES; idx = folded.indexOf(q, idx + 1)) {
            found.add(at(source, quote, folded.codePointCount(0, idx), q.codePointCount(0, q.length())));
        }
        if (found.isEmpty()) {
            return AnchorResult.notFound(closest(source, q));
        }
        if (start == null && end == null && found.size() == 1) {
            return AnchorResult.found(found.get(0));
        }
        for (Anchor a : found) {
            if ((start == null || a.position().start() == start) && (end == null || a.position().end() == end) && (start != null || end != null)) {
                return AnchorResult.found(a);
            }
        }
        return AnchorResult.unplaced(found.stream().map(Anchor::position).toList());
    }

    /** The anchor of the folded match at {@code startFolded} (code points) of {@code qLen} folded code points. */
    private static Anchor at(FoldedText source, String quote, int startFolded, int qLen) {
        int start = source.originOfCodePoint(startFolded);
        int end = source.originOfCodePoint(startFolded + qLen - 1) + 1;
        // Quotation marks carry no matching information, but when the quote opens or closes with
        // them and the source has them at the same place, they belong in the verbatim span.
        int[] cps = source.codePoints();
        int[] q0 = quote.strip().codePoints().toArray();
        for (int i = 0; i < q0.length && isMark(q0[i]) && start > 0 && isMark(cps[start - 1]); i++) {
            start--;
        }
        for (int i = q0.length - 1; i >= 0 && isMark(q0[i]) && end < cps.length && isMark(cps[end]); i--) {
            end++;
        }
        return anchorAt(cps, start, end);
    }

    private static boolean isMark(int cp) {
        return !Character.isWhitespace(cp) && TextFolder.fold(cp) == TextFolder.IGNORED;
    }

    /** Builds both selectors for an original code point span. */
    public static Anchor anchorAt(int[] original, int start, int end) {
        String exact = new String(original, start, end - start);
        int ps = Math.max(0, start - CONTEXT);
        int se = Math.min(original.length, end + CONTEXT);
        String prefix = new String(original, ps, start - ps);
        String suffix = new String(original, end, se - end);
        return new Anchor(new TextQuoteSelector(exact, prefix, suffix), new TextPositionSelector(start, end));
    }

    /** The window of the source, as long as the quote, sharing the most character bigrams with it. */
    static ClosestPassage closest(FoldedText source, String foldedQuote) {
        int[] s = source.folded().codePoints().toArray();
        int[] q = foldedQuote.codePoints().toArray();
        if (s.length == 0) {
            return null;
        }
        Map<Long, Integer> quoteBigrams = bigrams(q, 0, q.length);
        int window = Math.min(q.length, s.length);
        int qCount = Math.max(1, q.length - 1);
        double best = -1;
        int bestStart = 0;
        for (int i = 0; i + window <= s.length; i++) {
            Map<Long, Integer> remaining = new HashMap<>(quoteBigrams);
            int common = 0;
            for (int j = i; j + 1 < i + window; j++) {
                long key = ((long) s[j] << 32) | s[j + 1];
                Integer c = remaining.get(key);
                if (c != null && c > 0) {
                    remaining.put(key, c - 1);
                    common++;
                }
            }
            double dice = 2.0 * common / (qCount + Math.max(1, window - 1));
            if (dice > best) {
                best = dice;
                bestStart = i;
            }
        }
        int start = source.originOfCodePoint(bestStart);
        int end = source.originOfCodePoint(bestStart + window - 1) + 1;
        return new ClosestPassage(source.originalSlice(start, end), start, end, Math.round(best * 100) / 100.0);
    }

    private static Map<Long, Integer> bigrams(int[] cps, int from, int to) {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = from; i + 1 < to; i++) {
            out.merge(((long) cps[i] << 32) | cps[i + 1], 1, Integer::sum);
        }
        return out;
    }
}
