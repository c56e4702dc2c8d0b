package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.example.Tokens;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Tokenized;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The keys of a block that computes on one of the course's models (a residual sum, a LayerNorm,
 * …), read one by one as each kind asks for them: an optional id and caption, the model, and for a
 * block about one sentence, the sentence, a layer and a word to follow. Every mistake is reported
 * at its line, with what was expected; the kind computes only when {@link #ok()}.
 */
final class ModelKeys {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private final String text;
    private final YamlBlock block;
    private final Fields fields;
    private final String defaultId;

    private ModelKeys(String text, YamlBlock block, Fields fields, String defaultId) {
        this.text = text;
        this.block = block;
        this.fields = fields;
        this.defaultId = defaultId;
    }

    /**
     * The block's keys, or null once it is reported that the block is not a mapping of them.
     *
     * @param keys     every key the kind allows
     * @param expected what the block holds, for the message when it holds something else
     */
    static ModelKeys read(String text, YamlBlock.Kind kind, int fenceLine, Problems problems, List<String> keys,
            String expected, String defaultId) {
        YamlBlock block = YamlBlock.fenced(text, kind, fenceLine, problems);
        MappingNode root = block.readMapping(expected);
        Fields fields = root == null ? null : block.fields(root, "the " + kind.name() + " block", keys);
        return fields == null ? null : new ModelKeys(text, block, fields, defaultId);
    }

    YamlBlock block() {
        return block;
    }

    Entry entry(String key) {
        return fields.get(key);
    }

    boolean has(String key) {
        return fields.has(key);
    }

    /** Whether nothing was wrong with the block: only then is it computed. */
    boolean ok() {
        return block.isEmpty();
    }

    /** The block's id, its kind's default when it has none; a malformed one is reported. */
    String id() {
        if (!fields.has("id")) {
            return defaultId;
        }
        String id = Nodes.text(fields.get("id"), "lowercase letters, digits and hyphens", block);
        if (id != null && !ID.matcher(id).matches()) {
            block.at(fields.get("id").keyNode(), "id " + Nodes.quote(id) + " is not allowed; expected lowercase letters,"
                    + " digits and hyphens, e.g. " + defaultId);
        }
        return id;
    }

    int idLine() {
        return fields.has("id") ? block.line(fields.get("id").keyNode()) : block.fenceLine();
    }

    boolean idDefaulted() {
        return !fields.has("id");
    }

    /** The author's text under the figure, or null. */
    String caption() {
        return fields.has("caption") ? Nodes.text(fields.get("caption"), "text", block) : null;
    }

    /** What the block's figure depends on besides its page and id: its text, and the model's weights. */
    String fingerprint(ModelExamples models, Model model) {
        return text + '\0' + models.fingerprint(model.name());
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
     * The required model and sentence, and the optional layer and {@code focus:}; null once what
     * is wrong with them is reported.
     *
     * @param focus the followed word's position when {@code focus:} is absent, from the sentence's words
     */
    Sentence sentence(ModelExamples models, String expected, ToIntFunction<List<String>> focus) {
        Optional<Model> model = model(models, expected);
        if (model.isEmpty()) {
            return null;
        }
        List<String> words = sentence(model.get(), expected);
        int layer = layer(model.get());
        int at = words == null ? -1 : word("focus", words, focus.applyAsInt(words));
        return words == null || layer < 0 || at < 0 ? null : new Sentence(model.get(), words, layer, at);
    }

    /** The usable model that the required {@code model:} names, or empty once the reason is reported. */
    Optional<Model> model(ModelExamples models, String expected) {
        Entry entry = fields.required("model", expected);
        return entry == null ? Optional.empty() : models.usable(entry, block);
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
