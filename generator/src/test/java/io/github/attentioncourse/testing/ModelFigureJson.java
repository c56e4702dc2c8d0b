package io.github.attentioncourse.testing;

import static io.github.attentioncourse.testing.NaiveAttention.matrix;
import static io.github.attentioncourse.testing.NaiveAttention.maxDifference;
import static io.github.attentioncourse.testing.NaiveAttention.multiply;
import static io.github.attentioncourse.testing.NaiveTransformer.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks the JSON of the computed blocks that show a model's parts (a residual sum, a LayerNorm,
 * a feed-forward network, an output layer, checkpoints, a survey of positions, parameter counts,
 * a comparison of layers): every number is computed again from the JSON's own inputs with plain
 * loops ({@link NaiveTransformer}, {@link NaiveAttention}) and must agree.
 */
public final class ModelFigureJson {

    static final double TOLERANCE = 1e-9;

    private ModelFigureJson() {
    }

    /** Verifies every such JSON under {@code site}; returns how many of each kind there were. */
    public static Map<String, Integer> verifyAll(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(site)) {
            files = paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (Path file : files) {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            // Module 1's kinds are ModuleOneJson's to recompute; any other kind must be one of ours.
            if (json.has("kind") && !ModuleOneJson.KINDS.contains(json.get("kind").asText())) {
                verify(file.toString(), json);
                kinds.merge(json.get("kind").asText(), 1, Integer::sum);
            }
        }
        return kinds;
    }

    /** Recomputes one figure's numbers from its JSON, by its kind. */
    public static void verify(String name, JsonNode json) {
        switch (json.get("kind").asText()) {
            case "residual" -> residual(name, json);
            case "layernorm" -> layerNorm(name, json);
            case "feedforward" -> feedForward(name, json);
            case "output" -> output(name, json);
            case "checkpoints" -> checkpoints(name, json);
            case "patterns" -> SurveyJson.patterns(name, json);
            case "parameters" -> SurveyJson.parameters(name, json);
            case "complexity" -> SurveyJson.complexity(name, json);
            default -> fail(name + " has an unknown kind " + json.get("kind"));
        }
    }

    /** x + Attention(LN₁(x)) or x + FFN(LN₂(x)), from x and the sub-layer's parameters. */
    private static void residual(String name, JsonNode json) {
        double[][] x = matrix(json.get("stream"));
        NaiveTransformer.Norm norm = NaiveTransformer.layerNorm(x, vector(json.get("norm_gain")),
                vector(json.get("norm_bias")), json.get("norm_epsilon").asDouble());
        double[][] added;
        if (json.get("sublayer").asText().equals("attention")) {
            boolean causal = json.get("mask").asText().equals("causal");
            double[][] concat = new double[x.length][0];
            for (JsonNode head : json.get("heads")) {
                double[][] q = multiply(norm.output(), matrix(head.get("w_q")));
                double[][] k = multiply(norm.output(), matrix(head.get("w_k")));
                double[][] v = multiply(norm.output(), matrix(head.get("w_v")));
                double[][] out = multiply(NaiveAttention.weights(q, k, Math.sqrt(q[0].length), causal), v);
                concat = beside(concat, out);
            }
            added = multiply(concat, matrix(json.get("w_o")));
        } else {
            added = NaiveTransformer.feedForward(norm.output(), matrix(json.get("w1")), vector(json.get("b1")),
                    matrix(json.get("w2")), vector(json.get("b2"))).output();
        }
        close(name + " added", added, matrix(json.get("added")));
        close(name + " sum", NaiveTransformer.plus(x, added), matrix(json.get("sum")));
    }

    private static void layerNorm(String name, JsonNode json) {
        NaiveTransformer.Norm norm = NaiveTransformer.layerNorm(matrix(json.get("input")), vector(json.get("gain")),
                vector(json.get("bias")), json.get("epsilon").asDouble());
        close(name + " mean", norm.mean(), vector(json.get("mean")));
        close(name + " variance", norm.variance(), vector(json.get("variance")));
        close(name + " normalized", norm.normalized(), matrix(json.get("normalized")));
        close(name + " output", norm.output(), matrix(json.get("output")));
    }

