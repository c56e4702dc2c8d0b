package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The words a model thinks most likely at a position: a hidden word's guesses, or the next word's. */
public final class Predictions {

    /** A word and the probability the model gives it. */
    public record Guess(String word, double probability) {
    }

    private Predictions() {
    }

    /**
     * The {@code k} most probable words at {@code position}, most probable first (alphabetical among
     * equals); [MASK] is never a guess. For the masked-word task the position is the hidden word's;
     * for next-word it is the word before the one guessed.
     */
    public static List<Guess> top(Vocabulary vocabulary, ForwardTrace t, int position, int k) {
        List<Guess> all = new ArrayList<>();
        for (int v = 0; v < vocabulary.size(); v++) {
            if (!vocabulary.word(v).equals(Tokenizer.MASK)) {
                all.add(new Guess(vocabulary.word(v), t.probabilities().unsafe_get(position, v)));
            }
        }
        all.sort(Comparator.comparingDouble(Guess::probability).reversed().thenComparing(Guess::word));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    /** The most probable word at {@code position}. */
    static int best(Vocabulary vocabulary, ForwardTrace t, int position) {
        return vocabulary.indexOf(top(vocabulary, t, position, 1).get(0).word()).orElseThrow();
    }
}
