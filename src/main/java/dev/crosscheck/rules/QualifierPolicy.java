package dev.crosscheck.rules;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which qualifier keys make two claims different facts, as declared in {@code rules.yaml}.
 *
 * <p>A <em>hard</em> key partitions facts: a rank in one ranking says nothing about a rank in
 * another. When a hard key is missing on one side it either makes a different fact
 * ({@code distinct}: a rank that names no ranking is not the rank in a named one) or matches
 * anything ({@code wildcard}: a figure without a date may be the dated one). A <em>soft</em> key
 * keeps the fact but changes its definition: claims that then disagree are in tension, not in
 * conflict. Keys the file does not declare follow {@code undeclared} (hard and distinct unless
 * said otherwise: when in doubt, do not compare).
 */
public final class QualifierPolicy {

    public enum Kind { HARD, SOFT }

    public enum WhenMissing { DISTINCT, WILDCARD }

    /** What a qualifier's values are: plain labels, or dates of any precision (2024, 2024-12, 2024-12-31). */
    public enum Values { TEXT, DATE }

    /**
     * How one qualifier value stands to another. A coarser date contains the finer ones within it:
     * "2024" contains "2024-12". Claims are one fact only when their values are {@code EQUAL}; a
     * sentence that names a year states every date within it, so checks accept {@code CONTAINS} too.
     */
    public enum ValueMatch { EQUAL, CONTAINS, CONTAINED, DIFFERENT }

    /**
     * @param label              plural noun used in explanations ("different rankings")
     * @param optionalInSentence a sentence may leave it unstated and still be supported by a claim that gives it
     *                           (a date, a set size); otherwise a hard key must be stated
     * @param impliedBy          another key whose statement also states this one (a metric names its ranking), or null
     * @param words              words that state each value in a sentence: value, then script or language, then words
     * @param values             what the values are (dates nest by precision)
     */
    public record Qualifier(String key, Kind kind, WhenMissing whenMissing, String label, boolean optionalInSentence, String impliedBy,
                            Map<String, Map<String, List<String>>> words, Values values) {

        public Qualifier(String key, Kind kind, WhenMissing whenMissing, String label) {
            this(key, kind, whenMissing, label, kind == Kind.SOFT, null, Map.of(), Values.TEXT);
        }

        /** Whether a sentence must state this qualifier for a claim that gives it to support the sentence. */
        public boolean requiredInSentence() {
            return kind == Kind.HARD && !optionalInSentence;
        }
        boolean partitions() {
            return kind == Kind.HARD && whenMissing == WhenMissing.DISTINCT;
        }
    }

    /** A soft qualifier both claims give, with different values. */
    public record Difference(String key, String label, String a, String b) {
    }

    /**
     * @param notComparableReason why the claims are different facts, or null when they are one fact
     * @param softDifferences     definitions that differ between the two (empty when none)
     */
    public record Comparability(String notComparableReason, List<Difference> softDifferences) {
        public boolean comparable() {
            return notComparableReason == null;
        }

        public boolean soft() {
            return !softDifferences.isEmpty();
        }
    }

    private static final Comparability SAME = new Comparability(null, List.of());

    private final Map<String, Qualifier> declared;
    private final Kind undeclaredKind;
    private final WhenMissing undeclaredWhenMissing;

    public QualifierPolicy(List<Qualifier> declared, Kind undeclaredKind, WhenMissing undeclaredWhenMissing) {
        this.declared = new LinkedHashMap<>();
        declared.forEach(q -> this.declared.putIfAbsent(q.key(), q));
        this.undeclaredKind = undeclaredKind;
        this.undeclaredWhenMissing = undeclaredWhenMissing;
    }

    /** The qualifiers rules.yaml declares, in its order. */
    public java.util.Collection<Qualifier> declared() {
        return java.util.Collections.unmodifiableCollection(declared.values());
    }

    public Qualifier qualifier(String key) {
        Qualifier q = declared.get(key);
        return q != null ? q : new Qualifier(key, undeclaredKind, undeclaredWhenMissing, key);
    }

    /** How value {@code a} of qualifier {@code key} stands to value {@code b}: the one comparison of qualifier values. */
    public ValueMatch match(String key, String a, String b) {
        String x = a.strip();
        String y = b.strip();
        if (x.equals(y)) {
            return ValueMatch.EQUAL;
        }
        if (qualifier(key).values() == Values.DATE) {
            if (y.startsWith(x + "-")) {
                return ValueMatch.CONTAINS;
            }
            if (x.startsWith(y + "-")) {
                return ValueMatch.CONTAINED;
            }
        }
        return ValueMatch.DIFFERENT;
    }

