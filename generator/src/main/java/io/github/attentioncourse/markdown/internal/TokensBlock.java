package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.TokensFigure.Split;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code tokens} block: any text split into a model's tokens, each with its number in the
 * vocabulary (a word the model does not know is shown as such, not refused: that is what the lesson
 * is about) and how many training sentences hold it.
 */
final class TokensBlock {

    static final String INFO = "tokens";
    static final List<String> VERBS = List.of("vocabulary", "tokens", "token", "index", "unknown", "sentences", "frequency");
    static final int MAX_TOKENS = 24;
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    /** The figure's parts: the tokens as a table, how often each occurs as a bar chart, and the whole vocabulary. */
    static final List<String> PARTS = List.of("table", "bars", "vocabulary");
    private static final List<String> OWN_KEYS = List.of("sentence", "show");
    private static final String EXPECTED = "keys model (a folder under content/models), sentence (any text), and optionally"
            + " show, id and caption";

    private TokensBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN_KEYS, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        Optional<Model> model = Optional.ofNullable(keys.model());
        Entry sentence = keys.fields().required("sentence", EXPECTED);
        String written = sentence == null ? null : Nodes.text(sentence, "any text", keys.block());
        if (model.isEmpty() || written == null) {
            return null;
        }
        List<String> tokens = model.get().tokenize(written).words();
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            keys.block().at(sentence.keyNode(), "the sentence has " + Nodes.count(tokens.size(), "token")
                    + "; expected from 1 to " + MAX_TOKENS + ", so that every bar of the chart can be read");
        }
        Set<String> show = keys.show(PARTS);
        if (!keys.ok()) {
            return null;
        }
        List<Sentence> training = model.get().corpus().training();
        int[] counts = new int[tokens.size()];
        for (int i = 0; i < counts.length; i++) {
            for (Sentence s : training) {
                counts[i] += s.words().contains(tokens.get(i)) ? 1 : 0;
            }
        }
        Split split = new Split(model.get().name(), written.strip(), tokens, model.get().vocabulary().words(), counts,
                training.size());
        return new ComputedTokens(keys.id(), keys.idLine(), keys.idDefaulted(),
                keys.fingerprint(text, models), split, show, keys.caption());
    }
}
