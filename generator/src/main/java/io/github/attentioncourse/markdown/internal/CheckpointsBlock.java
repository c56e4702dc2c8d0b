package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.figure.CheckpointsFigure;
import io.github.attentioncourse.figure.CheckpointsFigure.Stage;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.References;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@code checkpoints} block: one head of a course model on one sentence at each step whose
 * weights training kept (model.yaml's checkpoints) and with the trained weights, so that a lesson
 * shows its pattern forming. Prose refers to {@code {{percent ID STEP QUERY KEY}}},
 * {@code {{weight ID STEP QUERY KEY}}}, {@code {{top ID STEP QUERY}}} (STEP being a kept step or
 * {@code trained}) and {@code {{step ID K}}} (the K-th step shown, {@code 1,200}).
 */
final class CheckpointsBlock {

    static final String INFO = "checkpoints";
    static final List<String> VERBS = List.of("percent", "weight", "top", "step");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN = List.of("sentence", "layer", "head");
    private static final String EXPECTED = "keys model (a folder under content/models whose model.yaml lists checkpoints)"
            + " and sentence, and optionally id, layer, head and caption";

    private CheckpointsBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        OwnKeys own = new OwnKeys(keys);
        OwnKeys.Sentence s = own.sentence(EXPECTED, words -> 0);
        int heads = s == null ? 1 : s.model().config().architecture().heads();
        int head = own.whole("head", 1, heads, 1, " (the model has " + heads + " heads per block)");
        if (s != null && s.model().checkpoints().isEmpty()) {
            keys.block().at(keys.fields().get("model").keyNode(), "model " + s.model().name() + " keeps no checkpoints; expected"
                    + " a model whose model.yaml lists checkpoints, such as 'checkpoints: [0, 100, 300]'");
        }
        if (!keys.ok() || s == null) {
            return null;
        }
        Model model = s.model();
        List<Stage> stages = new ArrayList<>();
        for (Map.Entry<Integer, Weights> kept : model.checkpoints().entrySet()) {
            stages.add(new Stage(kept.getKey(), false, headAlone(model, kept.getValue(), s.words(), s.layer(), head)));
        }
        stages.add(new Stage(model.training().steps(), true, headAlone(model, model.weights(), s.words(), s.layer(), head)));
        CheckpointsFigure.Forming forming = new CheckpointsFigure.Forming(model.name(), s.words(), s.layer(), head, stages);
        return new Checkpoints(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), forming,
                ModelExamples.source(model, "layer " + s.layer() + ", head " + head + ", at the steps its training kept"),
                keys.caption());
    }

    /** The head on its own, on the layer's LayerNorm'ed inputs under these weights, as a one-head example computes it. */
    private static AttentionTrace headAlone(Model model, Weights weights, List<String> words,
            int layer, int head) {
        DMatrixRMaj x = model.forward(weights, words).layers().get(layer - 1).norm1().output();
        return Attention.compute(new AttentionInput(x, x, List.of(weights.blocks().get(layer - 1).heads().get(head - 1)),
                null, Double.NaN, model.mask()));
    }

    private record Checkpoints(String id, int idLine, boolean idDefaulted, String fingerprint,
            CheckpointsFigure.Forming forming, String source, String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            List<Stage> stages = forming.stages();
            if (verb.equals("step")) {
                Args a = new Args(id, args, problem, "{{step ID K}}, K from 1 to " + stages.size());
                int k = a.count(1, 1) ? a.whole(0, 1, stages.size(), "a step's place") : -1;
                return k < 0 ? null : String.format(Locale.ROOT, "%,d", stages.get(k - 1).step());
            }
            boolean top = verb.equals("top");
            Args a = new Args(id, args, problem, top ? "{{top ID STEP QUERY}}" : "{{" + verb + " ID STEP QUERY KEY}}");
            if (!a.count(top ? 2 : 3, top ? 2 : 3)) {
                return null;
            }
            Stage stage = stage(a.get(0));
            if (stage == null) {
                problem.accept("'" + a.get(0) + "' is not a step of '" + id + "'; expected one of "
                        + String.join(", ", stages.stream().map(s -> s.last() ? "trained" : Integer.toString(s.step())).toList()));
                return null;
            }
            int query = a.word(1, forming.words());
            int key = query < 0 || top ? query : a.word(2, forming.words());
            if (key < 0) {
                return null;
            }
            if (top) {
                return forming.words().get(References.topKey(stage.trace(), 0, query));
            }
            return References.valueOf(verb.toUpperCase(Locale.ROOT)).format(stage.trace(), 0, query, key);
        }

        private Stage stage(String name) {
            for (Stage stage : forming.stages()) {
                if (stage.last() ? name.equals("trained") : name.equals(Integer.toString(stage.step()))) {
                    return stage;
                }
            }
            return null;
        }

        @Override
        public Figure figure(String jsonFile) {
            return CheckpointsFigure.render(id, forming, source, caption, jsonFile);
        }
    }
}
