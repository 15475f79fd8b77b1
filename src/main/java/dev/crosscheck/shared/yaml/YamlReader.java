package dev.crosscheck.shared.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON into a {@link YNode} tree with line and column of every value, under limits
 * that make hostile documents (alias bombs, absurd nesting, huge inputs) fail fast and cleanly.
 * SnakeYAML does the parsing; this class only keeps positions and enforces the budget.
 */
public final class YamlReader {

    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_NODES = 2_000_000;

    private YamlReader() {
    }

    public static YNode read(String content) throws YamlSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new YamlSyntaxException(firstLine(problem), mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1);
        } catch (YAMLException e) {
            throw new YamlSyntaxException(firstLine(e.getMessage()), 1, 1);
        } catch (StackOverflowError e) {
            throw new YamlSyntaxException("document is nested too deeply", 1, 1);
        }
        if (root == null) {
            return new YNode.YMap(new LinkedHashMap<>(), new LinkedHashMap<>(), 1, 1);
        }
        return convert(root, 0, new int[]{0});
    }

    private static YNode convert(Node node, int depth, int[] budget) throws YamlSyntaxException {
        int line = node.getStartMark().getLine() + 1;
        int col = node.getStartMark().getColumn() + 1;
        if (depth > MAX_DEPTH) {
            throw new YamlSyntaxException("document is nested deeper than " + MAX_DEPTH + " levels", line, col);
        }
        if (++budget[0] > MAX_NODES) {
            throw new YamlSyntaxException("document expands to more than " + MAX_NODES
                    + " values (alias expansion?)", line, col);
        }
        if (node instanceof MappingNode map) {
            Map<String, YNode> entries = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            YNode last = null;
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new YamlSyntaxException("mapping keys must be plain scalars", t.getKeyNode().getStartMark().getLine() + 1,
                            t.getKeyNode().getStartMark().getColumn() + 1);
                }
                last = convert(t.getValueNode(), depth + 1, budget);
                entries.put(k.getValue(), last);
                keys.put(k.getValue(), new int[]{k.getStartMark().getLine() + 1, k.getStartMark().getColumn() + 1, last.endLine(),
                        last.endColumn()});
            }
            int[] end = end(node, last);
            return new YNode.YMap(entries, keys, line, col, end[0], end[1]);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>(seq.getValue().size());
            for (Node n : seq.getValue()) {
                items.add(convert(n, depth + 1, budget));
            }
            int[] end = end(node, items.isEmpty() ? null : items.get(items.size() - 1));
            return new YNode.YList(items, line, col, end[0], end[1]);
        }
        ScalarNode s = (ScalarNode) node;
        if (s.getValue().indexOf('\u0000') >= 0) {
            // No id or text of the domain holds NUL ("\0" or "\u0000" in a quoted scalar), and PostgreSQL's text cannot.
            throw new YamlSyntaxException("a value holds a NUL character", line, col);
        }
        int[] end = end(node, null);
        return new YNode.YScalar(s.getValue(), tagName(s.getTag()), line, col, end[0], end[1]);
    }

    /**
     * Where a node ends (exclusive, 1-based). A scalar's or a flow collection's end mark is exact; a
     * block collection's end mark is the next token, past any comments and blank lines after it, so
     * it ends where its last value does.
     */
    private static int[] end(Node node, YNode last) {
        boolean block = node instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.BLOCK;
        if (block && last != null) {
            return new int[]{last.endLine(), last.endColumn()};
        }
        Mark m = node.getEndMark();
        return m == null ? new int[]{0, 0} : new int[]{m.getLine() + 1, m.getColumn() + 1};
    }

    private static String tagName(Tag tag) {
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        if (Tag.BOOL.equals(tag)) {
            return "bool";
        }
        if (Tag.INT.equals(tag)) {
            return "int";
        }
        if (Tag.FLOAT.equals(tag)) {
            return "float";
        }
        return "str";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed document";
        }
        return s.lines().findFirst().orElse(s).strip();
    }
}
