package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.NormFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.ForwardTrace;
import io.github.attentioncourse.model.LayerTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.NormTrace;
import io.github.attentioncourse.model.Weights;
import java.util.List;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@code layernorm} block: one LayerNorm of a course model on one sentence, position by
 * position. Prose refers to {@code {{mean ID WORD [VECTOR]}}}, {@code {{variance ID WORD [VECTOR]}}},
 * {@code {{spread ID WORD}}} (√(σ² + ε)), {@code {{value ID VECTOR WORD DIMENSION}}},
 * {@code {{gain ID DIMENSION}}}, {@code {{bias ID DIMENSION}}}, {@code {{width ID}}} (d_model) and
 * {@code {{epsilon ID}}}, VECTOR being input, normalized or output.
 */
final class LayerNormBlock {

    static final String INFO = "layernorm";
    static final List<String> VERBS = List.of("mean", "variance", "spread", "value", "gain", "bias", "width", "epsilon");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN = List.of("sentence", "layer", "norm", "focus");
    private static final List<String> NORMS = List.of("1", "2", "final");
    private static final List<String> VECTORS = List.of("input", "normalized", "output");
    private static final String EXPECTED = "keys model (a folder under content/models) and sentence, and optionally id,"
            + " layer, norm (1, 2 or final), focus and caption";

    private LayerNormBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        OwnKeys own = new OwnKeys(keys);
        int which = own.choice("norm", NORMS, 0);
        OwnKeys.Sentence s = own.sentence(EXPECTED, words -> words.size() - 1);
        if (!keys.ok() || s == null) {
            return null;
        }
        Model model = s.model();
        ForwardTrace trace = model.forward(model.weights(), s.words());
        LayerTrace layer = trace.layers().get(s.layer() - 1);
        Weights.Block block = model.weights().blocks().get(s.layer() - 1);
        NormFigure.Norm norm = switch (which) {
            case 0 -> new NormFigure.Norm(model.name(), s.words(), "LN₁ of block " + s.layer() + ", before attention",
                    "block" + s.layer() + ".norm1", layer.norm1(), block.norm1(), s.focus());
            case 1 -> new NormFigure.Norm(model.name(), s.words(), "LN₂ of block " + s.layer()
                    + ", before the feed-forward network", "block" + s.layer() + ".norm2", layer.norm2(), block.norm2(), s.focus());
            default -> new NormFigure.Norm(model.name(), s.words(), "the final LayerNorm, before the output layer",
                    "final_norm", trace.finalNorm(), model.weights().finalNorm(), s.focus());
        };
        return new LayerNorm(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), norm,
                ModelExamples.source(model, which == 2 ? "final LayerNorm" : "block " + s.layer() + ", LN" + NORMS.get(which)),
                keys.caption());
    }

    private record LayerNorm(String id, int idLine, boolean idDefaulted, String fingerprint, NormFigure.Norm norm,
            String source, String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            return switch (verb) {
                case "width" -> new Args(id, args, problem, "{{width ID}}").count(0, 0)
                        ? Integer.toString(norm.trace().input().numCols) : null;
                case "epsilon" -> new Args(id, args, problem, "{{epsilon ID}}").count(0, 0)
                        ? Numbers.plain(NormTrace.EPSILON) : null;
                case "gain", "bias" -> parameter(verb, new Args(id, args, problem, "{{" + verb + " ID DIMENSION}}"));
                case "value" -> value(new Args(id, args, problem, "{{value ID input|normalized|output WORD DIMENSION}}"));
                case "spread" -> {
                    Args a = new Args(id, args, problem, "{{spread ID WORD}}");
                    int word = a.count(1, 1) ? a.word(0, norm.words()) : -1;
                    yield word < 0 ? null : Numbers.fixed(norm.spread(word), 2);
                }
                default -> moment(verb, new Args(id, args, problem, "{{" + verb + " ID WORD [input|normalized|output]}}"));
            };
        }

        private String parameter(String verb, Args a) {
            DMatrixRMaj values = verb.equals("gain") ? norm.params().gain() : norm.params().bias();
            int dimension = a.count(1, 1) ? a.whole(0, 1, values.numCols, "a dimension") : -1;
            return dimension < 0 ? null : Numbers.fixed(values.get(0, dimension - 1), 2);
        }

        private String value(Args a) {
            int vector = a.count(3, 3) ? a.choice(0, VECTORS, "the vectors") : -1;
            int word = vector < 0 ? -1 : a.word(1, norm.words());
            DMatrixRMaj m = vector < 0 ? null : matrix(vector);
            int dimension = word < 0 ? -1 : a.whole(2, 1, m.numCols, "a dimension");
            return dimension < 0 ? null : Numbers.fixed(m.get(word, dimension - 1), 2);
        }

        private String moment(String verb, Args a) {
            int word = a.count(1, 2) ? a.word(0, norm.words()) : -1;
            int vector = word < 0 || a.size() == 1 ? (word < 0 ? -1 : 0) : a.choice(1, VECTORS, "the vectors");
            if (vector < 0) {
                return null;
            }
            DMatrixRMaj m = matrix(vector);
            return Numbers.fixed(verb.equals("mean") ? NormFigure.mean(m, word) : NormFigure.variance(m, word), 2);
        }

        private DMatrixRMaj matrix(int vector) {
            return switch (vector) {
                case 0 -> norm.trace().input();
                case 1 -> norm.trace().normalized();
                default -> norm.trace().output();
            };
        }

        @Override
        public Figure figure(String jsonFile) {
            return NormFigure.render(id, norm, source, caption, jsonFile);
        }
    }
}
