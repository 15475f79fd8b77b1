package dev.crosscheck.check.rest.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.check.Suggestion;
import dev.crosscheck.source.SourceText;

import java.util.List;

/**
 * Suggestions as a claims file in the project's own format (docs/claims-format.md), for a curator
 * to edit. What could not be resolved is written as a {@value #PLACEHOLDER} placeholder that
 * validation rejects, so a draft cannot pass CI before a person has filled it; each claim carries
 * a comment with its score, the sentence it came from and the stored claims it repeats.
 *
 * <p>Scalars are written as JSON strings, which are valid YAML double-quoted scalars, so no text
 * of a source can break the file.
 */
final class DraftClaimsFile {

    private static final String PLACEHOLDER = dev.crosscheck.claim.ClaimValidator.PLACEHOLDER;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftClaimsFile() {
    }

    static String write(SourceText source, List<Suggestion> suggestions) {
        StringBuilder b = new StringBuilder();
        b.append("# Draft claims suggested from ").append(source.def().file() == null ? "source " + source.id() : source.def().file())
                .append(" by crosscheck.\n")
                .append("# Review every claim: fill each \"").append(PLACEHOLDER).append("\" placeholder, fix or delete claims, then validate.\n")
                .append("# Validation fails while any placeholder is left.\n")
                .append("source: ").append(str(source.id())).append('\n')
                .append("claims:\n");
        int n = 0;
        for (Suggestion s : suggestions) {
            n++;
            b.append("  # score ").append(String.format(java.util.Locale.ROOT, "%.2f", s.score())).append(" · ").append(s.kind())
                    .append(" · sentence: ").append(oneLine(s.sentence())).append('\n');
            for (Suggestion.Existing e : s.existing()) {
                b.append("  # already stated: ").append(e.claimId()).append(" (").append(e.relation().name().toLowerCase(java.util.Locale.ROOT))
                        .append(e.sameSpan() ? ", same passage" : "").append(")\n");
            }
            if (s.property() == null && !s.candidates().isEmpty()) {
                b.append("  # properties that fit the value: ").append(String.join(", ", s.candidates())).append('\n');
            }
            b.append("  - id: ").append(str(source.id() + "-suggested-" + String.format("%03d", n))).append('\n');
            b.append("    subject: ").append(str(s.subject() != null ? s.subject() : placeholder("subject", s.subjectWords()))).append('\n');
            b.append("    property: ").append(str(s.property() != null ? s.property() : placeholder("property", s.propertyWords()))).append('\n');
            b.append("    value: ").append(value(s.value())).append('\n');
            if (s.unit() != null) {
                b.append("    unit: ").append(str(s.unit())).append('\n');
            } else if (s.unitText() != null) {
                // A measure word no catalog unit has: leaving the unit out would silently assume the property's own.
                b.append("    unit: ").append(str(PLACEHOLDER + " unit (the text says: " + s.unitText() + ")")).append('\n');
            }
            if (!s.qualifiers().isEmpty()) {
                b.append("    qualifiers:\n");
                s.qualifiers().forEach((k, v) -> b.append("      ").append(k).append(": ").append(str(v)).append('\n'));
            }
            b.append("    quote: ").append(str(s.quote())).append('\n');
        }
        return b.toString();
    }

    private static String placeholder(String field, List<String> words) {
        return PLACEHOLDER + " " + field + (words.isEmpty() ? "" : " (the sentence says: " + String.join(" ", words) + ")");
    }

    private static String value(Object v) {
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(x -> str(String.valueOf(x))).toList()) + "]";
        }
        return str(String.valueOf(v));
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static String str(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
