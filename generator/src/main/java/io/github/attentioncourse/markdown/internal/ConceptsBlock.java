package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.Html;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A {@code concepts} block: a list of terms with a short definition and an optional icon. */
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
            String icon = fields.containsKey("icon") ? block.text(fields.get("icon"), "icon") : "";
            if (term == null || text == null || icon == null) {
                ok = false;
                continue;
            }
            html.append("<div class=\"concept\"><dt>");
            if (!icon.isEmpty()) {
                html.append("<span class=\"concept-icon\" aria-hidden=\"true\">").append(Html.escape(icon)).append("</span> ");
            }
            html.append(inline.apply(term)).append("</dt><dd>").append(inline.apply(text)).append("</dd></div>");
        }
        return ok ? html.append("</dl>").toString() : null;
    }
}