    private static void feedForward(String name, JsonNode json) {
        assertEquals("gelu-tanh", json.get("activation").asText(), name);
        NaiveTransformer.Network net = NaiveTransformer.feedForward(matrix(json.get("input")), matrix(json.get("w1")),
                vector(json.get("b1")), matrix(json.get("w2")), vector(json.get("b2")));
        close(name + " hidden", net.hidden(), matrix(json.get("hidden")));
        close(name + " activated", net.activated(), matrix(json.get("activated")));
        close(name + " output", net.output(), matrix(json.get("output")));
    }

    /** z = h·Eᵀ + b, p = softmax(z); −ln p_t, p − onehot(t); and one step on b. */
    private static void output(String name, JsonNode json) {
        double[] h = vector(json.get("hidden"));
        double[][] e = matrix(json.get("embedding"));
        double[] b = vector(json.get("bias"));
        double[] z = new double[e.length];
        for (int w = 0; w < e.length; w++) {
            for (int c = 0; c < h.length; c++) {
                z[w] += h[c] * e[w][c];
            }
            z[w] += b[w];
        }
        double[] p = NaiveTransformer.softmax(z);
        close(name + " logits", z, vector(json.get("logits")));
        close(name + " probabilities", p, vector(json.get("probabilities")));
        if (!json.has("target")) {
            return;
        }
        int t = vocabularyIndex(json, json.get("target").asText());
        double[] gradient = p.clone();
        gradient[t] -= 1;
        close(name + " loss", new double[] {-Math.log(p[t])}, new double[] {json.get("loss").asDouble()});
        close(name + " gradient", gradient, vector(json.get("gradient")));
        if (!json.has("learning_rate")) {
            return;
        }
        double eta = json.get("learning_rate").asDouble();
        double[] after = new double[z.length];
        for (int w = 0; w < z.length; w++) {
            after[w] = z[w] - eta * gradient[w];
        }
        double[] pAfter = NaiveTransformer.softmax(after);
        close(name + " logits after", after, vector(json.get("logits_after")));
        close(name + " probabilities after", pAfter, vector(json.get("probabilities_after")));
        close(name + " loss after", new double[] {-Math.log(pAfter[t])}, new double[] {json.get("loss_after").asDouble()});
    }

    /** Each kept step's weights, softmax(QKᵀ/√d_k) from its inputs and W_Q, W_K. */
    private static void checkpoints(String name, JsonNode json) {
        boolean causal = json.get("mask").asText().equals("causal");
        assertTrue(json.get("steps").size() >= 2, name + " shows a start and an end");
        for (JsonNode step : json.get("steps")) {
            double[][] x = matrix(step.get("inputs"));
            double[][] q = multiply(x, matrix(step.get("w_q")));
            double[][] k = multiply(x, matrix(step.get("w_k")));
            assertEquals(Math.sqrt(q[0].length), step.get("scale").asDouble(), TOLERANCE, name);
            close(name + " step " + step.get("step"), NaiveAttention.weights(q, k, Math.sqrt(q[0].length), causal),
                    matrix(step.get("weights")));
        }
    }

    private static int vocabularyIndex(JsonNode json, String word) {
        for (int i = 0; i < json.get("vocabulary").size(); i++) {
            if (json.get("vocabulary").get(i).asText().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is not in the vocabulary");
    }

    private static double[][] beside(double[][] a, double[][] b) {
        double[][] c = new double[a.length][a[0].length + b[0].length];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, c[i], 0, a[i].length);
            System.arraycopy(b[i], 0, c[i], a[i].length, b[i].length);
        }
        return c;
    }

    static void close(String what, double[][] expected, double[][] published) {
        assertEquals(expected.length, published.length, what + " rows");
        assertTrue(maxDifference(expected, published) < TOLERANCE, what + " differs by " + maxDifference(expected, published));
    }

    static void close(String what, double[] expected, double[] published) {
        assertEquals(expected.length, published.length, what + " length");
        assertTrue(NaiveTransformer.maxDifference(expected, published) < TOLERANCE, what);
    }
}
