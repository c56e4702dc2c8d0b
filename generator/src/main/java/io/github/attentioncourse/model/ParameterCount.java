package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many numbers a transformer of the course's kind holds, by part. Per block of width d with a
 * feed-forward network of width d_ff: attention 4·d² (W_Q, W_K and W_V of all h heads, each d×d/h,
 * and W_O, d×d; however many heads), the feed-forward network 2·d·d_ff + d_ff + d (W₁, b₁, W₂, b₂),
 * and two LayerNorms 2·2·d (a gain and a bias each). Besides the blocks: a vector of d per word
 * (tied with the output layer), one per learned position, and for a course model a final LayerNorm
 * and an output bias per word.
 *
 * @param name       how the page names it
 * @param model      the course model counted tensor by tensor, or null for sizes counted by the formulas
 * @param layers     L, the number of blocks
 * @param dModel     d
 * @param dFf        d_ff
 * @param vocabulary V, words with a vector (0 for none counted)
 * @param positions  learned positions (0 for sinusoidal ones, which have no parameters)
 * @param parts      the count of every part
 * @param tensors    a course model's tensors, as counted; none for sizes
 */
public record ParameterCount(String name, String model, int layers, long dModel, long dFf, long vocabulary,
        long positions, Map<Part, Long> parts, List<Shape> tensors) {

    /** A tensor's name (as the weights file writes it) and shape. */
    public record Shape(String name, int rows, int cols) {
    }

    /** The parts a count is split into, in the order the page lists them. */
    public enum Part {
        WORDS("word vectors", "words"),
        POSITIONS("position vectors", "positions"),
        ATTENTION("attention (W_Q, W_K, W_V, W_O)", "attention"),
        FEED_FORWARD("feed-forward networks (W₁, b₁, W₂, b₂)", "feed-forward"),
        NORMS("LayerNorms (γ, β)", "norms"),
        OUTPUT_BIAS("output bias", "output");

        private final String label;
        private final String key;

        Part(String label, String key) {
            this.label = label;
            this.key = key;
        }

        /** How the table names it. */
        public String label() {
            return label;
        }

        /** How references and the JSON name it. */
        public String key() {
            return key;
        }
    }

    public ParameterCount {
        parts = Map.copyOf(parts);
        tensors = List.copyOf(tensors);
    }

    /** Sizes counted by the formulas: L blocks, word vectors and learned positions; no final LayerNorm or output bias. */
    public static ParameterCount of(String name, int layers, long dModel, long dFf, long vocabulary, long positions) {
        Map<Part, Long> parts = new EnumMap<>(Part.class);
        parts.put(Part.WORDS, vocabulary * dModel);
        parts.put(Part.POSITIONS, positions * dModel);
        parts.put(Part.ATTENTION, layers * 4 * dModel * dModel);
        parts.put(Part.FEED_FORWARD, layers * (2 * dModel * dFf + dFf + dModel));
        parts.put(Part.NORMS, layers * 4 * dModel);
        parts.put(Part.OUTPUT_BIAS, 0L);
        return new ParameterCount(name, null, layers, dModel, dFf, vocabulary, positions, parts, List.of());
    }

    /** A course model, its tensors counted one by one and sorted into the parts by their names. */
    public static ParameterCount of(Model model) {
        Map<Part, Long> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            parts.put(part, 0L);
        }
        List<Shape> tensors = new ArrayList<>();
        for (Weights.Tensor t : model.weights().tensors()) {
            parts.merge(part(t.name()), (long) t.values().getNumElements(), Long::sum);
            tensors.add(new Shape(t.name(), t.values().numRows, t.values().numCols));
        }
        Architecture a = model.config().architecture();
        return new ParameterCount("model “" + model.name() + "”", model.name(), a.layers(), a.dModel(), a.dFf(),
                model.vocabulary().size(), a.context(), parts, tensors);
    }

    /** The part a tensor of {@link Weights#tensors()} belongs to, by its name. */
    public static Part part(String tensor) {
        if (tensor.equals("token_embedding")) {
            return Part.WORDS;
        }
        if (tensor.equals("position_embedding")) {
            return Part.POSITIONS;
        }
        if (tensor.equals("output_bias")) {
            return Part.OUTPUT_BIAS;
        }
        if (tensor.contains("norm")) {
            return Part.NORMS;
        }
        return tensor.contains(".ffn.") ? Part.FEED_FORWARD : Part.ATTENTION;
    }

    public long count(Part part) {
        return parts.get(part);
    }

    /** One block: 4·d² + 2·d·d_ff + d_ff + d + 4·d. */
    public long block() {
        return 4 * dModel * dModel + 2 * dModel * dFf + dFf + dModel + 4 * dModel;
    }

    public long total() {
        long total = 0;
        for (long count : parts.values()) {
            total += count;
        }
        return total;
    }

    /** The parts in the page's order. */
    public static List<Part> order() {
        return List.of(Part.values());
    }
}
