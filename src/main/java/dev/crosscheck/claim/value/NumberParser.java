package dev.crosscheck.claim.value;

import dev.crosscheck.shared.text.TextFolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in Chinese (Simplified or Traditional) and English text together with their
 * hedges, and turns each into an interval. The only number parser of the service: curated claim
 * values, sentences to check and synthetic benchmark data all go through it.
 *
 * <p>The grammar is language knowledge (numerals, scale words, hedges), not corpus knowledge.
 */
public final class NumberParser {

    /** Relative margin given to "about"/"约" and "nearly"/"近". */
    public static final double APPROX_MARGIN = 0.10;

    private static final String CN_DIGITS = "零〇一二两三四五六七八九十百千";
    private static final String EN_UNITS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String EN_WORD = "(?:(?:" + EN_TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" + EN_UNITS + ")";

    private static final String PRE_HEDGE = "(?<pre>不超过|不高于|不多于|不低于|至多|最多|低于|超过|超出|超|逾|多于|高于|大于|将近|接近|近|大约|约|至少|不少于|不到|不足|少于|突破|达到|达"
            + "|more than|over|above|exceeding|in excess of|nearly|almost|close to|about|around|approximately|roughly|some"
            + "|at least|no fewer than|no less than|no more than|not more than|at most|less than|fewer than|under|below|up to)";
    private static final String ARABIC = "(?<arabic>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String CHINESE = "(?<chinese>[" + CN_DIGITS + "]+(?:[万亿][" + CN_DIGITS + "]+)*)";
    private static final String ENGLISH = "(?<english>\\b" + EN_WORD + "\\b)";
    private static final String MID = "(?<mid>余|多)?";
    private static final String SCALE = "(?<scale>万亿|千亿|百亿|十亿|亿|万|千|兆|\\s?(?:trillion|billion|million|thousand|bn)\\b)?";
    private static final String POST = "(?<post>余|多|以上|左右|\\+)?";
    private static final String PCT = "(?<pct>%|\\s?percent\\b|\\s?per cent\\b|成)?";

    private static final Pattern AMOUNT = Pattern.compile(
            "(?:" + PRE_HEDGE + "\\s*(?:US\\$|\\$|¥|￥|RMB\\s?)?)?(?:" + ARABIC + "|" + CHINESE + "|" + ENGLISH + ")\\s?" + MID + SCALE + POST + PCT,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_SCALE = Pattern.compile(
            "(?<pre>突破|超过|逾|近)?(?<![" + CN_DIGITS + "\\d])(?<scale>万|亿)(?<post>余|多)?");
    private static final Pattern RANK = Pattern.compile(
            "(?<first>榜首|首位|居首|\\bnumber one\\b|\\btop spot\\b)|第\\s*(?<num>\\d+|[" + CN_DIGITS + "]+)\\s*(?:位|名)?|\\b(?<ord>\\d+)(?:st|nd|rd|th)\\b|\\b(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b"
                    + "|\\bno\\.\\s?(?<no>\\d+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern YEAR = Pattern.compile(
            "(?<cn>(?:19|20)\\d{2})\\s*年|(?:\\b(?:in|since|by|during|from|until|as of|(?:" + EN_MONTHS + ")\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,)?)\\s+)"
                    + "(?<en>(?:19|20)\\d{2})\\b|^(?<bare>19\\d{2}|20[0-3]\\d)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"
            + "|\\b(?<mon>" + EN_MONTHS + ")\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "|\\b(?<dm>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon2>" + EN_MONTHS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String EN_DENOMINATORS = "third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth";
    private static final Pattern FRACTION = Pattern.compile(
            "(?<n>\\d+)\\s*/\\s*(?<d>\\d+)|(?<cd>[" + CN_DIGITS + "]+)分之(?<cn>[" + CN_DIGITS + "]+)"
                    + "|\\b(?<en>an?|one|two|three|four|five|six|seven|eight|nine)[- ](?<ed>" + EN_DENOMINATORS + ")s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<atleast>半数以上|一半以上|\\bat least half\\b)"
                    + "|(?<strict>超过半数|过半数|过半|超过一半|超半数|大部分|大多数|多数|\\bmore than half\\b|\\bover half\\b|\\bmost\\b|\\bmajority\\b)"
                    + "|(?<half>一半|半数|\\bhalf\\b)|(?<all>全部|全都|所有|个个|個個|家家|每家|人人|\\ball\\b|\\bevery\\b)|(?<few>少数|\\bminority\\b|\\ba few\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("万亿", 1e12), Map.entry("千亿", 1e11), Map.entry("百亿", 1e10), Map.entry("十亿", 1e9),
            Map.entry("亿", 1e8), Map.entry("万", 1e4), Map.entry("千", 1e3), Map.entry("兆", 1e6),
            Map.entry("trillion", 1e12), Map.entry("billion", 1e9), Map.entry("bn", 1e9),
            Map.entry("million", 1e6), Map.entry("thousand", 1e3));

    private NumberParser() {
    }

    /** All number mentions in a sentence, left to right, never overlapping. */
    public static List<NumberMention> findAll(String text) {
        String t = TextFolder.foldAligned(text);
        List<NumberMention> found = new ArrayList<>();
        // A year goes before a date so that "February 13, 2025" gives both; a fraction before a
        // rank so that "one tenth" is a ratio, not the tenth place.
        scan(YEAR, t, text, found, NumberParser::year);
        scan(DATE, t, text, found, NumberParser::date);
        scan(FRACTION, t, text, found, NumberParser::fraction);
        scan(RANK, t, text, found, NumberParser::rank);
        scan(RELATIVE, t, text, found, NumberParser::relative);
        scan(AMOUNT, t, text, found, NumberParser::amount);
        scan(BARE_SCALE, t, text, found, NumberParser::bareScale);
        found.sort(java.util.Comparator.comparingInt(NumberMention::start));
        return found;
    }

    /**
     * Parses a value written on its own (a curated claim's value): the longest mention, which
     * must cover every digit of the text.
     */
    public static Optional<NumberMention> parseValue(String text) {
        List<NumberMention> all = findAll(text.strip());
        NumberMention best = null;
        for (NumberMention m : all) {
            if (best == null || m.end() - m.start() > best.end() - best.start()) {
                best = m;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String rest = text.strip().substring(0, best.start()) + text.strip().substring(best.end());
        if (rest.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private interface Builder {
        NumberMention build(Matcher m, String original);
    }

    private static void scan(Pattern p, String folded, String original, List<NumberMention> out, Builder b) {
        Matcher m = p.matcher(folded);
        while (m.find()) {
            if (m.end() == m.start() || overlapsAny(out, m.start(), m.end())) {
                continue;
            }
            NumberMention mention = b.build(m, original);
            if (mention != null) {
                out.add(mention);
            }
        }
    }

    private static boolean overlapsAny(List<NumberMention> found, int start, int end) {
        for (NumberMention f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static NumberMention amount(Matcher m, String original) {
        if (m.group("arabic") != null && partOfIdentifier(original, m.start("arabic"), m.end("arabic"),
                m.group("scale") == null && m.group("pct") == null && m.group("mid") == null && m.group("post") == null)) {
            return null;
        }
        String scaleWord = m.group("scale") == null ? null : m.group("scale").strip().toLowerCase(Locale.ROOT);
        Double base;
        if (m.group("chinese") != null && scaleWord != null && innerScale(m.group("chinese"), scaleWord)) {
            // "三亿二千万": a 万 after an inner 亿 ends the numeral's last section (2000万), it does not scale the whole.
            base = chinese(m.group("chinese") + scaleWord);
            scaleWord = null;
        } else {
            base = m.group("arabic") != null ? Double.valueOf(m.group("arabic").replace(",", ""))
                    : m.group("chinese") != null ? chinese(m.group("chinese"))
                    : english(m.group("english").toLowerCase(Locale.ROOT));
        }
        if (base == null) {
            return null;
        }
        String mid = m.group("mid");
        String post = m.group("post");
        String approxTail = mid != null ? mid : post != null && ("余".equals(post) || "多".equals(post)) ? post : null;
        double scale = scaleWord == null ? 1 : SCALES.get(scaleWord);
        boolean percent = m.group("pct") != null;
        double unitScale = scale;
        boolean tenths = percent && "成".equals(m.group("pct"));
        if (tenths) {
            unitScale = 10;
        }
        // "七成" is a share rounded to tenths: 65 % to 75 %.
        Interval iv = tenths && m.group("pre") == null && approxTailOf(m) == null ? new Interval(base - 0.5, base + 0.5) : Interval.exact(base);
        boolean lowEx = false;
        boolean highEx = false;
        String hedge = null;
        if (approxTail != null) {
            // "280多" is 280..290, "200多" 200..300, "70余万" 70万..80万: the step is the last significant digit.
            iv = new Interval(base, base + step(base));
            lowEx = true;
            highEx = true;
            hedge = approxTail;
        }
        iv = iv.scale(unitScale);
        if (post != null && !"余".equals(post) && !"多".equals(post)) {
            hedge = post;
            if ("以上".equals(post) || "+".equals(post)) {
                iv = Interval.atLeast(iv.low());
            } else {
                iv = approx(iv);
            }
        }
        String pre = m.group("pre");
        if (pre != null) {
            hedge = pre.toLowerCase(Locale.ROOT);
            HedgeResult h = applyPre(hedge, iv);
            iv = h.interval;
            lowEx = lowEx || h.lowExclusive;
            highEx = highEx || h.highExclusive;
        }
        boolean chineseOnly = m.group("chinese") != null;
        if (chineseOnly && m.group("chinese").length() == 1 && "十百千".contains(m.group("chinese")) && m.group("scale") == null
                && !percent) {
            return null;
        }
        NumberMention.Kind kind = percent ? NumberMention.Kind.PERCENT : NumberMention.Kind.NUMBER;
        return mention(m, original, kind, iv, hedge, lowEx, highEx);
    }

    /**
     * Digits that are part of a name rather than an amount: glued to a preceding Latin letter,
     * directly or by a hyphen (H800, V3, G20, GPT-4o), or followed by a single capital letter
     * (3D, 5G, 4K).
     */
    private static boolean partOfIdentifier(String original, int start, int end, boolean nothingAfter) {
        if (start > 0 && isLatinLetter(original.charAt(start - 1))) {
            return true;
        }
        if (start > 1 && original.charAt(start - 1) == '-' && isLatinLetter(original.charAt(start - 2))) {
            return true;
        }
        if (!nothingAfter || end >= original.length() || !Character.isUpperCase(original.charAt(end)) || !isLatinLetter(original.charAt(end))) {
            return false;
        }
        return end + 1 >= original.length() || !isLatinLetter(original.charAt(end + 1));
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    /** Hedges that put a figure just short of the number written ("近100", "nearly 100"). */
    static final java.util.Set<String> NEARLY = java.util.Set.of("将近", "接近", "近", "nearly", "almost", "close to");

    private record HedgeResult(Interval interval, boolean lowExclusive, boolean highExclusive) {
    }

    private static HedgeResult applyPre(String hedge, Interval iv) {
        return switch (hedge) {
            case "超过", "超出", "超", "逾", "多于", "高于", "大于", "突破", "more than", "over", "above", "exceeding",
                    "in excess of" -> new HedgeResult(Interval.atLeast(iv.low()), !hedge.equals("突破"), false);
            case "至少", "不少于", "不低于", "at least", "no fewer than", "no less than" -> new HedgeResult(Interval.atLeast(iv.low()), false, false);
            case "不超过", "不高于", "不多于", "至多", "最多", "no more than", "not more than", "at most" ->
                    new HedgeResult(new Interval(0, iv.high()), false, false);
            // "近100" is short of 100: its high bound is strict.
            case "将近", "接近", "近", "nearly", "almost", "close to" ->
                    new HedgeResult(new Interval(iv.low() * (1 - APPROX_MARGIN), iv.high()), false, true);
            case "大约", "约", "about", "around", "approximately", "roughly", "some" -> new HedgeResult(approx(iv), false, false);
            case "不到", "不足", "少于", "低于", "less than", "fewer than", "under", "below" ->
                    new HedgeResult(new Interval(0, iv.high()), false, true);
            case "up to" -> new HedgeResult(new Interval(0, iv.high()), false, false);
            default -> new HedgeResult(iv, false, false);
        };
    }

    private static String approxTailOf(Matcher m) {
        return m.group("mid") != null ? m.group("mid") : "余".equals(m.group("post")) || "多".equals(m.group("post")) ? m.group("post") : null;
    }

    private static Interval approx(Interval iv) {
        return new Interval(iv.low() * (1 - APPROX_MARGIN), iv.high() * (1 + APPROX_MARGIN));
    }

    private static double step(double base) {
        if (base != Math.rint(base) || base == 0) {
            return 1;
        }
        double step = 1;
        long v = (long) base;
        while (v % 10 == 0 && v > 0) {
            v /= 10;
            step *= 10;
        }
        return step;
    }

    private static NumberMention bareScale(Matcher m, String original) {
        String pre = m.group("pre");
        String post = m.group("post");
        if (pre == null && post == null) {
            return null; // a lone 万 or 亿 is a word ("万一"), not a number
        }
        double scale = SCALES.get(m.group("scale"));
        Interval iv = post != null ? new Interval(scale, 2 * scale) : Interval.exact(scale);
        boolean lowEx = post != null;
        if (pre != null) {
            HedgeResult h = applyPre(pre, iv);
            iv = h.interval();
            lowEx = lowEx || h.lowExclusive();
        }
        return mention(m, original, NumberMention.Kind.NUMBER, iv, pre != null ? pre : post, lowEx, post != null);
    }

    private static NumberMention rank(Matcher m, String original) {
        Double v = m.group("first") != null ? Double.valueOf(1)
                : m.group("num") != null ? numeral(m.group("num"))
                : m.group("ord") != null ? Double.valueOf(m.group("ord"))
                : m.group("no") != null ? Double.valueOf(m.group("no"))
                : ordinalWord(m.group("word").toLowerCase(Locale.ROOT));
        return v == null ? null : mention(m, original, NumberMention.Kind.RANK, Interval.exact(v), null, false, false);
    }

    private static NumberMention year(Matcher m, String original) {
        String y = m.group("cn") != null ? m.group("cn") : m.group("en") != null ? m.group("en") : m.group("bare");
        int s = m.start(m.group("cn") != null ? "cn" : m.group("en") != null ? "en" : "bare");
        int e = m.group("cn") != null ? m.end() : s + 4;
        return new NumberMention(s, e, original.substring(s, e), NumberMention.Kind.YEAR, Interval.exact(Double.parseDouble(y)),
                null, false, false);
    }

    private static NumberMention date(Matcher m, String original) {
        int month;
        int day;
        if (m.group("m") != null) {
            month = Integer.parseInt(m.group("m"));
            day = Integer.parseInt(m.group("d"));
        } else {
            String name = (m.group("mon") != null ? m.group("mon") : m.group("mon2")).toLowerCase(Locale.ROOT);
            month = monthNumber(name);
            day = Integer.parseInt(m.group("md") != null ? m.group("md") : m.group("dm"));
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return mention(m, original, NumberMention.Kind.DATE, Interval.exact(month * 100.0 + day), null, false, false);
    }

    private static int monthNumber(String name) {
        String[] months = EN_MONTHS.split("\\|");
        for (int i = 0; i < 12; i++) {
            if (months[i].startsWith(name.length() >= 3 ? name.substring(0, 3) : name)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static NumberMention fraction(Matcher m, String original) {
        Double n;
        Double d;
        if (m.group("en") != null) {
            String num = m.group("en").toLowerCase(Locale.ROOT);
            n = num.startsWith("a") ? Double.valueOf(1) : english(num);
            d = denominator(m.group("ed").toLowerCase(Locale.ROOT));
        } else {
            n = m.group("n") != null ? Double.valueOf(m.group("n")) : chinese(m.group("cn"));
            d = m.group("d") != null ? Double.valueOf(m.group("d")) : chinese(m.group("cd"));
        }
        if (n == null || d == null || d == 0) {
            return null;
        }
        return mention(m, original, NumberMention.Kind.FRACTION, Interval.exact(n / d), null, false, false);
    }

    private static Double denominator(String word) {
        if (word.equals("quarter")) {
            return 4.0;
        }
        if (word.equals("hundredth")) {
            return 100.0;
        }
        return ordinalWord(word);
    }

    private static NumberMention relative(Matcher m, String original) {
        if (m.group("atleast") != null) {
            return mention(m, original, NumberMention.Kind.RELATIVE, new Interval(0.5, 1), m.group("atleast"), false, false);
        }
        if (m.group("strict") != null) {
            return mention(m, original, NumberMention.Kind.RELATIVE, new Interval(0.5, 1), m.group("strict"), true, false);
        }
        if (m.group("half") != null) {
            return mention(m, original, NumberMention.Kind.RELATIVE, Interval.exact(0.5), m.group("half"), false, false);
        }
        if (m.group("all") != null) {
            return mention(m, original, NumberMention.Kind.RELATIVE, Interval.exact(1), m.group("all"), false, false);
        }
        return mention(m, original, NumberMention.Kind.RELATIVE, new Interval(0, 0.5), m.group("few"), true, true);
    }

    private static NumberMention mention(Matcher m, String original, NumberMention.Kind kind, Interval iv, String hedge,
                                         boolean lowEx, boolean highEx) {
        int s = m.start();
        int e = m.end();
        while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
            e--;
        }
        return new NumberMention(s, e, original.substring(s, e), kind, iv, hedge, lowEx, highEx);
    }

    private static Double numeral(String s) {
        return Character.isDigit(s.charAt(0)) ? Double.valueOf(s) : chinese(s);
    }

    /**
     * Parses Chinese numerals: 三, 二十八, 一千四百二十, 两, 十, 四万五千, 三千二 (3,200: a digit
     * after a unit counts one order below it, as in speech).
     */
    /** Whether a Chinese numeral holds a larger unit than the scale word after it ("三亿二千" before "万"). */
    private static boolean innerScale(String numeral, String scale) {
        return "万".equals(scale) && numeral.indexOf('亿') >= 0;
    }

    static Double chinese(String s) {
        long result = 0;
        long section = 0;
        long number = -1;
        long lastUnit = 0;
        for (char c : s.toCharArray()) {
            int d = "零〇一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            } else if (d >= 2) {
                d -= 1;
            } else if (d == 1) {
                d = 0;
            }
            if (d >= 0) {
                number = d;
                if (d == 0) {
                    lastUnit = 0; // 一千零五: after 零 a digit is a unit digit
                }
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> 0;
            };
            if (unit == 0) {
                return null;
            }
            if (unit >= 10_000) {
                section += Math.max(number, 0);
                result = unit == 10_000 ? result + section * unit : (result + section) * unit;
                section = 0;
            } else {
                section += (number < 0 ? 1 : number) * unit;
            }
            number = -1;
            lastUnit = unit;
        }
        if (number > 0) {
            section += lastUnit >= 10 ? number * (lastUnit / 10) : number;
        }
        return (double) (result + section);
    }

    private static Double english(String w) {
        String[] units = EN_UNITS.split("\\|");
        String[] tens = EN_TENS.split("\\|");
        double value = 0;
        for (String part : w.split("[- ]")) {
            int u = java.util.Arrays.asList(units).indexOf(part);
            int t = java.util.Arrays.asList(tens).indexOf(part);
            if (u >= 0) {
                value += u;
            } else if (t >= 0) {
                value += (t + 2) * 10;
            } else {
                return null;
            }
        }
        return value;
    }

    private static Double ordinalWord(String w) {
        List<String> words = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
        int i = words.indexOf(w);
        return i < 0 ? null : (double) (i + 1);
    }
}
