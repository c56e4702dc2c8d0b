package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.Mask;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Switching a head off: its output no longer reaches the block (its rows of W_O are zero), so
 * what the model still gets right without it shows what the head was doing.
 */
public final class Ablation {

    private Ablation() {
    }

    /** A copy of the weights in which {@code head} contributes nothing. */
    public static Weights withoutHead(Weights w, HeadId head) {
        if (!head.in(w.architecture())) {
            throw new IllegalArgumentException("the model has no " + head);
        }
        Weights copy = w.copy();
        DMatrixRMaj wO = copy.blocks().get(head.layer() - 1).wO();
        int dHead = w.architecture().dHead();
        // Concat(heads)·W_O: rows (h−1)·d_v … h·d_v − 1 of W_O carry head h, and only head h.
        for (int r = (head.head() - 1) * dHead; r < head.head() * dHead; r++) {
            for (int c = 0; c < wO.numCols; c++) {
                wO.unsafe_set(r, c, 0);
            }
        }
        return copy;
    }

    /**
     * The model's guesses on sentences: for masked-word, each word hidden in turn (one at a time);
     * for next-word, each word from the one before it.
     *
     * @param slots only the words filling these grammar slots are guessed; null guesses every word
     */
    public static Accuracy accuracy(Model model, Weights w, List<Sentence> sentences, List<String> slots) {
        Vocabulary vocabulary = model.vocabulary();
        int predictions = 0;
        int exact = 0;
        int fitting = 0;
        double loss = 0;
        for (Sentence s : sentences) {
            int[] tokens = vocabulary.indices(s.words());
            ForwardTrace whole = model.mask() == Mask.causal() ? Forward.run(w, tokens, model.mask()) : null;
            for (int i = 0; i < tokens.length; i++) {
                int target = whole != null ? i + 1 : i;
                if (target >= tokens.length || slots != null && (s.slots().get(target) == null
                        || !slots.contains(s.slots().get(target)))) {
                    continue;
                }
                ForwardTrace t = whole != null ? whole : Forward.run(w, hidden(tokens, i, vocabulary), model.mask());
                int guess = Predictions.best(vocabulary, t, i);
                predictions++;
                exact += guess == tokens[target] ? 1 : 0;
                fitting += guess == tokens[target] || whole == null && fits(model, s, target, vocabulary.word(guess))
                        ? 1 : 0;
                loss += CrossEntropy.loss(t.logits(), i, tokens[target]);
            }
        }
        return new Accuracy(predictions, exact, fitting, predictions == 0 ? Double.NaN : loss / predictions);
    }

    private static int[] hidden(int[] tokens, int position, Vocabulary vocabulary) {
        int[] input = tokens.clone();
        input[position] = vocabulary.indexOf(Tokenizer.MASK).orElseThrow();
        return input;
    }

    /** Whether the sentence with {@code guess} in place of word {@code position} is one the grammar can make. */
    private static boolean fits(Model model, Sentence s, int position, String guess) {
        List<String> words = new ArrayList<>(s.words());
        words.set(position, guess);
        return model.corpus().grammar().slotsOf(words).isPresent();
    }
}
