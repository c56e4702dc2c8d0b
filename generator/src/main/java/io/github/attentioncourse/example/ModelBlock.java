package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of an example that is just a sentence: {@code model}, {@code sentence}, and
 * optionally {@code layer} and {@code head}. The model supplies everything a hand-set example
 * writes out (the inputs and W_Q, W_K, W_V, W_O), so those keys are mistakes here.
 */
final class ModelBlock {

    /** What a model example may hold besides its model's keys. */
    static final List<String> SHARED = List.of("id", "sentence", "focus", "show", "caption");
    static final List<String> OWN = List.of("model", "layer", "head");

    /**
     * A model example's source and its sentence in the model's words.
     *
     * @param ref   the model, layer and head
     * @param words  the sentence as the model reads it: the example's tokens
     * @param causal whether the model's words see only the words before them
     */
    record Read(ModelRef ref, List<String> words, boolean causal) {
    }

    private ModelBlock() {
    }

    /** The model example's source and words, or null once what is wrong is reported. */
    static Read read(Map<String, Entry> entries, ModelCatalog models, YamlBlock block) {
        Entry modelEntry = entries.get("model");
        for (Entry entry : entries.values()) {
            if (!SHARED.contains(entry.key()) && !OWN.contains(entry.key())) {
                block.at(entry.keyNode(), entry.key() + " cannot be used with model:, which supplies the inputs and"
                        + " W_Q, W_K, W_V and W_O; expected only " + String.join(", ", allowed()));
            }
        }
        String name = Nodes.text(modelEntry, "the name of a folder under content/models", block);
        Optional<ModelCatalog.Shape> model = name == null ? Optional.empty() : models.find(name);
        if (name != null && model.isEmpty()) {
            block.at(modelEntry.keyNode(), "there is no model " + Nodes.quote(name) + "; expected "
                    + (models.names().isEmpty() ? "a folder content/models/" + name + " with a model.yaml"
                            : "one of: " + String.join(", ", models.names())));
        }
        Entry sentenceEntry = entries.get("sentence");
        if (sentenceEntry == null) {
            block.atFence("missing sentence; expected 'sentence: <text>' in words the model knows");
        }
        String sentence = sentenceEntry == null ? null : Nodes.text(sentenceEntry, "a sentence in words the model knows", block);
        if (model.isEmpty() || sentence == null) {
            return null;
        }
        ModelCatalog.Shape shape = model.get();
        String problem = shape.problem(sentence);
        if (problem != null) {
            block.at(sentenceEntry.keyNode(), "model " + name + " cannot read this sentence: " + problem);
            return null;
        }
        int layer = whole(entries.get("layer"), "layer", shape.layers(), shape.layers(), block);
        int head = whole(entries.get("head"), "head", shape.heads(), ModelRef.EVERY_HEAD, block);
        if (layer < 0 || head < 0) {
            return null;
        }
        return new Read(new ModelRef(name, layer, head), shape.words(sentence), shape.causal());
    }

    /** Every key a model example may hold, for messages. */
    static List<String> allowed() {
        return List.of("id", "model", "sentence", "layer", "head", "focus", "show", "caption");
    }

    /** A whole number from 1 to {@code max}, {@code fallback} when absent, or -1 once reported. */
    private static int whole(Entry entry, String key, int max, int fallback, YamlBlock block) {
        if (entry == null) {
            return fallback;
        }
        String expected = "a whole number from 1 to " + max + " (the model has " + Nodes.count(max, key) + ")";
        String text = Nodes.text(entry, expected, block);
        if (text == null) {
            return -1;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        block.at(entry.keyNode(), key + " is " + Nodes.quote(text) + "; expected " + expected);
        return -1;
    }
}
