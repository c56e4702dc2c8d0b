package io.github.attentioncourse.example;

import java.util.List;
import java.util.Optional;

/**
 * What an {@code attention} block needs to know of the course's trained models to check an
 * example that is just a sentence ({@code model: NAME}): which models there are, and for each
 * its shape and the words it reads.
 */
public interface ModelCatalog {

    /** A course without models. */
    ModelCatalog NONE = new ModelCatalog() {
        @Override
        public Optional<Shape> find(String name) {
            return Optional.empty();
        }

        @Override
        public List<String> names() {
            return List.of();
        }
    };

    /** The model called {@code name}, or empty when the course has none of that name. */
    Optional<Shape> find(String name);

    /** The names of every model, sorted, for messages. */
    List<String> names();

    /** A trained model as an example block sees it. */
    interface Shape {

        int layers();

        int heads();

        /** Whether a word sees only the words before it (a next-word model), not the whole sentence. */
        boolean causal();

        /** The sentence split into the model's words, as the model reads it. */
        List<String> words(String sentence);

        /**
         * Why the model cannot read the sentence, as the end of an author's message (unknown
         * words with the closest words it knows, too many words), or null when it can.
         */
        String problem(String sentence);
    }
}
