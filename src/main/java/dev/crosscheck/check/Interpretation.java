package dev.crosscheck.check;

import java.util.List;
import java.util.Map;

/**
 * What the service understood a sentence (or a structured claim) to assert: the fact that is
 * checked, and which words led there, so the user sees what was actually checked.
 *
 * @param lang          zh-Hans, zh-Hant or en: as given, or detected when {@code langDetected}
 * @param mode          how the statement is checked; {@link Mode#NONE} when it could not be read
 * @param subject       entity id, or null
 * @param property      property id, or null
 * @param value         the stated value, or null
 * @param qualifiers    the qualifiers the sentence states (asOf, ranking, scope …)
 * @param negated       the sentence denies the statement ("is not one of", "没有")
 * @param recognised    every word that was recognised, with the role it played
 * @param notRecognised what could not be read or was left unchecked, in plain English
 * @param alternatives  other properties the sentence's words point to, most likely first
 * @param uncheckedFigures figures of the sentence that are not the value checked (nor its date):
 *                      a sentence they belong to cannot be called supported as a whole
 * @param propertyNamed whether words of the sentence name the property; when only a figure's
 *                      kind and unit point to it, a mismatch proves nothing
 */
public record Interpretation(String text, String lang, boolean langDetected, Mode mode, String subject, String property,
                             Stated value, Map<String, String> qualifiers, boolean negated, List<Recognised> recognised,
                             List<String> notRecognised, List<String> alternatives, List<String> uncheckedFigures,
                             boolean propertyNamed) {

    public enum Mode {
        /** The subject's stated value of a property is compared with the stored claims. */
        VALUE,
        /** Entities are said to belong (or not) to a set the stored claims list. */
        MEMBERSHIP,
        /** Nothing checkable was recognised. */
        NONE
    }

    /**
     * One recognised word.
     *
     * @param kind  entity, keyword, category, number, unit, qualifier, cue
     * @param start code point offset in the text (inclusive)
     * @param end   code point offset in the text (exclusive)
     * @param id    what it was recognised as: an entity, property or unit id, "scope=national", …
     * @param role   what it was used for: subject, value, member, property (a word naming the fact), qualifier,
     *               negation, membership, covered (the evidence's text contains it), or "unused"
     * @param claims the claims it was aligned with
     */
    public record Recognised(String kind, String text, int start, int end, String id, String role, List<String> claims) {
    }

    static final String UNUSED = "unused";

    public boolean checkable() {
        return mode != Mode.NONE && subject != null && property != null && value != null;
    }
}
