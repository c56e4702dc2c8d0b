package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys every computed block but an attention example shares, read one way for all of them:
 * {@code id} (its kind's default when absent), {@code model} (a usable model of the course, for the
 * kinds about a trained model) and {@code caption}; the block's own keys are left in
 * {@link #fields()} for it to read.
 *
 * @param block         the block, into which the kind reports its own keys' mistakes
 * @param model         null when the block names no usable model (already reported) or is of a kind without one
 * @param modelRequired whether the kind is about a trained model, so that it has a {@code model:} key
 */
record ModelBlockKeys(YamlBlock block, Fields fields, String id, int idLine, boolean idDefaulted, Model model, String caption,
        boolean modelRequired) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /**
     * The shared keys of a block of {@code kind} about a trained model, or null when the block is
     * not a mapping of known keys (already reported).
     *
     * @param own      the kind's own keys, besides id, model and caption
     * @param expected what the block holds, for its messages
     */
    static ModelBlockKeys read(String text, YamlBlock.Kind kind, List<String> own, String expected, int fenceLine,
            String defaultId, Problems problems, ModelExamples models) {
        return read(text, kind, own, expected, fenceLine, defaultId, problems, Optional.of(models));
    }

    /** The shared keys, id and caption, of a block of {@code kind} whose numbers are all written in it. */
    static ModelBlockKeys readWithoutModel(String text, YamlBlock.Kind kind, List<String> own, String expected, int fenceLine,
            String defaultId, Problems problems) {
        return read(text, kind, own, expected, fenceLine, defaultId, problems, Optional.empty());
    }

    private static ModelBlockKeys read(String text, YamlBlock.Kind kind, List<String> own, String expected, int fenceLine,
            String defaultId, Problems problems, Optional<ModelExamples> models) {
        YamlBlock block = YamlBlock.fenced(text, kind, fenceLine, problems);
        MappingNode root = block.readMapping(expected);
        List<String> keys = new ArrayList<>(List.of("id"));
        models.ifPresent(m -> keys.add("model"));
        keys.addAll(own);
        keys.add("caption");
        Fields fields = root == null ? null : block.fields(root, "the " + kind.name() + " block", keys);
        if (fields == null) {
            return null;
        }
        String id = defaultId;
        if (fields.has("id")) {
            id = Nodes.text(fields.get("id"), "lowercase letters, digits and hyphens", block);
            if (id != null && !ID.matcher(id).matches()) {
                block.at(fields.get("id").keyNode(), "id " + Nodes.quote(id) + " is not allowed; expected lowercase"
                        + " letters, digits and hyphens, e.g. course-" + kind.name());
            }
        }
        Model model = models.flatMap(m -> Optional.ofNullable(fields.required("model", expected)).flatMap(e -> m.usable(e, block)))
                .orElse(null);
        String caption = fields.has("caption") ? Nodes.text(fields.get("caption"), "text", block) : null;
        int idLine = fields.has("id") ? block.line(fields.get("id").keyNode()) : fenceLine;
        return new ModelBlockKeys(block, fields, id, idLine, !fields.has("id"), model, caption, models.isPresent());
    }

    /** Whether the shared keys and whatever the kind read since are free of mistakes. */
    boolean ok() {
        return block.isEmpty() && (model != null || !modelRequired);
    }

    /** What the block's figure depends on: its text and its model's fingerprint. */
    String fingerprint(String text, ModelExamples models) {
        return model == null ? text : text + '\0' + models.fingerprint(model.name());
    }

    /**
     * The parts of the figure its optional {@code show:} key names (one, or a list), all of
     * {@code parts} when it has none; a part it does not know is reported.
     */
    Set<String> show(List<String> parts) {
        Entry entry = fields.get("show");
        if (entry == null) {
            return new LinkedHashSet<>(parts);
        }
        String expected = "any of " + String.join(", ", parts) + " (or no show for all of them)";
        List<Node> items = entry.value() instanceof SequenceNode list ? list.getValue() : List.of(entry.value());
        if (items.isEmpty()) {
            block.at(entry.keyNode(), "show is an empty list; expected " + expected);
        }
        Set<String> shown = new LinkedHashSet<>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && parts.contains(scalar.getValue())) {
                shown.add(scalar.getValue());
            } else {
                block.at(item, "show has " + Nodes.describe(item) + "; expected " + expected);
            }
        }
        return shown;
    }
}