    /** Whether two claims with these qualifiers state the same fact, and under which definitions. */
    public Comparability relate(Map<String, String> a, Map<String, String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return SAME;
        }
        List<Difference> soft = new ArrayList<>(0);
        for (Map.Entry<String, String> e : a.entrySet()) {
            String reason = check(e.getKey(), e.getValue(), b.get(e.getKey()), soft);
            if (reason != null) {
                return new Comparability(reason, List.of());
            }
        }
        for (Map.Entry<String, String> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                String reason = check(e.getKey(), null, e.getValue(), soft);
                if (reason != null) {
                    return new Comparability(reason, List.of());
                }
            }
        }
        return soft.isEmpty() ? SAME : new Comparability(null, List.copyOf(soft));
    }

    /** Why one key makes the claims different facts, or null; soft differences go to {@code soft}. */
    private String check(String key, String va, String vb, List<Difference> soft) {
        if (va != null && vb != null && match(key, va, vb) == ValueMatch.EQUAL) {
            return null;
        }
        Qualifier q = qualifier(key);
        if (q.kind() == Kind.SOFT) {
            if (va != null && vb != null) {
                soft.add(new Difference(key, q.label(), va, vb));
            }
            return null;
        }
        if (va == null || vb == null) {
            return q.whenMissing() == WhenMissing.WILDCARD ? null
                    : "one names " + key + " '" + (va != null ? va : vb) + "', the other none";
        }
        return "different " + q.label() + " ('" + va + "' vs '" + vb + "')";
    }

    /**
     * The values of the keys that partition facts (hard and distinct), as one string: claims
     * with different partition keys are never the same fact, so they need not be compared.
     */
    public String partitionKey(Map<String, String> qualifiers) {
        if (qualifiers.isEmpty()) {
            return "";
        }
        List<String> parts = null;
        for (Map.Entry<String, String> e : qualifiers.entrySet()) {
            if (qualifier(e.getKey()).partitions()) {
                parts = parts == null ? new ArrayList<>(2) : parts;
                parts.add(e.getKey() + '=' + e.getValue().strip());
            }
        }
        if (parts == null) {
            return "";
        }
        parts.sort(null);
        return String.join("\u0001", parts);
    }

    /** Reads the {@code qualifiers:} list and the optional {@code undeclared:} policy. */
    static QualifierPolicy parse(YNode.YMap doc, YFields f) {
        List<Qualifier> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YNode item : f.list(doc, "qualifiers", false, null)) {
            f.asMap(item, "a qualifier", null).ifPresent(m -> {
                String key = f.string(m, "key", true, null);
                if (key == null) {
                    return;
                }
                if (!seen.add(key)) {
                    f.issue(CheckId.DUPLICATE_ID, f.at(m, "key"), "qualifier '" + key + "' is declared twice", key);
                    return;
                }
                Kind kind = enumValue(Kind.class, m, "kind", Kind.HARD, f, key);
                WhenMissing missing = enumValue(WhenMissing.class, m, "whenMissing", WhenMissing.DISTINCT, f, key);
                String label = f.string(m, "label", false, key);
                String sentence = f.string(m, "sentence", false, key);
                if (sentence != null && !sentence.equals("required") && !sentence.equals("optional")) {
                    f.issue(CheckId.SCHEMA, f.at(m.get("sentence")), "'sentence' must be one of [required, optional], got '" + sentence + "'", key);
                }
                boolean optional = sentence == null ? kind == Kind.SOFT : sentence.equals("optional");
                Map<String, Map<String, List<String>>> words = new LinkedHashMap<>();
                YNode w = m.get("words");
                if (w != null) {
                    f.asMap(w, "'words'", key).ifPresent(wm -> wm.entries().keySet().forEach(value -> words.put(value, f.names(wm, value, key))));
                }
                Values values = enumValue(Values.class, m, "values", Values.TEXT, f, key);
                out.add(new Qualifier(key, kind, missing, label == null ? key : label, optional, f.string(m, "impliedBy", false, key),
                        Map.copyOf(words), values));
            });
        }
        Kind undeclaredKind = Kind.HARD;
        WhenMissing undeclaredMissing = WhenMissing.DISTINCT;
        YNode u = doc.get("undeclared");
        if (u != null) {
            YNode.YMap m = f.asMap(u, "'undeclared'", null).orElse(null);
            if (m != null) {
                undeclaredKind = enumValue(Kind.class, m, "kind", Kind.HARD, f, null);
                undeclaredMissing = enumValue(WhenMissing.class, m, "whenMissing", WhenMissing.DISTINCT, f, null);
            }
        }
        return new QualifierPolicy(out, undeclaredKind, undeclaredMissing);
    }

    /** An enum field written in kebab/lower case ({@code whenMissing: wildcard}). */
    static <E extends Enum<E>> E enumValue(Class<E> type, YNode.YMap m, String key, E dflt, YFields f, String subject) {
        String s = f.string(m, key, false, subject);
        if (s == null) {
            return dflt;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        f.issue(CheckId.SCHEMA, f.at(m.get(key)), "'" + key + "' must be one of " + allowed + ", got '" + s + "'", subject);
        return dflt;
    }
}
