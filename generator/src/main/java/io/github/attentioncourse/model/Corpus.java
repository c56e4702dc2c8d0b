package io.github.attentioncourse.model;

import java.util.List;

/**
 * The sentences a model is trained on, those kept from it, and the words it knows.
 *
 * @param training   the training sentences, sorted by text, each once
 * @param heldOut    sentences never trained on, sorted by text: the lessons' claims are measured on these
 * @param grammar    the grammar that made or matches the sentences ({@link Grammar#none()} without grammar.yaml)
 * @param vocabulary every word of the training sentences, plus [MASK] for the masked-word task
 */
public record Corpus(List<Sentence> training, List<Sentence> heldOut, Grammar grammar, Vocabulary vocabulary) {

    public Corpus {
        training = List.copyOf(training);
        heldOut = List.copyOf(heldOut);
    }

    /**
     * The corpus as text in one fixed form, whatever the files' order, comments or templates: its
     * SHA-256 says whether weights were trained on these sentences.
     */
    public String canonical() {
        StringBuilder text = new StringBuilder("training\n");
        for (Sentence s : training) {
            text.append(s.text()).append('\n');
        }
        text.append("held out\n");
        for (Sentence s : heldOut) {
            text.append(s.text()).append('\n');
        }
        return text.toString();
    }
}
