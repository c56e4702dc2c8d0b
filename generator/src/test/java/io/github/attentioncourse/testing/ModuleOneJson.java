package io.github.attentioncourse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recomputes the published numbers of the Module 1 kinds (tokens, embeddings, predictions,
 * classifier, descent) from the other numbers of their own JSON, with plain loops that share no
 * code with the generator: a score is a sum of products, a softmax is e^z over the sum, a cosine
 * is a dot product over lengths, a step is w − η·slope.
 */
public final class ModuleOneJson {

    private static final double TOLERANCE = 1e-9;
    static final List<String> KINDS = List.of("tokens", "embeddings", "predictions", "classifier", "descent");

    private ModuleOneJson() {
    }

    /** Verifies every file of the five kinds under {@code site}; returns how many there were per kind, in {@link #KINDS} order. */
    public static int[] verifyAll(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(site)) {
            files = paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int[] counts = new int[KINDS.size()];
        for (Path file : files) {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            int kind = json.has("kind") ? KINDS.indexOf(json.get("kind").asText()) : -1;
            if (kind >= 0) {
                verify(file.toString(), json);
                counts[kind]++;
            }
        }
        return counts;
    }

    /** Verifies one file's numbers; {@code where} names it in failures. */
    public static void verify(String where, JsonNode json) {
        switch (json.get("kind").asText()) {
            case "tokens" -> tokens(where, json);
            case "embeddings" -> embeddings(where, json);
            case "predictions" -> predictions(where, json);
            case "classifier" -> classifier(where, json);
            case "descent" -> descent(where, json);
            default -> throw new AssertionError(where + ": not a Module 1 kind");
        }
    }

    private static void tokens(String where, JsonNode json) {
        List<String> vocabulary = strings(json.get("vocabulary"));
        for (JsonNode token : json.get("sentence_tokens")) {
            int index = vocabulary.indexOf(token.get("token").asText());
            assertEquals(index < 0, token.get("index").isNull(), where + ": " + token);
            if (index >= 0) {
                assertEquals(index, token.get("index").asInt(), where + ": " + token);
            }
            assertTrue(token.get("training_sentences").asInt() <= json.get("training_sentences").asInt(), where);
        }
    }

    private static void embeddings(String where, JsonNode json) {
        List<String> vocabulary = strings(json.get("vocabulary"));
        double[][] table = rows(json.get("embedding"));
        for (JsonNode entry : json.get("nearest")) {
            double[] v = table[vocabulary.indexOf(entry.get("word").asText())];
            List<Double> others = new ArrayList<>();
            for (int j = 0; j < table.length; j++) {
                if (!vocabulary.get(j).equals(entry.get("word").asText())) {
                    others.add(cosine(v, table[j]));
                }
            }
            others.sort(Comparator.reverseOrder());
            int rank = 0;
            for (JsonNode n : entry.get("neighbours")) {
                double c = cosine(v, table[vocabulary.indexOf(n.get("word").asText())]);
                assertEquals(c, n.get("cosine").asDouble(), TOLERANCE, where + ": cosine of " + entry.get("word") + " and " + n);
                assertEquals(others.get(rank++), c, TOLERANCE, where + ": " + n + " is not the next nearest of " + entry.get("word"));
            }
        }
        List<String> shown = new ArrayList<>();
        json.get("groups").forEach(g -> shown.addAll(strings(g.get("words"))));
        JsonNode pca = json.get("pca");
        double[] mean = vector(pca.get("mean"));
        double[][] components = rows(pca.get("components"));
        double[][] projection = rows(pca.get("projection"));
        int d = mean.length;
        double total = 0;
        for (int k = 0; k < d; k++) {
            double sum = 0;
            for (String w : shown) {
                sum += table[vocabulary.indexOf(w)][k];
            }
            assertEquals(sum / shown.size(), mean[k], TOLERANCE, where + ": mean " + k);
        }
        for (int c = 0; c < components.length; c++) {
            assertEquals(1, dot(components[c], components[c]), 1e-9, where + ": component " + c + " has length 1");
            double variance = 0;
            for (int i = 0; i < shown.size(); i++) {
                double[] centred = minus(table[vocabulary.indexOf(shown.get(i))], mean);
                // (1×d)·(d×1) → the point's coordinate along the component
                double along = dot(centred, components[c]);
                assertEquals(along, projection[i][c], TOLERANCE, where + ": projection of " + shown.get(i));
                variance += along * along / shown.size();
            }
            assertEquals(variance, pca.get("variances").get(c).asDouble(), 1e-9, where + ": variance " + c);
        }
        for (String w : shown) {
            double[] centred = minus(table[vocabulary.indexOf(w)], mean);
            total += dot(centred, centred) / shown.size();
        }
        assertEquals(total, pca.get("total_variance").asDouble(), 1e-9, where + ": total variance");
    }

