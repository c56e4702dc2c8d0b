package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.FeedForwardFigure;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.ResidualFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.Model;
import java.util.List;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@code feedforward} block: a block's feed-forward network of a course model on one sentence.
 * Prose refers to {@code {{value ID VECTOR WORD UNIT}}} and {@code {{length ID VECTOR WORD}}}
 * (VECTOR being input, hidden, activated or output), {@code {{positive ID WORD}}} (how many hidden
 * units GELU leaves positive), {@code {{units ID}}} (d_ff) and {@code {{width ID}}} (d_model).
 */
final class FeedForwardBlock {

    static final String INFO = "feedforward";
    static final List<String> VERBS = List.of("value", "length", "positive", "units", "width");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN = List.of("sentence", "layer", "focus");
    private static final List<String> VECTORS = List.of("input", "hidden", "activated", "output");
    private static final String EXPECTED = "keys model (a folder under content/models) and sentence, and optionally id,"
            + " layer, focus and caption";

    private FeedForwardBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        OwnKeys own = new OwnKeys(keys);
        OwnKeys.Sentence s = own.sentence(EXPECTED, words -> words.size() - 1);
        if (!keys.ok() || s == null) {
            return null;
        }
        Model model = s.model();
        FeedForwardFigure.Network net = new FeedForwardFigure.Network(model.name(), s.words(), s.layer(),
                model.forward(model.weights(), s.words()).layers().get(s.layer() - 1),
                model.weights().blocks().get(s.layer() - 1), s.focus());
        return new FeedForward(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), net,
                ModelExamples.source(model, "block " + s.layer() + ", feed-forward network"), keys.caption());
    }

    private record FeedForward(String id, int idLine, boolean idDefaulted, String fingerprint,
            FeedForwardFigure.Network net, String source, String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            String vectors = String.join("|", VECTORS);
            return switch (verb) {
                case "units" -> new Args(id, args, problem, "{{units ID}}").count(0, 0)
                        ? Integer.toString(net.trace().hidden().numCols) : null;
                case "width" -> new Args(id, args, problem, "{{width ID}}").count(0, 0)
                        ? Integer.toString(net.trace().feedForward().numCols) : null;
                case "positive" -> {
                    Args a = new Args(id, args, problem, "{{positive ID WORD}}");
                    int word = a.count(1, 1) ? a.word(0, net.words()) : -1;
                    yield word < 0 ? null : Integer.toString(net.positive(word));
                }
                case "length" -> {
                    Args a = new Args(id, args, problem, "{{length ID " + vectors + " WORD}}");
                    int vector = a.count(2, 2) ? a.choice(0, VECTORS, "the vectors") : -1;
                    int word = vector < 0 ? -1 : a.word(1, net.words());
                    yield word < 0 ? null : Numbers.fixed(ResidualFigure.length(matrix(vector), word), 2);
                }
                default -> {
                    Args a = new Args(id, args, problem, "{{value ID " + vectors + " WORD DIMENSION}}");
                    int vector = a.count(3, 3) ? a.choice(0, VECTORS, "the vectors") : -1;
                    int word = vector < 0 ? -1 : a.word(1, net.words());
                    int entry = word < 0 ? -1 : a.whole(2, 1, matrix(vector).numCols, "an entry");
                    yield entry < 0 ? null : Numbers.fixed(matrix(vector).get(word, entry - 1), 2);
                }
            };
        }

        private DMatrixRMaj matrix(int vector) {
            return switch (vector) {
                case 0 -> net.trace().norm2().output();
                case 1 -> net.trace().hidden();
                case 2 -> net.trace().activated();
                default -> net.trace().feedForward();
            };
        }

        @Override
        public Figure figure(String jsonFile) {
            return FeedForwardFigure.render(id, net, source, caption, jsonFile);
        }
    }
}
