package dev.crosscheck.check;

import java.util.Map;

/** What a user asks to check: a sentence, or a claim already in structured form. */
public sealed interface CheckInput {

    /**
     * One sentence.
     *
     * @param lang zh-Hans, zh-Hant or en; null to detect it
     */
    record Text(String text, String lang) implements CheckInput {
        /** The longest sentence checked, in characters: the cost of a check grows with its length. */
        public static final int MAX_LENGTH = 2000;
    }

    /**
     * A claim in the shape of the claims files.
     *
     * @param subject entity id or any of its names
     * @param value   as written (a number, "超过3.2亿", an entity id or name, true, a list of entities)
     * @param unit    unit id or name; null for the property's unit
     */
    record Structured(String subject, String property, Object value, String unit, Map<String, String> qualifiers) implements CheckInput {
    }
}
