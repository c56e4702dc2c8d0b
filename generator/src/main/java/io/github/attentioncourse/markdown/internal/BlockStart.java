package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.model.Model;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What every computed block but an attention example reads alike: its YAML keys, checked against
 * those it allows, its {@code id} (or the default its kind gives it) and its optional {@code caption}.
 *
 * @param block       the block's YAML, which collects its mistakes
 * @param fields      its keys
 * @param id          its id, as written or defaulted
 * @param idLine      the line of its {@code id:} key, or of its fence when the id was defaulted
 * @param idDefaulted whether it has no {@code id:} key
 * @param caption     the author's text under the figure, or null
 */
record BlockStart(YamlBlock block, Fields fields, String id, int idLine, boolean idDefaulted, String caption) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /**
     * The block's keys read, or null once the block is reported as not a mapping of keys.
     *
     * @param kind     the kind's name and a sample line, for messages
     * @param keys     every key the block allows, id and caption included
     * @param expected what the block holds, for the message when it is empty
     * @param sampleId an id that would do, for the message about one that would not
     */
    static BlockStart read(String text, YamlBlock.Kind kind, int fenceLine, String defaultId, Problems problems,
            List<String> keys, String expected, String sampleId) {
        YamlBlock block = YamlBlock.fenced(text, kind, fenceLine, problems);
        MappingNode root = block.readMapping(expected);
        Fields fields = root == null ? null : block.fields(root, "the " + kind.name() + " block", keys);
        if (fields == null) {
            return null;
        }
        boolean written = fields.has("id");
        String id = written ? Nodes.text(fields.get("id"), "lowercase letters, digits and hyphens", block) : defaultId;
        if (id != null && !ID.matcher(id).matches()) {
            block.at(fields.get("id").keyNode(), "id " + Nodes.quote(id) + " is not allowed; expected lowercase letters,"
                    + " digits and hyphens, e.g. " + sampleId);
        }
        String caption = fields.has("caption") ? Nodes.text(fields.get("caption"), "text", block) : null;
        int idLine = written ? block.line(fields.get("id").keyNode()) : fenceLine;
        return new BlockStart(block, fields, id, idLine, !written, caption);
    }

    /** The usable model its required {@code model:} key names, or empty once the block is told why there is none. */
    Optional<Model> model(ModelExamples models, String expected) {
        Entry entry = fields.required("model", expected);
        return entry == null ? Optional.empty() : models.usable(entry, block);
    }

    /** What the block's figure depends on: its text and its model's weights. */
    static String fingerprint(String text, Model model, ModelExamples models) {
        return text + '\0' + models.fingerprint(model.name());
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

    /** Whether none of the block's keys had a mistake so far. */
    boolean ok() {
        return block.isEmpty();
    }

    /** The message for a reference with the wrong number of arguments, told to {@code problem}; returns null. */
    static String wrongArguments(String verb, String id, List<String> args, String expected,
            Consumer<String> problem) {
        problem.accept("{{" + verb + " " + id + " …}} has " + (args.size() + 1) + " arguments; expected " + expected);
        return null;
    }
}
