package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The {@code embeddings} of a block: one vector per token, all of length d_model.
 *
 * @param vectors the readable vectors, in the order written
 * @param dModel  their common length, or 0 when it cannot be known (so no shape is checked against it)
 */
record Embeddings(Map<String, double[]> vectors, int dModel) {

    static final Embeddings UNKNOWN = new Embeddings(Map.of(), 0);
    private static final String EXAMPLE = "e.g. 'I: [1, 0]' on its own line under 'embeddings:'";

    /**
     * Reads the {@code embeddings} entry; {@code tokens} and {@code context} are null when they
     * could not be read, and then which tokens are covered is not checked.
     */
    static Embeddings read(Entry entry, List<String> tokens, List<String> context, YamlBlock block) {
        if (entry == null) {
            block.atFence("missing embeddings; expected one vector per token, " + EXAMPLE);
            return UNKNOWN;
        }
        if (!(entry.value() instanceof MappingNode mapping)) {
            block.at(entry.keyNode(), "embeddings is " + Nodes.describe(entry.value())
                    + "; expected a mapping from each token to its vector, " + EXAMPLE);
            return UNKNOWN;
        }
        Map<String, Entry> byToken = block.entries(mapping, "embeddings");
        if (byToken.isEmpty()) {
            block.at(entry.keyNode(), "embeddings is empty; expected one vector per token, " + EXAMPLE);
            return UNKNOWN;
        }
        Embeddings embeddings = vectors(byToken, block);
        if (tokens != null && context != null) {
            checkCoverage(entry, byToken, tokens, context, block);
        }
        return embeddings;
    }

    private static Embeddings vectors(Map<String, Entry> byToken, YamlBlock block) {
        Map<String, double[]> vectors = new LinkedHashMap<>();
        Entry first = null;
        boolean sameLength = true;
        for (Entry entry : byToken.values()) {
            String label = "the embedding of " + Nodes.quote(entry.key());
            double[] vector = Nodes.numbers(entry.keyNode(), entry.value(), label, block);
            if (vector == null) {
                continue;
            }
            if (vector.length == 0) {
                block.at(entry.keyNode(), label + " is empty; expected d_model ≥ 1 numbers, e.g. [1, 0]");
                continue;
            }
            if (vector.length > ExampleParser.MAX_DIMENSION) {
                block.at(entry.keyNode(), label + " has " + vector.length + " numbers; expected at most "
                        + ExampleParser.MAX_DIMENSION + " dimensions (d_model)");
                sameLength = false;
                continue;
            }
            vectors.put(entry.key(), vector);
            if (first == null) {
                first = entry;
            } else if (sameLength && vector.length != vectors.get(first.key()).length) {
                int dModel = vectors.get(first.key()).length;
                block.at(entry.keyNode(), label + " has " + Nodes.count(vector.length, "number")
                        + " but the embedding of " + Nodes.quote(first.key()) + " (line "
                        + block.line(first.keyNode()) + ") has " + dModel
                        + "; expected every embedding to have the same length d_model = " + dModel);
                sameLength = false;
            }
        }
        int dModel = sameLength && first != null ? vectors.get(first.key()).length : 0;
        return new Embeddings(vectors, dModel);
    }

    /** Every token needs a vector, and every vector needs a token. */
    private static void checkCoverage(Entry embeddings, Map<String, Entry> byToken, List<String> tokens,
            List<String> context, YamlBlock block) {
        Set<String> needed = new LinkedHashSet<>(tokens);
        needed.addAll(context);
        String where = context.isEmpty() ? "the sentence" : "the sentence or the context";
        List<String> missing = new ArrayList<>();
        for (String token : needed) {
            if (!byToken.containsKey(token)) {
                missing.add(Nodes.quote(token));
            }
        }
        if (!missing.isEmpty()) {
            block.at(embeddings.keyNode(), "embeddings has no vector for " + String.join(", ", missing)
                    + "; expected one vector for every token of " + where);
        }
        for (Entry entry : byToken.values()) {
            if (!needed.contains(entry.key())) {
                block.at(entry.keyNode(), "an embedding is given for " + Nodes.quote(entry.key())
                        + ", which is not a token of " + where + "; expected only its tokens: "
                        + String.join(", ", needed));
            }
        }
    }
}
