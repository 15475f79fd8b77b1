package dev.crosscheck.check;

import dev.crosscheck.claim.value.NumberMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which recognised word played which part in the reading of a sentence; what was recognised but
 * left unused is reported too, so the user sees what the check did not cover.
 */
final class Roles {

    static final String UNUSED = "unused";

    private final SentenceReading r;
    private final Map<Hit, String> hits = new LinkedHashMap<>();
    private final Map<NumberMention, String> numbers = new LinkedHashMap<>();

    Roles(SentenceReading r) {
        this.r = r;
    }

    void use(Hit h, String role) {
        hits.put(h, role);
    }

    void useAll(List<Hit> hs, String role) {
        hs.forEach(h -> hits.putIfAbsent(h, role));
    }

    void use(NumberMention m, String role) {
        numbers.put(m, role);
    }

    boolean used(NumberMention m) {
        return numbers.containsKey(m);
    }

    List<Interpretation.Recognised> recognised() {
        List<Interpretation.Recognised> out = new ArrayList<>();
        for (Hit h : r.hits()) {
            String role = hits.get(h);
            if (role == null && (h.is(Term.Kind.UNIT) || h.is(Term.Kind.CUE))) {
                continue;
            }
            out.add(new Interpretation.Recognised(kind(h.term().kind()), h.text(), r.codePoint(h.start()), r.codePoint(h.end()),
                    id(h.term()), role == null ? UNUSED : role));
        }
        for (NumberMention m : r.numbers()) {
            String id = m.kind().name().toLowerCase(Locale.ROOT) + " " + m.interval().describe();
            out.add(new Interpretation.Recognised("number", m.text().strip(), r.codePoint(m.start()), r.codePoint(m.end()), id,
                    numbers.getOrDefault(m, UNUSED)));
        }
        out.sort(Comparator.comparingInt(Interpretation.Recognised::start).thenComparingInt(x -> -x.end()));
        return out;
    }

    /** Figures that are neither the value checked nor its date. */
    List<String> uncheckedFigures() {
        List<String> out = new ArrayList<>();
        for (NumberMention m : r.numbers()) {
            if (!numbers.containsKey(m)) {
                out.add(m.text().strip());
            }
        }
        return out;
    }

    /** Entity names recognised but not part of the statement checked. */
    List<String> unusedEntities() {
        List<String> out = new ArrayList<>();
        for (Hit h : r.entities()) {
            if (!hits.containsKey(h) && !out.contains(h.text())) {
                out.add(h.text());
            }
        }
        return out;
    }

    private static String kind(Term.Kind k) {
        return switch (k) {
            case ENTITY -> "entity";
            case PROPERTY -> "keyword";
            case CATEGORY -> "category";
            case UNIT -> "unit";
            case QUALIFIER -> "qualifier";
            case CUE -> "cue";
        };
    }

    private static String id(Term t) {
        return switch (t.kind()) {
            case CATEGORY -> t.id() + "=" + t.value();
            case QUALIFIER -> t.id() + "=" + t.value();
            default -> t.id();
        };
    }
}
