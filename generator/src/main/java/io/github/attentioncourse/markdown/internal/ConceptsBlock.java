package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.markdown.Icons;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A {@code concepts} block: a list of terms with a short definition and an optional icon, drawn as inline SVG. */
final class ConceptsBlock {

    static final String INFO = "concepts";
    private static final String EXPECTED = "a list of entries with term, text and optionally icon";

    private ConceptsBlock() {
    }

    /** The concepts' HTML, or null after reporting what is wrong. */
    static String render(String yaml, int firstLine, LessonState state, UnaryOperator<String> inline) {
        YamlBlock block = new YamlBlock(firstLine, state);
        Node root = block.compose(yaml, "concepts");
        if (root == null) {
            return null;
        }
        if (!(root instanceof SequenceNode list) || list.getValue().isEmpty()) {
            block.error(root, "concepts block must be " + EXPECTED);
            return null;
        }
        StringBuilder html = new StringBuilder(1024).append("<dl class=\"concepts\">");
        boolean ok = true;
        for (Node entry : list.getValue()) {
            Map<String, Node> fields = block.fields(entry, "concept", "term", "text", "icon");
            if (fields == null) {
                ok = false;
                continue;
            }
            Node termNode = block.required(fields, "term", entry, "concept", EXPECTED);
            Node textNode = block.required(fields, "text", entry, "concept", EXPECTED);
            String term = termNode == null ? null : block.text(termNode, "term");
            String text = textNode == null ? null : block.text(textNode, "text");
            Icons.Icon icon = fields.containsKey("icon") ? icon(block, fields.get("icon")) : null;
            if (term == null || text == null || (fields.containsKey("icon") && icon == null)) {
                ok = false;
                continue;
            }
            html.append("<div class=\"concept\"><dt>");
            if (icon != null) {
                html.append(icon.svg()).append(' ');
            }
            html.append(inline.apply(term)).append("</dt><dd>").append(inline.apply(text)).append("</dd></div>");
        }
        return ok ? html.append("</dl>").toString() : null;
    }

    /** The drawn icon an entry names, or null after reporting that there is none by that name. */
    private static Icons.Icon icon(YamlBlock block, Node node) {
        String written = block.text(node, "icon");
        if (written == null) {
            return null;
        }
        Icons.Icon icon = Icons.find(written);
        if (icon == null) {
            block.error(node, "unknown icon '" + written + "'; expected one of the course's icons, by name or by the emoji"
                    + " it stands for: " + Icons.known());
        }
        return icon;
    }
}
