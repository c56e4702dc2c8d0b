package io.github.attentioncourse.model;

import java.util.List;

/**
 * A sentence split into a model's words, with what keeps the model from reading it.
 *
 * @param words   the words, as {@link Tokenizer} splits them
 * @param unknown the words the model does not know, each once, with the closest words it does know
 * @param context the most words the model reads
 */
public record Tokenized(List<String> words, List<Unknown> unknown, int context) {

    /** A word the model does not know, and up to three known words closest to it by edit distance. */
    public record Unknown(String word, List<String> closest) {

        public Unknown {
            closest = List.copyOf(closest);
        }
    }

    public Tokenized {
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
    }

    public boolean tooLong() {
        return words.size() > context;
    }

    /** Whether the model can read it: at least one word, all known, no more than the context. */
    public boolean ok() {
        return !words.isEmpty() && unknown.isEmpty() && !tooLong();
    }

    /**
     * What is wrong, as one message for an author's {@code file:line} error, or null if nothing is:
     * e.g. {@code the model does not know 'tird' (closest: tired, bird)}.
     */
    public String problem() {
        if (words.isEmpty()) {
            return "the sentence has no words; expected words the model knows";
        }
        if (!unknown.isEmpty()) {
            StringBuilder message = new StringBuilder("the model does not know ");
            for (int i = 0; i < unknown.size(); i++) {
                Unknown u = unknown.get(i);
                message.append(i == 0 ? "" : ", ").append('\'').append(u.word()).append("' (closest: ")
                        .append(String.join(", ", u.closest())).append(')');
            }
            return message.append("; expected words of its vocabulary").toString();
        }
        if (tooLong()) {
            return "the sentence has " + words.size() + " words; expected at most " + context
                    + ", the longest sentence the model reads";
        }
        return null;
    }
}
