package io.github.attentioncourse.testing;

import static io.github.attentioncourse.testing.NaiveAttention.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON of the figures that count and measure rather than follow one sentence: where heads
 * look by position, parameter counts, and the layer comparison of Vaswani et al.'s Table 1, each
 * recomputed from the JSON's own inputs (the weights of every sentence, the sizes, d and k).
 */
final class SurveyJson {

    private static final List<String> RELATIONS = List.of("itself", "previous", "next", "first");

    private SurveyJson() {
    }

    /** Per head and relation: the cases, the mean weight, the even spread and the top-key count, from every sentence's weights. */
    static void patterns(String name, JsonNode json) {
        boolean causal = json.get("mask").asText().equals("causal");
        JsonNode heads = json.get("heads");
        for (int h = 0; h < heads.size(); h++) {
            for (String relation : RELATIONS) {
                int cases = 0;
                int top = 0;
                double weight = 0;
                double even = 0;
                for (JsonNode sentence : json.get("sentences")) {
                    double[][] w = matrix(sentence.get("weights").get(h));
                    int n = w.length;
                    for (int i = 0; i < n; i++) {
                        int j = switch (relation) {
                            case "itself" -> i;
                            case "previous" -> i - 1;
                            case "next" -> i + 1 < n ? i + 1 : -1;
                            default -> i == 0 ? -1 : 0;
                        };
                        if (j < 0 || causal && j > i) {
                            continue;
                        }
                        cases++;
                        weight += w[i][j];
                        even += 1.0 / (causal ? i + 1 : n);
                        int best = 0;
                        for (int k = 1; k < w[i].length; k++) {
                            best = w[i][k] > w[i][best] ? k : best;
                        }
                        top += best == j ? 1 : 0;
                    }
                }
                JsonNode measured = heads.get(h).get(relation);
                String what = name + " head " + (h + 1) + " " + relation;
                assertEquals(cases, measured.get("cases").asInt(), what + " cases");
                assertEquals(top, measured.get("top_key").asInt(), what + " top key");
                if (cases > 0) {
                    assertEquals(weight / cases, measured.get("mean_weight").asDouble(), ModelFigureJson.TOLERANCE, what);
                    assertEquals(even / cases, measured.get("even_spread").asDouble(), ModelFigureJson.TOLERANCE, what);
                }
            }
        }
    }

    /**
     * Sizes by the formulas (attention 4d², feed-forward 2·d·d_ff + d_ff + d, LayerNorms 4d per
     * block, d per word and per learned position); a model's parts by its tensors' names and shapes.
     */
    static void parameters(String name, JsonNode json) {
        for (JsonNode column : json.get("columns")) {
            long layers = column.get("layers").asLong();
            long d = column.get("d_model").asLong();
            long ff = column.get("d_ff").asLong();
            JsonNode parts = column.get("parts");
            long block = 4 * d * d + 2 * d * ff + ff + d + 4 * d;
            assertEquals(block, column.get("block").asLong(), name + " block");
            long[] counted = new long[6];
            if (column.has("tensors")) {
                for (JsonNode tensor : column.get("tensors")) {
                    String t = tensor.get("name").asText();
                    int part = t.equals("token_embedding") ? 0 : t.equals("position_embedding") ? 1
                            : t.equals("output_bias") ? 5 : t.contains("norm") ? 4 : t.contains("ffn") ? 3 : 2;
                    counted[part] += tensor.get("rows").asLong() * tensor.get("cols").asLong();
                }
                assertEquals(layers * block, counted[2] + counted[3] + counted[4] - 2 * d, name + " blocks and final norm");
            } else {
                counted = new long[] {column.get("vocabulary").asLong() * d, column.get("positions").asLong() * d,
                        layers * 4 * d * d, layers * (2 * d * ff + ff + d), layers * 4 * d, 0};
            }
            long total = 0;
            Iterator<String> keys = parts.fieldNames();
            for (int p = 0; p < counted.length; p++) {
                String key = keys.next();
                assertEquals(counted[p], parts.get(key).asLong(), name + " " + column.get("name") + " " + key);
                total += counted[p];
            }
            assertEquals(total, column.get("total").asLong(), name + " total");
        }
    }

    /** n²·d, n·d², k·n·d²; 1, n, 1; 1, n, and the fewest dilated layers L with k^L ≥ n. */
    static void complexity(String name, JsonNode json) {
        long d = json.get("d").asLong();
        long k = json.get("kernel").asLong();
        for (JsonNode layer : json.get("layers")) {
            String kind = layer.get("layer").asText();
            for (JsonNode at : layer.get("lengths")) {
                long n = at.get("n").asLong();
                long operations = switch (kind) {
                    case "self-attention" -> n * n * d;
                    case "recurrent" -> n * d * d;
                    default -> k * n * d * d;
                };
                long dilated = 1;
                while (Math.pow(k, dilated) < n) {
                    dilated++;
                }
                long path = switch (kind) {
                    case "self-attention" -> 1;
                    case "recurrent" -> n;
                    default -> dilated;
                };
                String what = name + " " + kind + " n=" + n;
                assertEquals(operations, at.get("operations").asLong(), what);
                assertEquals(kind.equals("recurrent") ? n : 1, at.get("sequential").asLong(), what);
                assertEquals(path, at.get("path").asLong(), what);
            }
        }
        assertTrue(json.get("layers").size() == 3, name + " compares three layers");
    }
}
