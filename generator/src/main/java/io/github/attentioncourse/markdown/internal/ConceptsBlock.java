package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.List;
import io.github.attentioncourse.markdown.Icons;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A {@code concepts} block: a list of terms with a short definition and an optional icon, drawn as inline SVG. */
final class ConceptsBlock {

    static final String INFO = "concepts";
    static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "- term: Query", "at most 2 levels (the list and its entries)");
    private static final List<String> KEYS = List.of("term", "text", "icon");
    private static final String EXPECTED = "a list of entries with term, text and optionally icon";
    private static final String TEXT = "one line of text";

    private ConceptsBlock() {
    }

    /** The concepts' HTML, or null after reporting what is wrong. */
    static String render(YamlBlock block, UnaryOperator<String> inline) {
        Node root = block.read(EXPECTED);
        if (root == null) {
            return null;
        }
        if (!(root instanceof SequenceNode list) || list.getValue().isEmpty()) {
            block.at(root, "the concepts block is " + Nodes.describe(root) + "; expected " + EXPECTED);
            return null;
        }
        StringBuilder html = new StringBuilder(1024).append("<dl class=\"concepts\">");
        boolean ok = true;
        for (Node item : list.getValue()) {
            Fields fields = block.fields(item, "a concept", KEYS);
            if (fields == null) {
                ok = false;
                continue;
            }
            Entry termEntry = fields.required("term", EXPECTED);
            Entry textEntry = fields.required("text", EXPECTED);
            String term = termEntry == null ? null : Nodes.text(termEntry, TEXT, block);
            String text = textEntry == null ? null : Nodes.text(textEntry, TEXT, block);
            Icons.Icon icon = fields.has("icon") ? icon(block, fields.get("icon")) : null;
            if (term == null || text == null || (fields.has("icon") && icon == null)) {
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
    private static Icons.Icon icon(YamlBlock block, Entry entry) {
        String written = Nodes.text(entry, "an icon's name or emoji", block);
        if (written == null) {
            return null;
        }
        Icons.Icon icon = Icons.find(written);
        if (icon == null) {
            block.at(entry.keyNode(), "unknown icon " + Nodes.quote(written) + "; expected one of the course's icons, by"
                    + " name or by the emoji it stands for: " + Icons.known());
        }
        return icon;
    }
}
