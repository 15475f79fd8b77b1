package dev.crosscheck.check;

import java.util.List;
import java.util.Locale;

/**
 * Which way a comparison with a named entity goes: "低于甲市" and "比甲市低" put the subject below
 * the entity, "高于甲市", "比甲市高" and "ahead of City A" above it. The claim's quote and the
 * sentence are read the same way, so a sentence that turns the comparison round ("比甲市高"
 * against "低于甲市") is not read as agreeing because it names the same cities.
 *
 * <p>Grammar, not data: the comparative words of the two languages.
 */
final class Comparatives {

    static final int ABOVE = 1;
    static final int BELOW = -1;
    static final int NONE = 0;

    private static final List<String> ABOVE_BEFORE = List.of("高于", "多于", "大于", "强于", "优于", "超过", "领先于", "领先", "胜过",
            "higher than", "more than", "greater than", "larger than", "ahead of", "above");
    private static final List<String> BELOW_BEFORE = List.of("低于", "少于", "小于", "弱于", "不如", "不及", "落后于", "落后", "仅次于",
            "次于", "lower than", "less than", "fewer than", "smaller than", "behind", "below", "trails");
    private static final String ABOVE_AFTER = "高多大强快优";
    private static final String BELOW_AFTER = "低少小弱慢差";

    private Comparatives() {
    }

    /**
     * The direction the text gives the comparison with the names spanning {@code [start, end)}
     * (one name or a list of them, "甲市、乙市、丙市"): the nearest comparative word before them in
     * their clause, or 比 before and a word of degree after ("比甲市、乙市都高"). {@link #NONE} when
     * the text compares nothing there.
     */
    static int direction(String text, int start, int end) {
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        String before = clauseTail(text.substring(Math.max(0, start - WINDOW), start).toLowerCase(Locale.ROOT));
        int best = -1;
        int dir = NONE;
        for (String w : ABOVE_BEFORE) {
            int at = before.lastIndexOf(w);
            if (at >= 0 && at + w.length() > best) {
                best = at + w.length();
                dir = denied(before.substring(0, at)) ? BELOW : ABOVE;
            }
        }
        for (String w : BELOW_BEFORE) {
            int at = before.lastIndexOf(w);
            if (at >= 0 && at + w.length() > best) {
                best = at + w.length();
                dir = denied(before.substring(0, at)) ? ABOVE : BELOW;
            }
        }
        // 比 right before the names ("比甲市高"), not inside 比例, 比重 or 占比.
        String b = before.stripTrailing();
        boolean than = b.endsWith("比") && !b.endsWith("占比") && !b.endsWith("相比") && !b.endsWith("对比");
        if (than) {
            String after = clauseHead(text.substring(end, Math.min(text.length(), end + WINDOW)));
            for (int i = 0; i < after.length(); i++) {
                char ch = after.charAt(i);
                if (ABOVE_AFTER.indexOf(ch) >= 0) {
                    return ABOVE;
                }
                if (BELOW_AFTER.indexOf(ch) >= 0) {
                    return BELOW;
                }
            }
        }
        return dir;
    }

    private static final int WINDOW = 16;
    /** Not commas: folding writes the list mark 、 as one, and the window is short. */
    private static final String CLAUSE_END = "。；：.;:!?！？";

    private static String clauseTail(String s) {
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_END.indexOf(s.charAt(i)) >= 0) {
                cut = i;
            }
        }
        return s.substring(cut + 1);
    }

    private static String clauseHead(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_END.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** "不低于甲市", "not lower than": a comparative word denied in one word is reversed (not below is at or above). */
    private static boolean denied(String rest) {
        String r = rest.stripTrailing();
        return r.endsWith("不") || r.endsWith("未") || r.endsWith("not") || r.endsWith("no");
    }
}
