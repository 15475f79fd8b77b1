package dev.crosscheck.check;

import dev.crosscheck.shared.text.FoldedText;
import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.catalog.UnitDef;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.NumberParser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence with what the lexicon and the number parser found in it, overlaps resolved: the
 * raw material the interpreter chooses from. Knows where things are, not what they mean.
 */
final class SentenceReading {

    /** Measure words that make a lone Chinese numeral a count: 三家, 四大, 两项. */
    private static final String CLASSIFIERS = "家户戶个個项項位名件块塊张張条條所座款种種届屆大倍";
    private static final Pattern LONE_CHINESE_NUMERAL = Pattern.compile("[零〇一二两兩三四五六七八九十]");

    private final String text;
    private final FoldedText folded;
    private final List<Hit> hits;
    private final List<NumberMention> numbers;
    private final List<NumberMention> ignoredNumbers = new ArrayList<>();
    /** Where each clause starts: clauses are separated by ，；。 , ; . ! ? (not inside a number). */
    private final List<Integer> clauseStarts;

    SentenceReading(String text, Lexicon lexicon, Catalog catalog) {
        this.text = text;
        this.folded = FoldedText.of(text);
        this.hits = resolve(lexicon.scan(folded));
        this.numbers = usableNumbers(NumberParser.findAll(text), catalog);
        this.clauseStarts = clauseStarts(text);
    }

    private static List<Integer> clauseStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inNumber = (c == ',' || c == '.') && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if ("，；。,;.!?！？".indexOf(c) >= 0 && !inNumber) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The UTF-16 span [start, end) of a clause, its closing punctuation included. */
    int[] clauseSpan(int clause) {
        int start = clauseStarts.get(clause);
        int end = clause + 1 < clauseStarts.size() ? clauseStarts.get(clause + 1) : text.length();
        return new int[] {start, end};
    }

    int clauseOf(int offset) {
        int clause = 0;
        for (int i = 0; i < clauseStarts.size() && clauseStarts.get(i) <= offset; i++) {
            clause = i;
        }
        return clause;
    }

    String text() {
        return text;
    }

    List<Hit> hits() {
        return hits;
    }

    List<Hit> hits(Term.Kind kind) {
        return hits.stream().filter(h -> h.is(kind)).toList();
    }

    /** Entity hits, in text order. */
    List<Hit> entities() {
        return hits(Term.Kind.ENTITY);
    }

    /** Distinct entity ids in text order. */
    List<String> entityIds() {
        Set<String> ids = new LinkedHashSet<>();
        entities().forEach(h -> ids.add(h.term().id()));
        return List.copyOf(ids);
    }

    boolean insideEntity(Hit h) {
        return entities().stream().anyMatch(e -> e != h && h.within(e));
    }

    /** Number mentions that can be values or dates: not part of a name, not a stray numeral. */
    List<NumberMention> numbers() {
        return numbers;
    }

    List<NumberMention> ignoredNumbers() {
        return ignoredNumbers;
    }

    /**
     * The unit written right after a figure ("2048块", "5.576 million US dollars") or right
     * before it ("$5.6 million"): the longest such name, with every unit it may stand for
     * ("名" is a person or a place in a ranking).
     */
    List<Hit> unitsOf(NumberMention m) {
        // Asked for every figure by every candidate claim: computed once per figure.
        return unitsOf.computeIfAbsent(m, k -> unitsOf(k, List.of()));
    }

    private final java.util.Map<NumberMention, List<Hit>> unitsOf = new java.util.HashMap<>();
    private List<Hit> unitHits;

