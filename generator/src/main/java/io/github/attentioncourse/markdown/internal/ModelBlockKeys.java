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
 * The keys every computed block about a trained model shares, read one way for all of them:
 * {@code id} (its kind's default when absent), {@code model} (a usable model of the course) and
 * {@code caption}; the block's own keys are left in {@link #fields()} for it to read (with
 * {@link OwnKeys}). The kinds that need no model read their id and caption here too, with a model
 * that is optional (Table 1's costs) or no key at all (parameter counts, and a classifier or a
 * descent whose numbers are written in the block) ({@link ModelKey}).
 *
 * @param block the block, into which the kind reports its own keys' mistakes
 * @param model null when the block names no usable model (reported, if it names one)
 */
record ModelBlockKeys(YamlBlock block, Fields fields, String id, int idLine, boolean idDefaulted, Model model, String caption) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /** Whether a kind's blocks name a model: all about one do; a few may, and some have numbers of their own. */
    enum ModelKey { REQUIRED, OPTIONAL, NONE }

    /**
     * The shared keys of a block of {@code kind} about a model, or null when the block is not a
     * mapping of known keys (already reported).
     *
     * @param own      the kind's own keys, besides id, model and caption
     * @param expected what the block holds, for its messages
     */
    static ModelBlockKeys read(String text, YamlBlock.Kind kind, List<String> own, String expected, int fenceLine,
            String defaultId, Problems problems, ModelExamples models) {
        return read(text, kind, own, expected, fenceLine, defaultId, problems, models, ModelKey.REQUIRED);
    }

    /** The same for a kind whose blocks name a model as {@code modelKey} says. */
    static ModelBlockKeys read(String text, YamlBlock.Kind kind, List<String> own, String expected, int fenceLine,
            String defaultId, Problems problems, ModelExamples models, ModelKey modelKey) {
        YamlBlock block = YamlBlock.fenced(text, kind, fenceLine, problems);
        MappingNode root = block.readMapping(expected);
        List<String> keys = new ArrayList<>(modelKey == ModelKey.NONE ? List.of("id") : List.of("id", "model"));
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
        Optional<Model> model = switch (modelKey) {
            case REQUIRED -> Optional.ofNullable(fields.required("model", expected)).flatMap(e -> models.usable(e, block));
            case OPTIONAL -> Optional.ofNullable(fields.get("model")).flatMap(e -> models.usable(e, block));
            case NONE -> Optional.empty();
        };
        String caption = fields.has("caption") ? Nodes.text(fields.get("caption"), "text", block) : null;
        int idLine = fields.has("id") ? block.line(fields.get("id").keyNode()) : fenceLine;
        return new ModelBlockKeys(block, fields, id, idLine, !fields.has("id"), model.orElse(null), caption);
    }

    /** Whether the shared keys and whatever the kind read since are free of mistakes. */
    boolean ok() {
        return block.isEmpty() && (model != null || !fields.has("model"));
    }

    /** What the block's figure depends on: its text and its model's fingerprint, if it names one. */
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
