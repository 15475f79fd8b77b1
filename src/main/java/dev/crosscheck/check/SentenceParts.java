package dev.crosscheck.check;

import java.util.List;

/**
 * A sentence broken into its checkable parts, with the reading they came from (which knows the
 * clauses and the unit written beside each figure).
 */
record SentenceParts(String text, String lang, boolean langDetected, SentenceReading reading, List<StatementPart> parts) {

    List<StatementPart> of(StatementPart.Kind kind) {
        return parts.stream().filter(p -> p.is(kind)).toList();
    }

    List<StatementPart> inClauses(java.util.Set<Integer> clauses) {
        return parts.stream().filter(p -> clauses.contains(p.clause())).toList();
    }

    int codePoint(int utf16) {
        return reading.codePoint(utf16);
    }
}