    /** As {@link #unitsOf(NumberMention)}, leaving out unit names that overlap these words ("个国家" in "一个国家实验室"). */
    List<Hit> unitsOf(NumberMention m, List<Hit> notInside) {
        int after = folded.foldedCharAt(m.end());
        int before = folded.foldedCharAt(m.start());
        List<Hit> best = new ArrayList<>(1);
        if (unitHits == null) {
            unitHits = hits(Term.Kind.UNIT);
        }
        for (Hit h : unitHits) {
            // Before a figure only a symbol or a Latin abbreviation is its unit ("$5.6 million", "RMB 3 billion"); a Chinese
            // measure word follows its figure, and "机器人30%" has no unit 人.
            // A symbol may also sit inside the figure, after its bound word ("about $5.6 million").
            boolean beforeOnly = folded.foldedCharAt(h.start()) != after;
            boolean within = folded.foldedCharAt(h.start()) >= before && folded.foldedCharAt(h.end()) <= after;
            if (beforeOnly && (folded.foldedCharAt(h.end()) != before && !within || h.text().codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    || notInside.stream().anyMatch(k -> k.overlaps(h.start(), h.end()))) {
                continue;
            }
            if (!best.isEmpty() && h.weight() > best.get(0).weight()) {
                best.clear();
            }
            if (best.isEmpty() || h.weight() == best.get(0).weight()) {
                best.add(h);
            }
        }
        return best;
    }

    /** Characters between two spans of the text, 0 when they touch or overlap. */
    static int gap(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.max(0, Math.max(aStart - bEnd, bStart - aEnd));
    }

    int codePoint(int utf16Offset) {
        // Every part's offsets are converted: counted once per sentence, not from the start for each.
        if (codePoints == null) {
            codePoints = new int[text.length() + 1];
            for (int i = 0, cp = 0; i < text.length(); i++) {
                codePoints[i] = cp;
                boolean pairedLow = Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                cp += pairedLow ? 0 : 1;
                codePoints[i + 1] = cp;
            }
        }
        return codePoints[utf16Offset];
    }

    private int[] codePoints;

    /**
     * Drops what a longer word of the same kind covers ("杭州" in "杭州六小龙", "孵化" in
     * "孵化器"), cues and qualifier words inside names, and negations masked by a longer word
     * ("不断" is not "不").
     */
    private static List<Hit> resolve(List<Hit> all) {
        // Only a hit that contains h can cover it: one starting no earlier than h's end minus the longest hit.
        List<Hit> byStart = all.stream().sorted(java.util.Comparator.comparingInt(Hit::start)).toList();
        int longest = all.stream().mapToInt(h -> h.end() - h.start()).max().orElse(0);
        int[] starts = byStart.stream().mapToInt(Hit::start).toArray();
        List<Hit> out = new ArrayList<>(all.size());
        for (Hit h : all) {
            int from = lowerBound(starts, h.end() - longest);
            int to = lowerBound(starts, h.start() + 1);
            if (!covered(h, byStart.subList(from, to))) {
                out.add(h);
            }
        }
        out.removeIf(h -> h.is(Term.Kind.CUE) && h.term().id().equals(Lexicon.NOT_A_CUE));
        return List.copyOf(out);
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    private static boolean covered(Hit h, List<Hit> all) {
        for (Hit o : all) {
            if (o == h) {
                continue;
            }
            boolean sameKind = o.term().kind() == h.term().kind();
            switch (h.term().kind()) {
                case ENTITY, PROPERTY, UNIT -> {
                    if (sameKind && h.strictlyWithin(o)) {
                        return true;
                    }
                }
                case CATEGORY -> {
                    if (sameKind && o.term().id().equals(h.term().id()) && h.strictlyWithin(o)) {
                        return true;
                    }
                }
                case QUALIFIER -> {
                    if (o.is(Term.Kind.ENTITY) && h.within(o)
                            || sameKind && o.term().id().equals(h.term().id()) && h.strictlyWithin(o)) {
                        return true;
                    }
                }
                case CUE -> {
                    if (sameKind ? h.strictlyWithin(o) : !o.is(Term.Kind.UNIT) && h.within(o)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private List<NumberMention> usableNumbers(List<NumberMention> all, Catalog catalog) {
        List<NumberMention> out = new ArrayList<>();
        for (NumberMention m : all) {
            if (partOfWord(m, catalog) || strayNumeral(m) || verbalTenths(m)) {
                ignoredNumbers.add(m);
            } else {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * "成" after a numeral is a share in tenths ("七成") or the first character of a word ("刚一成立",
     * "一成不变"): the segmenter tells which.
     */
    private boolean verbalTenths(NumberMention m) {
        return m.kind() == NumberMention.Kind.PERCENT && m.text().strip().endsWith("成") && TermAnalyzer.wordAcross(text, m.end());
    }

    /** Inside an entity's name (H800, 六小龙, 2025年春晚), a unit's name, or a non-numeric keyword (世界500强). */
    private boolean partOfWord(NumberMention m, Catalog catalog) {
        for (Hit h : hits) {
            if (!h.overlaps(m.start(), m.end())) {
                continue;
            }
            if (h.is(Term.Kind.ENTITY) || h.is(Term.Kind.UNIT) && m.start() >= h.start() && m.end() <= h.end()) {
                return true; // H800, 六小龙; "second" in "metres per second"
            }
            if (h.is(Term.Kind.PROPERTY) || h.is(Term.Kind.CATEGORY)) {
                boolean numeric = catalog.property(h.term().id()).map(p -> p.datatype().isNumeric()).orElse(false);
                if (!numeric && m.start() >= h.start() && m.end() <= h.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A lone numeral that is a word, not a count: "之一", "唯一", "一批" in Chinese, "one of" in
     * English. It counts when a unit or a measure word follows: "三家", "四大", "one firm".
     */
    private boolean strayNumeral(NumberMention m) {
        if (m.kind() != NumberMention.Kind.NUMBER || m.hedge() != null) {
            return false;
        }
        String t = m.text().strip();
        boolean loneChinese = LONE_CHINESE_NUMERAL.matcher(t).matches();
        boolean loneOne = t.equalsIgnoreCase("one");
        if (!loneChinese && !loneOne) {
            return false;
        }
        if (!unitsOf(m).isEmpty()) {
            return false;
        }
        if (loneOne) {
            // "one national laboratory" counts; "one of the six" does not.
            int next = folded.foldedCharAt(m.end());
            return hits.stream().noneMatch(h -> (h.is(Term.Kind.PROPERTY) || h.is(Term.Kind.UNIT)) && folded.foldedCharAt(h.start()) == next);
        }
        return !(m.end() < text.length() && CLASSIFIERS.indexOf(text.charAt(m.end())) >= 0);
    }

    /** Whether a mention can be the value of a property of this datatype. */
    boolean fits(NumberMention m, PropertyDef p, Catalog catalog) {
        Datatype dt = p.datatype();
        return switch (m.kind()) {
            case NUMBER -> switch (dt) {
                case COUNT, QUANTITY, MONEY -> true;
                case PERCENT -> unitsOf(m).stream().anyMatch(u -> sameDimension(catalog, u.term().id(), p.unit()));
                case YEAR -> looksLikeYear(m);
                default -> false;
            };
            case RELATIVE -> dt == Datatype.COUNT || dt == Datatype.PERCENT;
            case PERCENT, FRACTION -> dt == Datatype.PERCENT;
            case RANK -> dt == Datatype.RANK;
            case YEAR -> dt == Datatype.YEAR;
            case DATE -> dt == Datatype.DATE;
        };
    }

    static boolean sameDimension(Catalog catalog, String unitA, String unitB) {
        if (unitA == null || unitB == null) {
            return false;
        }
        Optional<String> a = catalog.unit(unitA).map(UnitDef::dimension);
        return a.isPresent() && a.equals(catalog.unit(unitB).map(UnitDef::dimension));
    }

    static boolean looksLikeYear(NumberMention m) {
        double v = m.interval().low();
        return m.interval().isPoint() && v == Math.rint(v) && v >= 1900 && v <= 2100 && m.text().strip().matches("\\d{4}年?");
    }
}
