package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.ResidualFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Task;
import java.util.List;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@code residual} block: a residual connection of a course model on one sentence, the stream x
 * entering a sub-layer, what the sub-layer adds and their sum. Prose refers to
 * {@code {{value ID VECTOR WORD DIMENSION}}} and {@code {{length ID VECTOR WORD}}}, VECTOR being
 * stream, added or sum.
 */
final class ResidualBlock {

    static final String INFO = "residual";
    static final List<String> VERBS = List.of("value", "length");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN = List.of("sentence", "layer", "sublayer", "focus");
    private static final List<String> SUBLAYERS = List.of("attention", "feed-forward");
    static final List<String> VECTORS = List.of("stream", "added", "sum");
    private static final String EXPECTED = "keys model (a folder under content/models) and sentence, and optionally id,"
            + " layer, sublayer (attention or feed-forward), focus and caption";

    private ResidualBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        OwnKeys own = new OwnKeys(keys);
        int sublayer = own.choice("sublayer", SUBLAYERS, 0);
        OwnKeys.Sentence s = own.sentence(EXPECTED, words -> words.size() - 1);
        if (!keys.ok() || s == null) {
            return null;
        }
        Model model = s.model();
        ResidualFigure.Sum sum = new ResidualFigure.Sum(model.name(), s.words(), s.layer(), sublayer == 1,
                model.forward(model.weights(), s.words()).layers().get(s.layer() - 1),
                model.weights().blocks().get(s.layer() - 1), model.config().task() == Task.NEXT_WORD, s.focus());
        return new Residual(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), sum,
                ModelExamples.source(model, "layer " + s.layer() + ", " + SUBLAYERS.get(sublayer) + " sub-layer"), keys.caption());
    }

    private record Residual(String id, int idLine, boolean idDefaulted, String fingerprint, ResidualFigure.Sum sum,
            String source, String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            boolean value = verb.equals("value");
            Args a = new Args(id, args, problem, value ? "{{value ID stream|added|sum WORD DIMENSION}}"
                    : "{{length ID stream|added|sum WORD}}");
            if (!a.count(value ? 3 : 2, value ? 3 : 2)) {
                return null;
            }
            int vector = a.choice(0, VECTORS, "the vectors");
            int word = vector < 0 ? -1 : a.word(1, sum.words());
            if (word < 0) {
                return null;
            }
            DMatrixRMaj m = switch (vector) {
                case 0 -> sum.stream();
                case 1 -> sum.added();
                default -> sum.sum();
            };
            if (!value) {
                return Numbers.fixed(ResidualFigure.length(m, word), 2);
            }
            int dimension = a.whole(2, 1, m.numCols, "a dimension");
            return dimension < 0 ? null : Numbers.fixed(m.get(word, dimension - 1), 2);
        }

        @Override
        public Figure figure(String jsonFile) {
            return ResidualFigure.render(id, sum, source, caption, jsonFile);
        }
    }
}
