package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Keys;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.example.ExampleSpec.MaskKind;
import io.github.attentioncourse.example.ExampleSpec.Part;
import io.github.attentioncourse.example.ExampleSpec.Positional;
import io.github.attentioncourse.example.ExampleSpec.ScoreKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a block's top-level mapping into an {@link ExampleSpec}, key by key. A field that
 * cannot be read becomes null, and every check that needs it is skipped, so that each
 * mistake is reported once, however much depends on it.
 */
final class BlockReader {

    static final List<String> KEYS = List.of("id", "sentence", "tokens", "context", "embeddings",
            "w_q", "w_k", "w_v", "score", "v_a", "heads", "w_o", "scale", "mask", "positional", "focus", "show", "caption",
            "model", "layer", "head");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Map<String, MaskKind> MASKS = Map.of("none", MaskKind.NONE, "causal", MaskKind.CAUSAL);
    private static final Map<String, Positional> POSITIONAL =
            Map.of("none", Positional.NONE, "sinusoidal", Positional.SINUSOIDAL, "rope", Positional.ROPE);
    private static final Map<String, ScoreKind> SCORES = Map.of("dot", ScoreKind.DOT, "additive", ScoreKind.ADDITIVE);
    private static final Map<String, Part> PARTS =
            Map.of("steps", Part.STEPS, "heatmap", Part.HEATMAP, "bars", Part.BARS);

    private final YamlBlock block;
    private final Map<String, Entry> entries;
    /** Keys that a misspelled key stands for: already reported, so not reported missing too. */
    private final Set<String> misspelled;

    private final ModelCatalog models;

    BlockReader(MappingNode root, YamlBlock block, ModelCatalog models) {
        this.block = block;
        this.models = models;
        Fields fields = block.fields(root, "the block", KEYS);
        this.entries = fields.asMap();
        this.misspelled = fields.meant();
    }

    /** The spec, or null when any error was reported. */
    ExampleSpec read(String defaultId) {
        String id = readId(defaultId);
        if (entries.containsKey("model")) {
            return readModelExample(id);
        }
        for (String key : ModelBlock.OWN) {
            if (entries.containsKey(key)) {
                block.at(entries.get(key).keyNode(), key + " is only used with model:; expected it beside 'model: NAME',"
                        + " or no " + key + " in an example whose numbers are written out");
            }
        }
        List<String> tokens = readSentence();
        List<String> context = entries.containsKey("context") ? sequence(entries.get("context")) : List.of();
        Embeddings embeddings = entries.containsKey("embeddings") || !misspelled.contains("embeddings")
                ? Embeddings.read(entries.get("embeddings"), tokens, context, block)
                : Embeddings.UNKNOWN;
        // A misspelled score leaves open whether v_a belongs, so v_a is then not checked.
        ScoreKind score = misspelled.contains("score") ? null : choice("score", SCORES, ScoreKind.DOT, "dot or additive");
        Projections.Result projections = new Projections(entries, misspelled, block).read(embeddings.dModel(), score);
        Double scale = readScale();
        MaskKind mask = choice("mask", MASKS, MaskKind.NONE, "none or causal");
        Positional positional = choice("positional", POSITIONAL, Positional.NONE, "none, sinusoidal or rope");
        if (positional == Positional.ROPE) {
            checkRope(score, context, projections);
        }
        Integer focus = readFocus(tokens);
        Set<Part> show = readShow();
        String caption = entries.containsKey("caption") ? Nodes.text(entries.get("caption"), "text", block) : null;
        if (!block.isEmpty()) {
            return null;
        }
        return new ExampleSpec(id, idLine(), block.fenceLine(), tokens, context,
                Collections.unmodifiableMap(new LinkedHashMap<>(embeddings.vectors())),
                projections.heads(), projections.wO(), scale, mask, score, positional, focus,
                Collections.unmodifiableSet(show), caption, null);
    }

