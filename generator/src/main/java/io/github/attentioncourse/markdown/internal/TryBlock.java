package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.TryFigure;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Tokenized;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code try} block: a box in which the reader types a sentence of their own and a course model
 * reads it in the browser. The bake checks the sentence it starts with (by default the model's
 * first held-out sentence) as it checks an example's. It has no numbers for prose to refer to: what
 * it shows depends on what the reader types.
 */
final class TryBlock {

    static final String INFO = "try";
    static final List<String> VERBS = List.of();
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final String EXPECTED = "keys model (a folder under content/models), and optionally id, sentence"
            + " (the sentence the box starts with) and caption";

    private TryBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, List.of("sentence"), EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        Entry entry = keys.fields().get("sentence");
        String sentence = entry == null ? null : Nodes.text(entry, "a sentence in words the model knows", keys.block());
        List<String> start = null;
        if (keys.model() != null && entry == null) {
            start = firstHeldOut(keys.model());
        } else if (keys.model() != null && sentence != null) {
            Tokenized tokens = keys.model().tokenize(sentence);
            if (tokens.ok()) {
                start = tokens.words();
            } else {
                keys.block().at(entry.keyNode(), "model " + keys.model().name() + " cannot read this sentence: "
                        + tokens.problem());
            }
        }
        if (!keys.ok()) {
            return null;
        }
        return new Try(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), keys.model(), start,
                keys.caption());
    }

    /** A sentence the model never saw in training, or its first training sentence when it keeps none apart. */
    private static List<String> firstHeldOut(Model model) {
        return (model.corpus().heldOut().isEmpty() ? model.corpus().training() : model.corpus().heldOut()).get(0).words();
    }

    private record Try(String id, int idLine, boolean idDefaulted, String fingerprint, Model model, List<String> start,
            String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            throw new IllegalStateException("a try box answers no verb, so no reference reaches it");
        }

        @Override
        public Figure figure(String jsonFile) {
            return TryFigure.render(id, model, start, caption, jsonFile);
        }
    }
}
