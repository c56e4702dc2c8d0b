package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.Mask;

/** What the model learns to predict, and so which mask its attention uses. */
public enum Task {

    /** BERT's task: some words are hidden and the model guesses them from both sides; no mask. */
    MASKED_WORD("masked-word", Mask.none()),
    /** GPT's task: at every position the model guesses the word that follows; the causal mask. */
    NEXT_WORD("next-word", Mask.causal());

    private final String key;
    private final Mask mask;

    Task(String key, Mask mask) {
        this.key = key;
        this.mask = mask;
    }

    /** As model.yaml writes it. */
    public String key() {
        return key;
    }

    public Mask mask() {
        return mask;
    }
}
