package dev.crosscheck.shared.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML (or JSON) value that remembers where it was written, so every problem found in
 * a claims file can point at its line and column, and reports can mark the whole value: the end
 * is exclusive (the line and column right after its last character; 0 when unknown).
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    int line();

    int column();

    int endLine();

    int endColumn();

    /** Plain Java value: Map, List, String, Boolean, Long, Double or null. */
    Object plain();

    /** {@code keyPositions}: per key, the key's line and column, then the end of its value (line, column). */
    record YMap(Map<String, YNode> entries, Map<String, int[]> keyPositions, int line, int column, int endLine, int endColumn)
            implements YNode {
        public YMap(Map<String, YNode> entries, Map<String, int[]> keyPositions, int line, int column) {
            this(entries, keyPositions, line, column, 0, 0);
        }

        public YNode get(String key) {
            return entries.get(key);
        }

        @Override
        public Object plain() {
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((k, v) -> out.put(k, v.plain()));
            return out;
        }
    }

    record YList(List<YNode> items, int line, int column, int endLine, int endColumn) implements YNode {
        @Override
        public Object plain() {
            return items.stream().map(YNode::plain).toList();
        }
    }

    /** A scalar; {@code tag} is the YAML core type: str, int, float, bool or null. */
    record YScalar(String value, String tag, int line, int column, int endLine, int endColumn) implements YNode {
        public boolean isNull() {
            return "null".equals(tag);
        }

        @Override
        public Object plain() {
            return switch (tag) {
                case "null" -> null;
                case "bool" -> Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"));
                case "int" -> parseLong(value);
                case "float" -> Double.valueOf(value);
                default -> value;
            };
        }

        private Object parseLong(String v) {
            try {
                return Long.decode(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
    }
}
