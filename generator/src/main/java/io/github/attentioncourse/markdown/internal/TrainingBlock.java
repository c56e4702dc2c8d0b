package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.TrainingFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.Model;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * A {@code training} block: how a course model's training went, its loss by step as a chart.
 * Prose refers to {@code {{steps ID}}}, {@code {{sentences ID}}}, {@code {{first-loss ID}}} and
 * {@code {{final-loss ID}}}.
 */
final class TrainingBlock {

    static final String INFO = "training";
    static final List<String> VERBS = List.of("steps", "sentences", "first-loss", "final-loss");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> KEYS = List.of("id", "model", "caption");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final String EXPECTED = "keys model (a folder under content/models), and optionally id and caption";

    private TrainingBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        YamlBlock block = YamlBlock.fenced(text, KIND, fenceLine, problems);
        MappingNode root = block.readMapping(EXPECTED);
        Fields fields = root == null ? null : block.fields(root, "the training block", KEYS);
        if (fields == null) {
            return null;
        }
        String id = fields.has("id") ? Nodes.text(fields.get("id"), "lowercase letters, digits and hyphens", block) : defaultId;
        if (id != null && !ID.matcher(id).matches()) {
            block.at(fields.get("id").keyNode(), "id " + Nodes.quote(id) + " is not allowed; expected lowercase letters,"
                    + " digits and hyphens, e.g. course-training");
        }
        Entry modelEntry = fields.required("model", EXPECTED);
        String caption = fields.has("caption") ? Nodes.text(fields.get("caption"), "text", block) : null;
        Optional<Model> model = modelEntry == null ? Optional.empty() : models.usable(modelEntry, block);
        if (!block.isEmpty() || model.isEmpty()) {
            return null;
        }
        int idLine = fields.has("id") ? block.line(fields.get("id").keyNode()) : fenceLine;
        return new Training(id, idLine, !fields.has("id"), text + '\0' + models.fingerprint(model.get().name()),
                model.get(), caption);
    }

    private record Training(String id, int idLine, boolean idDefaulted, String fingerprint, Model model, String caption)
            implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            if (!args.isEmpty()) {
                problem.accept("{{" + verb + " " + id + " …}} has " + (args.size() + 1) + " arguments; expected {{" + verb
                        + " ID}}");
                return null;
            }
            return switch (verb) {
                case "steps" -> String.format(Locale.ROOT, "%,d", model.training().steps());
                case "sentences" -> String.format(Locale.ROOT, "%,d", model.training().trainedSentences());
                case "first-loss" -> Numbers.fixed(model.training().losses().get(0), 2);
                default -> Numbers.fixed(model.training().finalLoss(), 2);
            };
        }

        @Override
        public Figure figure(String jsonFile) {
            return TrainingFigure.render(id, model.name(), model.config().task().key(), model.training(), caption, jsonFile);
        }
    }
}