    /** An example that is just a sentence: the model supplies its inputs and projections. */
    private ExampleSpec readModelExample(String id) {
        ModelBlock.Read model = ModelBlock.read(entries, models, block);
        List<String> tokens = model == null ? null : model.words();
        Integer focus = readFocus(tokens);
        Set<Part> show = readShow();
        String caption = entries.containsKey("caption") ? Nodes.text(entries.get("caption"), "text", block) : null;
        if (!block.isEmpty()) {
            return null;
        }
        return new ExampleSpec(id, idLine(), block.fenceLine(), tokens, List.of(), Map.of(), List.of(), null, null,
                model.causal() ? MaskKind.CAUSAL : MaskKind.NONE, ScoreKind.DOT, Positional.NONE, focus, Collections.unmodifiableSet(show), caption,
                model.ref());
    }

    private int idLine() {
        Entry idEntry = entries.get("id");
        return idEntry == null ? block.fenceLine() : block.line(idEntry.keyNode());
    }

    private String readId(String defaultId) {
        Entry entry = entries.get("id");
        if (entry == null) {
            return defaultId;
        }
        String expected = "lowercase letters, digits and hyphens, e.g. i-love-ai";
        String id = Nodes.text(entry, expected, block);
        if (id != null && !ID.matcher(id).matches()) {
            block.at(entry.keyNode(), "id " + Nodes.quote(id) + " is not allowed; expected " + expected);
        }
        return id;
    }

    /** The query tokens, from exactly one of {@code sentence} and {@code tokens}. */
    private List<String> readSentence() {
        Entry sentence = entries.get("sentence");
        Entry tokens = entries.get("tokens");
        if (sentence != null && tokens != null) {
            Entry later = index(sentence) > index(tokens) ? sentence : tokens;
            block.at(later.keyNode(), "both sentence and tokens are given; expected exactly one of them");
            return null;
        }
        if (sentence == null && tokens == null) {
            if (misspelled.contains("sentence") || misspelled.contains("tokens")) {
                return null;
            }
            block.atFence("missing sentence; expected 'sentence: <text>', or 'tokens: [...]' to list the tokens");
            return null;
        }
        return sentence != null ? sequence(sentence) : tokenList(tokens);
    }

    /** A sentence split on whitespace, as {@code sentence} and {@code context} are written. */
    private List<String> sequence(Entry entry) {
        String text = Nodes.text(entry, "a sentence, e.g. '" + entry.key() + ": I love AI'", block);
        return text == null ? null : withinLimit(entry, Tokens.split(text));
    }

