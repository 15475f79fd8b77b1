package dev.crosscheck.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of a sentence in progress: what was found in it, which word plays which part, the
 * language and whether the sentence is negated. Turns into the {@link Interpretation}.
 */
record SentenceContext(SentenceReading reading, Roles roles, String lang, boolean langDetected, boolean negated) {

    static SentenceContext of(SentenceReading r, String lang, String detectedLang) {
        Roles roles = new Roles(r);
        List<Hit> negations = r.cues(Lexicon.NEGATION);
        roles.useAll(negations, "negation");
        return new SentenceContext(r, roles, lang != null ? lang : detectedLang, lang == null, !negations.isEmpty());
    }

    static String uncheckedNote(String figure) {
        return "the figure '" + figure + "' was not checked";
    }

    Interpretation interpretation(Interpretation.Mode mode, String subject, String property, Stated value,
                                  Map<String, String> qualifiers, List<String> notes, List<String> alternatives, boolean named) {
        List<String> unchecked = roles.uncheckedFigures();
        for (String f : unchecked) {
            notes.add(uncheckedNote(f));
        }
        for (String e : roles.unusedEntities()) {
            notes.add("'" + e + "' was recognised but is not part of the statement checked");
        }
        return new Interpretation(reading.text(), lang, langDetected, mode, subject, property, value,
                Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers)), negated, roles.recognised(), List.copyOf(notes),
                alternatives, unchecked, named);
    }
}
