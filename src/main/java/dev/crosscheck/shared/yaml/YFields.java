package dev.crosscheck.shared.yaml;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the fields of a {@link YNode} document that records a {@code schema} issue,
 * with the field's position, for every missing or mistyped field instead of throwing.
 */
public final class YFields {

    private final String file;
    private final List<Issue> issues;

    public YFields(String file, List<Issue> issues) {
        this.file = file;
        this.issues = issues;
    }

    public String file() {
        return file;
    }

    public Located at(YNode node) {
        return new Located(file, node.line(), node.column(), node.endLine(), node.endColumn());
    }

    /** Position of a key in a map, up to the end of its value; or of the map itself when the key is absent. */
    public Located at(YNode.YMap map, String key) {
        int[] pos = map.keyPositions().get(key);
        return pos == null ? at(map) : new Located(file, pos[0], pos[1], pos[2], pos[3]);
    }

    /**
     * Every key of the map must be one of these: a misspelt field ("qoute") would otherwise be
     * dropped without a word, and the claim read without it. A near miss names the field meant.
     */
    public void onlyKnown(YNode.YMap map, java.util.Collection<String> known, String what, String subjectId) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                String near = known.stream().filter(k -> distance(k, key) <= 2).min(java.util.Comparator.comparingInt(k -> distance(k, key)))
                        .map(k -> "; did you mean '" + k + "'?").orElse("; known fields: " + String.join(", ", known));
                issue(CheckId.SCHEMA, at(map, key), what + ": unknown field '" + key + "'" + near, subjectId);
            }
        }
    }

    /** Edit distance (insertions, deletions, substitutions), for near misses of field names. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public void issue(CheckId check, Located at, String message, String subjectId) {
        issues.add(Issue.of(check, at, message, subjectId));
    }

    public Optional<YNode.YMap> asMap(YNode node, String what, String subjectId) {
        if (node instanceof YNode.YMap m) {
            return Optional.of(m);
        }
        issue(CheckId.SCHEMA, at(node), what + " must be a mapping", subjectId);
        return Optional.empty();
    }

    /** The items of a list field; absent or null gives an empty list, anything else a schema issue. */
    public List<YNode> list(YNode.YMap map, String key, boolean required, String subjectId) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.YScalar s && s.isNull())) {
            if (required) {
                issue(CheckId.SCHEMA, at(map), "missing required field '" + key + "'", subjectId);
            }
            return List.of();
        }
        if (n instanceof YNode.YList l) {
            return l.items();
        }
        issue(CheckId.SCHEMA, at(n), "'" + key + "' must be a list", subjectId);
        return List.of();
    }

    public String string(YNode.YMap map, String key, boolean required, String subjectId) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.YScalar s && s.isNull())) {
            if (required) {
                issue(CheckId.SCHEMA, at(map), "missing required field '" + key + "'", subjectId);
            }
            return null;
        }
        if (n instanceof YNode.YScalar s) {
            if (required && s.value().isBlank()) {
                issue(CheckId.SCHEMA, at(n), "'" + key + "' must not be empty", subjectId);
                return null;
            }
            return s.value();
        }
        issue(CheckId.SCHEMA, at(n), "'" + key + "' must be a scalar", subjectId);
        return null;
    }

    /** An optional calendar day written as ISO 8601 ({@code 2025-02-13}), or null when absent (a schema issue when malformed). */
    public java.time.LocalDate date(YNode.YMap map, String key, String subjectId) {
        String s = string(map, key, false, subjectId);
        if (s == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            issue(CheckId.SCHEMA, at(map.get(key)), "'" + key + "' must be a date written YYYY-MM-DD, got '" + s + "'", subjectId);
            return null;
        }
    }

    public Double number(YNode.YMap map, String key, double dflt, String subjectId) {
        String s = string(map, key, false, subjectId);
        if (s == null) {
            return dflt;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            issue(CheckId.SCHEMA, at(map.get(key)), "'" + key + "' must be a number, got '" + s + "'", subjectId);
            return dflt;
        }
    }

    /** An optional offset into a text: a whole number from 0, or null when absent (a schema issue when malformed). */
    public Integer offset(YNode.YMap map, String key, String subjectId) {
        String s = string(map, key, false, subjectId);
        if (s == null) {
            return null;
        }
        if (s.matches("\\d{1,9}")) {
            return Integer.valueOf(s);
        }
        issue(CheckId.SCHEMA, at(map.get(key)), "'" + key + "' must be a whole number from 0 (a code point offset), got '" + s + "'", subjectId);
        return null;
    }

    public boolean bool(YNode.YMap map, String key, boolean dflt, String subjectId) {
        YNode n = map.get(key);
        if (n == null) {
            return dflt;
        }
        if (n instanceof YNode.YScalar s && "bool".equals(s.tag())) {
            return (Boolean) s.plain();
        }
        issue(CheckId.SCHEMA, at(n), "'" + key + "' must be true or false", subjectId);
        return dflt;
    }

    /** A list of scalars, or a single scalar taken as a one-element list. */
    public List<String> strings(YNode n, String key, String subjectId) {
        if (n == null || (n instanceof YNode.YScalar s && s.isNull())) {
            return List.of();
        }
        if (n instanceof YNode.YScalar s) {
            return List.of(s.value());
        }
        List<String> out = new ArrayList<>();
        if (n instanceof YNode.YList l) {
            for (YNode item : l.items()) {
                if (item instanceof YNode.YScalar s) {
                    out.add(s.value());
                } else {
                    issue(CheckId.SCHEMA, at(item), "'" + key + "' items must be scalars", subjectId);
                }
            }
            return out;
        }
        issue(CheckId.SCHEMA, at(n), "'" + key + "' must be a list of strings", subjectId);
        return out;
    }

    /** A map of language tag to a list of names (or a single name). */
    public Map<String, List<String>> names(YNode.YMap map, String key, String subjectId) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        YNode n = map.get(key);
        if (n == null) {
            return out;
        }
        asMap(n, "'" + key + "'", subjectId).ifPresent(m -> m.entries().forEach((lang, v) -> out.put(lang, strings(v, key, subjectId))));
        return out;
    }

    /** A map of scalar values, e.g. qualifiers or labels. */
    public Map<String, String> scalarMap(YNode.YMap map, String key, String subjectId) {
        Map<String, String> out = new LinkedHashMap<>();
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.YScalar s && s.isNull())) {
            return out;
        }
        asMap(n, "'" + key + "'", subjectId).ifPresent(m -> m.entries().forEach((k, v) -> {
            if (v instanceof YNode.YScalar s) {
                if (!s.isNull()) {
                    out.put(k, s.value());
                }
            } else {
                issue(CheckId.SCHEMA, at(v), "'" + key + "." + k + "' must be a scalar", subjectId);
            }
        }));
        return out;
    }
}