    private List<String> tokenList(Entry entry) {
        String expected = "a list of tokens, e.g. [I, love, AI, \".\"] (or 'sentence:' for plain text)";
        if (!(entry.value() instanceof SequenceNode list)) {
            block.at(entry.keyNode(), "tokens is " + Nodes.describe(entry.value()) + "; expected " + expected);
            return null;
        }
        if (list.getValue().isEmpty()) {
            block.at(entry.keyNode(), "tokens is an empty list; expected " + expected);
            return null;
        }
        List<String> tokens = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                tokens.add(scalar.getValue());
            } else {
                block.at(item, "token " + (tokens.size() + 1) + " is " + Nodes.describe(item)
                        + "; expected a single token as text");
                return null;
            }
        }
        return withinLimit(entry, List.copyOf(tokens));
    }

    private List<String> withinLimit(Entry entry, List<String> tokens) {
        if (tokens.size() <= ExampleParser.MAX_TOKENS) {
            return tokens;
        }
        block.at(entry.keyNode(), entry.key() + " has " + tokens.size() + " tokens; expected at most "
                + ExampleParser.MAX_TOKENS + " tokens per sequence");
        return null;
    }

    private Double readScale() {
        Entry entry = entries.get("scale");
        if (entry == null) {
            return null;
        }
        double scale = Nodes.number(entry.value(), "scale", block);
        if (scale <= 0) {
            block.at(entry.keyNode(), "scale is " + Nodes.describe(entry.value())
                    + "; expected a number greater than 0 (the scores are divided by it), or no scale for √d_k");
        } else if (scale < ExampleParser.MIN_SCALE) {
            block.at(entry.keyNode(), "scale is " + Nodes.describe(entry.value()) + ", so small that the"
                    + " scaled scores would overflow; expected a number from 1e-15 to 1e15, or no scale for √d_k");
        }
        return scale;
    }

    private <T> T choice(String key, Map<String, T> choices, T fallback, String expected) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return fallback;
        }
        String text = Nodes.text(entry, expected, block);
        T value = text == null ? null : choices.get(text);
        if (text != null && value == null) {
            block.at(entry.keyNode(), key + " is " + Nodes.quote(text) + "; expected " + expected);
        }
        return value;
    }

    /** What rotary embeddings need: one sentence, dot-product scores and pairs of dimensions to turn. */
    private void checkRope(ScoreKind score, List<String> context, Projections.Result projections) {
        Node at = entries.get("positional").keyNode();
        if (context != null && !context.isEmpty()) {
            block.at(at, "positional: rope turns queries and keys by their positions in one sentence, and a context"
                    + " is another; expected no context with rope (or positional: sinusoidal for cross-attention)");
        }
        if (score == ScoreKind.ADDITIVE) {
            block.at(at, "positional: rope makes a dot product q·k depend only on the offset between two positions,"
                    + " which additive scores do not keep; expected score: dot (or no score) with rope");
        }
        int dK = projections == null ? 0 : projections.heads().get(0).wQ()[0].length;
        if (dK % 2 != 0) {
            block.at(at, "positional: rope turns queries and keys in pairs of dimensions, but d_k is " + dK
                    + " (the columns of w_q); expected an even d_k");
        }
    }

    /** The index of the focus token; the last token unless the author picked one. */
    private Integer readFocus(List<String> tokens) {
        Entry entry = entries.get("focus");
        if (entry == null) {
            return tokens == null ? null : tokens.size() - 1;
        }
        String expected = "a token of the sentence, or tok#k for its k-th occurrence";
        String ref = Nodes.text(entry, expected, block);
        if (ref == null || tokens == null) {
            return null;
        }
        int index = Tokens.indexOf(tokens, ref);
        if (index < 0) {
            block.at(entry.keyNode(), "focus " + Nodes.quote(ref) + " is not a token of the sentence; expected"
                    + " one of: " + String.join(", ", new LinkedHashSet<>(tokens)) + " (or tok#k for the k-th"
                    + " occurrence of tok)");
            return null;
        }
        return index;
    }

    private Set<Part> readShow() {
        Entry entry = entries.get("show");
        if (entry == null) {
            return EnumSet.allOf(Part.class);
        }
        String expected = "any of steps, heatmap, bars (or no show for all three)";
        if (entry.value() instanceof ScalarNode) {
            String part = Nodes.text(entry, expected, block);
            return part == null ? null : parts(List.of(entry.value()), expected);
        }
        if (!(entry.value() instanceof SequenceNode list)) {
            block.at(entry.keyNode(), "show is " + Nodes.describe(entry.value()) + "; expected " + expected);
            return null;
        }
        if (list.getValue().isEmpty()) {
            block.at(entry.keyNode(), "show is an empty list; expected " + expected);
            return null;
        }
        return parts(list.getValue(), expected);
    }

    private Set<Part> parts(List<Node> items, String expected) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (Node item : items) {
            Part part = item instanceof ScalarNode scalar ? PARTS.get(scalar.getValue()) : null;
            if (part != null) {
                parts.add(part);
            } else {
                block.at(item, "show has " + Nodes.describe(item) + "; expected " + expected);
            }
        }
        return parts;
    }

    private static int index(Entry entry) {
        return entry.keyNode().getStartMark().getIndex();
    }
}