    private static void predictions(String where, JsonNode json) {
        double[] hidden = vector(json.get("hidden"));
        double[][] out = rows(json.get("output_weights"));
        double[] bias = vector(json.get("output_bias"));
        double[] logits = new double[out.length];
        for (int v = 0; v < out.length; v++) {
            // (1×d)·(d×1) + b_v → the score of word v: the tied output embedding's row v
            logits[v] = dot(hidden, out[v]) + bias[v];
        }
        assertArray(where + ": logits", logits, vector(json.get("logits")), 1e-6);
        double[] p = softmax(vector(json.get("logits")));
        assertArray(where + ": probabilities", p, vector(json.get("probabilities")), TOLERANCE);
        List<String> vocabulary = strings(json.get("vocabulary"));
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode guess : json.get("top")) {
            double q = p[vocabulary.indexOf(guess.get("word").asText())];
            assertEquals(q, guess.get("probability").asDouble(), TOLERANCE, where + ": " + guess);
            assertTrue(q <= previous, where + ": guesses in order");
            previous = q;
        }
        long above = Arrays.stream(p).filter(x -> x > json.get("top").get(0).get("probability").asDouble()).count();
        assertEquals(0, above, where + ": the first guess is the most probable word");
    }

    private static void classifier(String where, JsonNode json) {
        double[] x = vector(json.get("input"));
        double[][] w = rows(json.get("weights"));
        double[] b = vector(json.get("bias"));
        double[] z = new double[b.length];
        for (int j = 0; j < z.length; j++) {
            // (1×d)·(d×c) + (1×c) → (1×c), one column at a time
            z[j] = b[j];
            for (int i = 0; i < x.length; i++) {
                z[j] += x[i] * w[i][j];
            }
        }
        assertArray(where + ": logits", z, vector(json.get("logits")), TOLERANCE);
        double[] p = softmax(z);
        assertArray(where + ": probabilities", p, vector(json.get("probabilities")), TOLERANCE);
        if (json.has("target")) {
            int t = strings(json.get("classes")).indexOf(json.get("target").asText());
            assertEquals(-Math.log(p[t]), json.get("loss").asDouble(), TOLERANCE, where + ": loss");
        }
    }

    private static void descent(String where, JsonNode json) {
        double[][] points = rows(json.get("points"));
        double rate = json.get("learning_rate").asDouble();
        double xy = 0;
        double xx = 0;
        for (double[] p : points) {
            xy += p[0] * p[1];
            xx += p[0] * p[0];
        }
        assertEquals(xy / xx, json.get("best_w").asDouble(), TOLERANCE, where + ": best w");
        JsonNode previous = null;
        for (JsonNode step : json.get("steps")) {
            double w = step.get("w").asDouble();
            double loss = 0;
            double slope = 0;
            for (double[] p : points) {
                loss += (w * p[0] - p[1]) * (w * p[0] - p[1]) / points.length;
                slope += 2 * p[0] * (w * p[0] - p[1]) / points.length;
            }
            assertEquals(loss, step.get("loss").asDouble(), 1e-9 * Math.max(1, loss), where + ": loss at step " + step.get("step"));
            assertEquals(slope, step.get("gradient").asDouble(), 1e-9 * Math.max(1, Math.abs(slope)), where + ": slope");
            if (previous != null) {
                double expected = previous.get("w").asDouble() - rate * previous.get("gradient").asDouble();
                assertEquals(expected, w, 1e-9 * Math.max(1, Math.abs(w)), where + ": w at step " + step.get("step"));
            }
            previous = step;
        }
    }

    private static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElseThrow();
        double sum = 0;
        double[] p = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            p[j] = Math.exp(z[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < z.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    private static double cosine(double[] a, double[] b) {
        return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    private static void assertArray(String what, double[] expected, double[] actual, double tolerance) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + " [" + i + "]");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static double[] vector(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static double[][] rows(JsonNode array) {
        double[][] out = new double[array.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(array.get(i));
        }
        return out;
    }
}
