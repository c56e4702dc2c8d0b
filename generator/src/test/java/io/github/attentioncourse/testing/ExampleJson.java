package io.github.attentioncourse.testing;

import static io.github.attentioncourse.testing.NaiveAttention.matrix;
import static io.github.attentioncourse.testing.NaiveAttention.maxDifference;
import static io.github.attentioncourse.testing.NaiveAttention.multiply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Checks published example JSON: exactly the contract's fields, and numbers a naive recomputation agrees with. */
public final class ExampleJson {

    private static final double TOLERANCE = 1e-9;

    private ExampleJson() {
    }

    /**
     * Verifies the JSON of every attention example under {@code site} (the other computed blocks,
     * a heads survey or a training run, publish other fields); returns how many there were.
     */
    public static int verifyAll(Path site) throws IOException {
        return verifyAll(site, json -> true);
    }

    /** Verifies every attention example's .json under {@code site} that {@code which} accepts; returns how many there were. */
    public static int verifyAll(Path site, Predicate<JsonNode> which) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(site)) {
            files = paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int verified = 0;
        for (Path file : files) {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            // Only attention examples: the other computed blocks (heads, training, …) publish other fields.
            if (json.has("tokens") && which.test(json)) {
                verify(file, json);
                verified++;
            }
        }
        return verified;
    }

    /** Whether an example scores additively: its heads carry v_a. */
    public static boolean additive(JsonNode json) {
        return json.get("heads").get(0).has("v_a");
    }

    /** Whether an example turns its queries and keys by their positions (RoPE). */
    public static boolean rotary(JsonNode json) {
        return json.has("rope_base");
    }

    static void verify(Path file, JsonNode json) {
        assertExactFields(file, json);
        double[][] x = matrix(json.get("inputs"));
        double[][] y = json.has("context_inputs") ? matrix(json.get("context_inputs")) : x;
        boolean causal = json.get("mask").asText().equals("causal");
        double scale = json.get("scale").asDouble();
        double[][] combined = null;
        for (JsonNode head : json.get("heads")) {
            double[][] q = multiply(x, matrix(head.get("w_q")));
            double[][] k = multiply(y, matrix(head.get("w_k")));
            double[][] v = multiply(y, matrix(head.get("w_v")));
            double[][] qScored = rotary(json) ? NaiveAttention.turned(q, json.get("rope_base").asDouble()) : q;
            double[][] kScored = rotary(json) ? NaiveAttention.turned(k, json.get("rope_base").asDouble()) : k;
            double[][] scores = head.has("v_a")
                    ? NaiveAttention.additiveScores(qScored, kScored, vector(head.get("v_a")))
                    : multiply(qScored, NaiveAttention.transpose(kScored));
            double[][] w = NaiveAttention.softmax(scores, scale, causal);
            double[][] out = multiply(w, v);
            assertTrue(maxDifference(q, matrix(head.get("q"))) < TOLERANCE, file + " q");
            assertTrue(maxDifference(k, matrix(head.get("k"))) < TOLERANCE, file + " k");
            assertTrue(maxDifference(v, matrix(head.get("v"))) < TOLERANCE, file + " v");
            if (rotary(json)) {
                assertTrue(maxDifference(qScored, matrix(head.get("q_rotated"))) < TOLERANCE, file + " q_rotated");
                assertTrue(maxDifference(kScored, matrix(head.get("k_rotated"))) < TOLERANCE, file + " k_rotated");
            }
            assertTrue(maxDifference(scores, matrix(head.get("scores"))) < TOLERANCE, file + " scores");
            assertTrue(maxDifference(w, matrix(head.get("weights"))) < TOLERANCE, file + " weights");
            assertTrue(maxDifference(out, matrix(head.get("output"))) < TOLERANCE, file + " output");
            combined = combined == null ? out : besideEachOther(combined, out);
        }
        double[][] expected = json.has("w_o") ? multiply(combined, matrix(json.get("w_o"))) : combined;
        assertTrue(maxDifference(expected, matrix(json.get("output"))) < TOLERANCE, file + " final output");
    }

    private static double[] vector(JsonNode numbers) {
        double[] v = new double[numbers.size()];
        for (int c = 0; c < v.length; c++) {
            v[c] = numbers.get(c).asDouble();
        }
        return v;
    }

    private static double[][] besideEachOther(double[][] a, double[][] b) {
        double[][] c = new double[a.length][a[0].length + b[0].length];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, c[i], 0, a[i].length);
            System.arraycopy(b[i], 0, c[i], a[i].length, b[i].length);
        }
        return c;
    }

    private static void assertExactFields(Path file, JsonNode json) {
        Set<String> fields = new HashSet<>();
        json.fieldNames().forEachRemaining(fields::add);
        Set<String> expected = new HashSet<>(Set.of("id", "tokens", "inputs", "scale", "mask", "heads", "output"));
        if (json.has("context_tokens")) {
            expected.addAll(Set.of("context_tokens", "context_inputs"));
        }
        if (json.has("w_o")) {
            expected.add("w_o");
        }
        if (rotary(json)) {
            expected.add("rope_base");
        }
        assertEquals(expected, fields, file.toString());
        for (JsonNode head : json.get("heads")) {
            Set<String> headFields = new HashSet<>();
            head.fieldNames().forEachRemaining(headFields::add);
            Set<String> expectedInHead = new HashSet<>(Set.of("w_q", "w_k", "w_v", "q", "k", "v", "scores", "scaled",
                    "weights", "output"));
            if (additive(json)) {
                expectedInHead.add("v_a");
            }
            if (rotary(json)) {
                expectedInHead.addAll(Set.of("q_rotated", "k_rotated"));
            }
            assertEquals(expectedInHead, headFields, file.toString());
        }
    }
}
