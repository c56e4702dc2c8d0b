package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.Mask;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A trained model as the bake uses it: read from its folder, its weights checked against its
 * corpus and config.
 *
 * @param name        the folder's name, as {@code train NAME} and a lesson's {@code model:} write it
 * @param folder      the folder relative to the course root, e.g. {@code content/models/course}
 * @param config      model.yaml
 * @param corpus      the training and held-out sentences and the vocabulary
 * @param weights     the trained weights, exactly as weights.txt stores them
 * @param training    what the training run was: hashes, steps, loss curve
 * @param checkpoints the weights after each of model.yaml's checkpoint steps
 */
public record Model(String name, String folder, ModelConfig config, Corpus corpus, Weights weights,
        TrainingRecord training, SortedMap<Integer, Weights> checkpoints) {

    public Model {
        checkpoints = Collections.unmodifiableSortedMap(new TreeMap<>(checkpoints));
    }

    public Vocabulary vocabulary() {
        return corpus.vocabulary();
    }

    /** None for the masked-word task, causal for next-word. */
    public Mask mask() {
        return config.task().mask();
    }

    /** Splits a sentence as the model does and says which words, if any, it does not know. */
    public Tokenized tokenize(String sentence) {
        List<String> words = Tokenizer.split(sentence);
        List<Tokenized.Unknown> unknown = new ArrayList<>();
        for (String word : vocabulary().unknown(words)) {
            unknown.add(new Tokenized.Unknown(word, vocabulary().closest(word, 3)));
        }
        return new Tokenized(words, unknown, config.architecture().context());
    }

    /**
     * The forward pass on a sentence, every intermediate kept.
     *
     * @throws IllegalArgumentException if the sentence is not {@link Tokenized#ok()}, with its {@link Tokenized#problem()}
     */
    public ForwardTrace forward(String sentence) {
        return forward(weights, sentence);
    }

    /** As {@link #forward(String)} with other weights of this model's shape: a checkpoint's, or with a head off. */
    public ForwardTrace forward(Weights w, String sentence) {
        Tokenized tokens = tokenize(sentence);
        if (!tokens.ok()) {
            throw new IllegalArgumentException(tokens.problem());
        }
        return forward(w, tokens.words());
    }

    /** As {@link #forward(Weights, String)} on words already split as {@link #tokenize} splits them, all known. */
    public ForwardTrace forward(Weights w, List<String> words) {
        return Forward.run(w, vocabulary().indices(words), mask());
    }
}
