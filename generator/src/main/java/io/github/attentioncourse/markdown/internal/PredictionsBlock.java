package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.PredictionsFigure.Output;
import io.github.attentioncourse.model.ForwardTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Task;
import io.github.attentioncourse.model.Tokenized;
import io.github.attentioncourse.model.Tokenizer;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@code predictions} block: what a trained model guesses for a sentence, read from its output
 * layer. A masked-word model guesses the word hidden as [MASK]; a next-word model guesses the word
 * that follows the sentence.
 */
final class PredictionsBlock {

    static final String INFO = "predictions";
    static final List<String> VERBS = List.of("guess", "probability", "logit", "outputs", "inputs");
    static final int MAX_SHOWN = 10;
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN_KEYS = List.of("sentence", "top");
    private static final String EXPECTED = "keys model (a folder under content/models), sentence (with one [MASK] for a"
            + " masked-word model; the words so far for a next-word model), and optionally top, id and caption";

    private PredictionsBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN_KEYS, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        YamlBlock block = keys.block();
        Optional<Model> model = Optional.ofNullable(keys.model());
        Entry sentence = keys.fields().required("sentence", EXPECTED);
        Entry top = keys.fields().get("top");
        int shown = top == null ? 5 : (int) Nodes.whole(top.value(), "top", 2, MAX_SHOWN, block);
        String written = sentence == null ? null : Nodes.text(sentence, "a sentence in words the model knows", block);
        if (model.isEmpty() || written == null) {
            return null;
        }
        Model m = model.get();
        int position = position(m, written, sentence, block);
        if (!keys.ok()) {
            return null;
        }
        Output output = output(m, m.tokenize(written).words(), position, shown);
        return new ComputedPredictions(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models),
                output, ModelExamples.learned(m) + ".", keys.caption());
    }

    /** The position whose guesses are read, or −1 once the sentence's mistake is reported. */
    private static int position(Model model, String written, Entry at, YamlBlock block) {
        Tokenized tokens = model.tokenize(written);
        List<String> words = tokens.words();
        int masks = (int) words.stream().filter(Tokenizer.MASK::equals).count();
        boolean nextWord = model.config().task() == Task.NEXT_WORD;
        if (nextWord && masks > 0) {
            block.at(at.keyNode(), "model " + model.name() + " guesses the next word and knows no " + Tokenizer.MASK
                    + "; expected the words so far, such as 'the dog was'");
        } else if (!nextWord && masks != 1) {
            block.at(at.keyNode(), "the sentence has " + Nodes.count(masks, Tokenizer.MASK)
                    + "; expected exactly one, the word model " + model.name() + " guesses, as in 'the dog was [MASK]'");
        } else if (!tokens.ok()) {
            block.at(at.keyNode(), tokens.problem());
        } else {
            return nextWord ? words.size() - 1 : words.indexOf(Tokenizer.MASK);
        }
        return -1;
    }

    private static Output output(Model model, List<String> words, int position, int shown) {
        ForwardTrace t = model.forward(model.weights(), words);
        DMatrixRMaj e = model.weights().tokenEmbedding();
        return new Output(model.name(), model.config().task().key(), words, position, model.vocabulary().words(),
                Rows.row(t.finalNorm().output(), position), Rows.of(e), Rows.row(model.weights().outputBias(), 0),
                Rows.row(t.logits(), position), Rows.row(t.probabilities(), position), shown);
    }
}
