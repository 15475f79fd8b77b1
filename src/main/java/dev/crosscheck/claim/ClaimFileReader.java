package dev.crosscheck.claim;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a claims document ({@code source:} default plus a {@code claims:} list) into {@link ClaimInput}s. */
public final class ClaimFileReader {

    /** Lowercase words joined by hyphens, at most 128 characters (the column's length). */
    public static final Pattern CLAIM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

    /** The fields of a claim (docs/claims-format.md) and of a claims file. */
    static final List<String> CLAIM_FIELDS = List.of("id", "subject", "property", "value", "unit", "qualifiers", "source", "quote", "start", "end", "note");
    static final List<String> FILE_FIELDS = List.of("source", "claims");

    private ClaimFileReader() {
    }

    public static List<ClaimInput> read(YNode root, YFields f) {
        List<ClaimInput> out = new ArrayList<>();
        f.asMap(root, "claims file", null).ifPresent(doc -> {
            f.onlyKnown(doc, FILE_FIELDS, "claims file", null);
            String defaultSource = f.string(doc, "source", false, null);
            for (YNode item : f.list(doc, "claims", true, null)) {
                f.asMap(item, "a claim", null).ifPresent(m -> {
                    ClaimInput c = claim(m, f, defaultSource);
                    if (c != null) {
                        out.add(c);
                    }
                });
            }
        });
        return out;
    }

    public static ClaimInput claim(YNode.YMap m, YFields f, String defaultSource) {
        String id = f.string(m, "id", true, null);
        if (id == null) {
            return null;
        }
        if (!CLAIM_ID.matcher(id).matches()) {
            f.issue(CheckId.SCHEMA, f.at(m.get("id")), "claim id '" + id + "' must match " + CLAIM_ID.pattern(), id);
        }
        f.onlyKnown(m, CLAIM_FIELDS, "claim '" + id + "'", id);
        String subject = f.string(m, "subject", true, id);
        String property = f.string(m, "property", true, id);
        YNode valueNode = m.get("value");
        Object value = null;
        if (valueNode == null || (valueNode instanceof YNode.YScalar s && s.isNull())) {
            f.issue(CheckId.SCHEMA, f.at(m), "claim '" + id + "': missing required field 'value'", id);
        } else if (valueNode instanceof YNode.YMap) {
            f.issue(CheckId.SCHEMA, f.at(valueNode), "claim '" + id + "': 'value' must be a scalar or a list", id);
        } else {
            value = valueNode instanceof YNode.YScalar s && "str".equals(s.tag()) ? s.value() : valueNode.plain();
        }
        String source = f.string(m, "source", defaultSource == null, id);
        String quote = f.string(m, "quote", true, id);
        Map<String, Located> fields = new LinkedHashMap<>();
        for (String key : m.entries().keySet()) {
            YNode v = m.get(key);
            fields.put(key, key.equals("quote") || key.equals("value") || key.equals("unit") ? f.at(v) : f.at(m, key));
        }
        return new ClaimInput(id, subject, property, value, f.string(m, "unit", false, id), f.scalarMap(m, "qualifiers", id),
                source == null ? defaultSource : source, quote, f.offset(m, "start", id), f.offset(m, "end", id), f.string(m, "note", false, id),
                f.at(m), fields);
    }
}
