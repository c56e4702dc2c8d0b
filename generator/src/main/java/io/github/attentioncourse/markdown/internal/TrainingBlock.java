package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.TrainingFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.Model;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A {@code training} block: how a course model's training went, its loss by step as a chart.
 * Prose refers to {@code {{steps ID}}}, {@code {{sentences ID}}}, {@code {{first-loss ID}}} and
 * {@code {{final-loss ID}}}.
 */
final class TrainingBlock {

    static final String INFO = "training";
    static final List<String> VERBS = List.of("steps", "sentences", "first-loss", "final-loss");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final String EXPECTED = "keys model (a folder under content/models), and optionally id and caption";

    private TrainingBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, List.of(), EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null || !keys.ok()) {
            return null;
        }
        return new Training(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), keys.model(),
                keys.caption());
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
                problem.accept("{{" + verb + " " + id + " …}} has " + Nodes.count(args.size() + 1, "argument") + "; expected {{" + verb
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
