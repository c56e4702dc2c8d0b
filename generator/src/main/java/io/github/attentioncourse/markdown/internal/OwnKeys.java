package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.example.Tokens;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Tokenized;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A model block's own keys (a sentence, a layer, a word to follow, a whole number, a choice …),
 * read one by one as its kind asks for them after {@link ModelBlockKeys} read the shared ones.
 * Every mistake is reported at its line, with what was expected; the kind computes only when
 * {@link ModelBlockKeys#ok()}.
 */
final class OwnKeys {

    private final ModelBlockKeys keys;
    private final YamlBlock block;
    private final Fields fields;

    OwnKeys(ModelBlockKeys keys) {
        this.keys = keys;
        this.block = keys.block();
        this.fields = keys.fields();
    }

    /**
     * What a block about one sentence of a model reads first.
     *
     * @param layer 1-based
     * @param focus the position of the word the figure follows
     */
    record Sentence(Model model, List<String> words, int layer, int focus) {
    }

    /**
     * The sentence the model reads, and the optional layer and {@code focus:}; null once what
     * is wrong with them is reported.
     *
     * @param focus the followed word's position when {@code focus:} is absent, from the sentence's words
     */
    Sentence sentence(String expected, ToIntFunction<List<String>> focus) {
        Model model = keys.model();
        if (model == null) {
            return null;
        }
        List<String> words = sentence(model, expected);
        int layer = layer(model);
        int at = words == null ? -1 : word("focus", words, focus.applyAsInt(words));
        return words == null || layer < 0 || at < 0 ? null : new Sentence(model, words, layer, at);
    }

    /** The required {@code sentence:} in the model's words, or null once what keeps the model from reading it is reported. */
    List<String> sentence(Model model, String expected) {
        Entry entry = fields.required("sentence", expected);
        String sentence = entry == null ? null : Nodes.text(entry, "a sentence in words the model knows", block);
        if (sentence == null) {
            return null;
        }
        Tokenized tokens = model.tokenize(sentence);
        if (!tokens.ok()) {
            block.at(entry.keyNode(), "model " + model.name() + " cannot read this sentence: " + tokens.problem());
            return null;
        }
        return tokens.words();
    }

    /** The optional {@code layer:}, 1-based; the model's last block when absent; -1 once reported. */
    int layer(Model model) {
        int layers = model.config().architecture().layers();
        return whole("layer", 1, layers, layers, " (model " + model.name() + " has " + Nodes.count(layers, "block") + ")");
    }

    /**
     * An optional whole number from {@code min} to {@code max}, {@code fallback} when absent, or -1
     * once reported.
     *
     * @param why added to what was expected, e.g. " (the model has 2 heads)"
     */
    int whole(String key, int min, int max, int fallback, String why) {
        Entry entry = fields.get(key);
        return entry == null ? fallback : (int) whole(block, entry.value(), entry.keyNode(), key, min, max, why);
    }

    /**
     * A whole number from {@code min} to {@code max} written at {@code value}, or -1 once reported
     * at {@code at}.
     *
     * @param label how the message names it, e.g. "d_model of column 2"
     */
    static long whole(YamlBlock block, Node value, Node at, String label, long min, long max, String why) {
        String expected = "a whole number from " + String.format(Locale.ROOT, "%,d", min) + " to "
                + String.format(Locale.ROOT, "%,d", max) + why;
        String text = Nodes.text(value, at, label, expected, block);
        if (text == null) {
            return -1;
        }
        try {
            long number = Long.parseLong(text.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        block.at(at, label + " is " + Nodes.quote(text) + "; expected " + expected);
        return -1;
    }

    /**
     * An optional word of the sentence ({@code tired}, or {@code the#2} for its second
     * occurrence) as its position, {@code fallback} when absent, or -1 once reported.
     */
    int word(String key, List<String> words, int fallback) {
        Entry entry = fields.get(key);
        if (entry == null) {
            return fallback;
        }
        String expected = "a word of the sentence as the model reads it (one of " + words + "; the#2 for a second the)";
        String word = Nodes.text(entry, expected, block);
        if (word == null) {
            return -1;
        }
        int at = Tokens.indexOf(words, word);
        if (at < 0) {
            block.at(entry.keyNode(), key + " " + Nodes.quote(word) + " is not a word of the sentence; expected " + expected);
        }
        return at;
    }

    /** An optional value among {@code choices}, as its index; {@code fallback} when absent, or -1 once reported. */
    int choice(String key, List<String> choices, int fallback) {
        Entry entry = fields.get(key);
        if (entry == null) {
            return fallback;
        }
        String expected = "one of " + String.join(", ", choices);
        String value = Nodes.text(entry, expected, block);
        int at = value == null ? -1 : choices.indexOf(value.strip());
        if (value != null && at < 0) {
            block.at(entry.keyNode(), key + " is " + Nodes.quote(value) + "; expected " + expected);
        }
        return at;
    }

    /** An optional number in [min, max], {@code fallback} when absent, or NaN once reported. */
    double number(String key, double min, double max, double fallback) {
        Entry entry = fields.get(key);
        if (entry == null) {
            return fallback;
        }
        double value = Nodes.number(entry.value(), key, block);
        if (!Double.isNaN(value) && (value < min || value > max)) {
            block.at(entry.keyNode(), key + " is " + Nodes.describe(entry.value()) + "; expected a number from "
                    + Numbers.plain(min) + " to " + Numbers.plain(max));
            return Double.NaN;
        }
        return value;
    }
}
