package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.ComplexityFigure;
import io.github.attentioncourse.figure.ComplexityFigure.Layer;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.ParametersFigure;
import io.github.attentioncourse.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code complexity} block: Table 1 of Vaswani et al. (2017), self-attention against recurrent
 * and convolutional layers, computed for a width d (a course model's d_model, or given) and
 * sequence lengths n. Prose refers to {@code {{operations ID LAYER N}}},
 * {@code {{sequential ID LAYER N}}} and {@code {{path ID LAYER N}}}, LAYER being self-attention,
 * recurrent or convolutional and N one of the lengths, and to {@code {{width ID}}} (d),
 * {@code {{kernel ID}}} (k) and {@code {{length ID K}}} (the K-th length).
 */
final class ComplexityBlock {

    static final String INFO = "complexity";
    static final List<String> VERBS = List.of("operations", "sequential", "path", "width", "kernel", "length");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "at most 2 levels (the block and its lengths)");
    private static final List<String> OWN = List.of("d", "lengths", "kernel");
    private static final String EXPECTED = "keys model (a folder under content/models, for its d_model and longest sentence)"
            + " or d and lengths, and optionally kernel, id and caption";
    private static final long MAX_D = 100_000;
    private static final long MAX_LENGTH = 1_000_000;

    private ComplexityBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models, ModelBlockKeys.ModelKey.OPTIONAL);
        if (keys == null) {
            return null;
        }
        OwnKeys own = new OwnKeys(keys);
        YamlBlock block = keys.block();
        long kernel = own.whole("kernel", 2, 100, 3, "");
        Optional<Model> model = Optional.ofNullable(keys.model());
        long d = -1;
        if (keys.fields().has("model") && keys.fields().has("d")) {
            block.at(keys.fields().get("d").keyNode(), "d cannot be used with model:, whose d_model it is; expected one of the two");
        } else if (keys.fields().has("d")) {
            d = OwnKeys.whole(block, keys.fields().get("d").value(), keys.fields().get("d").keyNode(), "d", 1, MAX_D, "");
        } else if (!keys.fields().has("model")) {
            block.atFence("the complexity block has neither model nor d; expected " + EXPECTED);
        }
        List<Long> lengths = keys.fields().has("lengths") ? lengths(block, keys.fields().get("lengths")) : null;
        if (!keys.fields().has("lengths") && !keys.fields().has("model")) {
            block.atFence("the complexity block has no lengths; expected lengths: [n, …] when there is no model");
        }
        if (!keys.ok()) {
            return null;
        }
        if (model.isPresent()) {
            d = model.get().config().architecture().dModel();
            lengths = lengths != null ? lengths : List.of((long) model.get().config().architecture().context());
        }
                ComplexityFigure.Sizes sizes = new ComplexityFigure.Sizes(d, kernel, lengths, model.map(Model::name).orElse(null));
        return new Complexity(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), sizes, keys.caption());
    }

    private static List<Long> lengths(YamlBlock block, Entry entry) {
        if (!(entry.value() instanceof SequenceNode list) || list.getValue().isEmpty() || list.getValue().size() > 6) {
            block.at(entry.keyNode(), "lengths is " + (entry.value() instanceof SequenceNode l
                    ? "a list of " + Nodes.count(l.getValue().size(), "length") : Nodes.describe(entry.value()))
                    + "; expected a list of 1 to 6 sequence lengths, e.g. [4, 12]");
            return null;
        }
        List<Long> lengths = new ArrayList<>();
        for (Node item : list.getValue()) {
            long n = OwnKeys.whole(block, item, item, "length " + (lengths.size() + 1), 1, MAX_LENGTH, "");
            if (n < 0) {
                return null;
            }
            lengths.add(n);
        }
        return lengths;
    }

    private record Complexity(String id, int idLine, boolean idDefaulted, String fingerprint, ComplexityFigure.Sizes sizes,
            String caption) implements Computed {

        private static final List<String> LAYERS = List.of(Layer.values()).stream().map(Layer::key).toList();

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            if (verb.equals("width") || verb.equals("kernel")) {
                return new Args(id, args, problem, "{{" + verb + " ID}}").count(0, 0)
                        ? ParametersFigure.grouped(verb.equals("width") ? sizes.d() : sizes.kernel()) : null;
            }
            if (verb.equals("length")) {
                Args a = new Args(id, args, problem, "{{length ID K}}, K from 1 to " + sizes.lengths().size());
                int k = a.count(1, 1) ? a.whole(0, 1, sizes.lengths().size(), "a length's place") : -1;
                return k < 0 ? null : ParametersFigure.grouped(sizes.lengths().get(k - 1));
            }
            Args a = new Args(id, args, problem, "{{" + verb + " ID " + String.join("|", LAYERS) + " N}}");
            int layer = a.count(2, 2) ? a.choice(0, LAYERS, "the layers") : -1;
            if (layer < 0) {
                return null;
            }
            Long n = sizes.lengths().stream().filter(length -> Long.toString(length).equals(a.get(1))).findFirst().orElse(null);
            if (n == null) {
                problem.accept("'" + a.get(1) + "' is not a length of '" + id + "'; expected one of " + sizes.lengths());
                return null;
            }
            Layer l = Layer.values()[layer];
            return ParametersFigure.grouped(switch (verb) {
                case "operations" -> l.operations(n, sizes.d(), sizes.kernel());
                case "sequential" -> l.sequential(n);
                default -> l.path(n, sizes.kernel());
            });
        }

        @Override
        public Figure figure(String jsonFile) {
            return ComplexityFigure.render(id, sizes, caption, jsonFile);
        }
    }
}
