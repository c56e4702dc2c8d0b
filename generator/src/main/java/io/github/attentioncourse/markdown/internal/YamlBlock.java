package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.example.YamlLines;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The YAML inside a fenced block, read with SnakeYAML's node API so every value keeps its line
 * and is taken as written (no YAML 1.1 surprises such as {@code no} becoming false).
 */
final class YamlBlock {

    private final int firstLine;
    private final LessonState state;
    private YamlLines lines = YamlLines.of("");

    /** @param firstLine file line of the block's first YAML line */
    YamlBlock(int firstLine, LessonState state) {
        this.firstLine = firstLine;
        this.state = state;
    }

    /** The root node, or null after reporting why there is none. */
    Node compose(String yaml, String blockName) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        lines = YamlLines.of(yaml);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root == null) {
                state.error(firstLine - 1, "empty " + blockName + " block; expected YAML inside the fence");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? lines.blockLine(e.getProblemMark().getLine()) : 0;
            state.error(firstLine + line, "invalid YAML in " + blockName + " block: " + e.getProblem());
        } catch (YAMLException | IllegalStateException | StackOverflowError e) {
            state.error(firstLine - 1, "invalid YAML in " + blockName + " block: " + e.getMessage());
        }
        return null;
    }

    int line(Node node) {
        return firstLine + lines.blockLine(node.getStartMark().getLine());
    }

    void error(Node node, String message) {
        state.error(line(node), message);
    }

    /** A scalar's text as written, or null after reporting that a single value was expected. */
    String text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        error(node, what + " must be a single line of text");
        return null;
    }

    /**
     * The keys of a mapping, each once; reports duplicates and keys outside {@code allowed}.
     * Returns null (after reporting) when the node is not a mapping.
     */
    Map<String, Node> fields(Node node, String what, String... allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " must be a mapping of keys to values; expected keys: " + String.join(", ", allowed));
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!java.util.List.of(allowed).contains(key)) {
                error(keyNode, "unknown key '" + key + "' in " + what + "; expected one of: " + String.join(", ", allowed));
            } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                error(keyNode, "duplicate key '" + key + "' in " + what + "; expected each key once");
            }
        }
        return fields;
    }

    /** A required field's node, or null after reporting it missing. */
    Node required(Map<String, Node> fields, String key, Node parent, String what, String expected) {
        Node node = fields.get(key);
        if (node == null) {
            error(parent, what + " is missing '" + key + "'; expected " + expected);
        }
        return node;
    }
}
