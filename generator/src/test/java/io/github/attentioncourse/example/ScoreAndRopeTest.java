package io.github.attentioncourse.example;

import static io.github.attentioncourse.example.Blocks.assertOnlyError;
import static io.github.attentioncourse.example.Blocks.minimalWith;
import static io.github.attentioncourse.example.Blocks.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.attentioncourse.example.ExampleSpec.Positional;
import io.github.attentioncourse.example.ExampleSpec.ScoreKind;
import org.junit.jupiter.api.Test;

/** Additive scores ({@code score: additive} with {@code v_a}) and rotary positions ({@code positional: rope}). */
class ScoreAndRopeTest {

    /** Blocks.MULTI_HEAD scoring additively; line 3 is heads, 4–7 head 1, 8–11 head 2, 12 w_o, 13 score. */
    private static final String MULTI_HEAD = Blocks.MULTI_HEAD
            .replace("    w_v: [[1], [0]]\n", "    w_v: [[1], [0]]\n    v_a: [1, 1]\n")
            .replace("    w_v: [[0], [1]]\n", "    w_v: [[0], [1]]\n    v_a: [2, -1]\n")
            + "score: additive\n";

    @Test
    void readsAdditiveScoresWithTheirWeights() {
        ExampleSpec spec = spec(minimalWith("score: additive\nv_a: [1, -0.5]\n"));

        assertEquals(ScoreKind.ADDITIVE, spec.score());
        assertArrayEquals(new double[] {1, -0.5}, spec.heads().get(0).vA());
        assertNull(spec.scale(), "no scale: the engine leaves additive scores unscaled");
    }

    @Test
    void readsAdditiveScoresForEveryHead() {
        ExampleSpec spec = spec(MULTI_HEAD);

        assertArrayEquals(new double[] {1, 1}, spec.heads().get(0).vA());
        assertArrayEquals(new double[] {2, -1}, spec.heads().get(1).vA());
    }

    @Test
    void readsDotProductsAndRotaryPositions() {
        ExampleSpec spec = spec(minimalWith("score: dot\npositional: rope\n"));

        assertEquals(ScoreKind.DOT, spec.score());
        assertEquals(Positional.ROPE, spec.positional());
        assertNull(spec.heads().get(0).vA());
    }

    @Test
    void rejectsAnUnknownScore() {
        assertOnlyError(minimalWith("score: cosine\n"), 9, "score is 'cosine'; expected dot or additive");
    }

    @Test
    void rejectsAdditiveScoresWithoutTheirWeights() {
        assertOnlyError(minimalWith("score: additive\n"), 0, "missing v_a, which score: additive needs",
                "expected d_k numbers");
    }

    @Test
    void rejectsWeightsThatDotProductsWouldIgnore() {
        assertOnlyError(minimalWith("v_a: [1, 1]\n"), 9, "v_a is only used with score: additive",
                "expected 'score: additive'");
    }

    @Test
    void rejectsWeightsOfAnotherLengthThanDk() {
        assertOnlyError(minimalWith("score: additive\nv_a: [1, 1, 1]\n"), 10,
                "v_a has 3 numbers but d_k is 2 (the columns of w_q); expected 2 numbers");
    }

    @Test
    void rejectsWeightsWrittenAsText() {
        assertOnlyError(minimalWith("score: additive\nv_a: ones\n"), 10, "v_a is 'ones'; expected a list of numbers");
    }

    @Test
    void rejectsAHeadWithoutWeights() {
        assertOnlyError(MULTI_HEAD.replace("    v_a: [2, -1]\n", ""), 8, "head 2: missing v_a");
    }

    @Test
    void rejectsWeightsOutsideTheHeads() {
        assertOnlyError(MULTI_HEAD + "v_a: [1, 1]\n", 14, "v_a cannot be used together with heads",
                "v_a inside each of the heads");
    }

    @Test
    void reportsAMisspelledScoreOnceAndNotTheWeightsAsWell() {
        assertOnlyError(minimalWith("scor: additive\nv_a: [1, 1]\n"), 9, "unknown key 'scor'", "did you mean 'score'");
    }

    @Test
    void rejectsRopeWithAnOddDk() {
        assertOnlyError(minimalWith("positional: rope\n").replace("w_q: [[1, 0], [0, 1]]", "w_q: [[1], [0]]")
                .replace("w_k: [[0, 1], [1, 0]]", "w_k: [[0], [1]]"), 9,
                "positional: rope turns queries and keys in pairs of dimensions, but d_k is 1", "expected an even d_k");
    }

    @Test
    void rejectsRopeWithAContext() {
        assertOnlyError(minimalWith("context: AI love\npositional: rope\n"), 10,
                "positional: rope turns queries and keys by their positions in one sentence",
                "expected no context with rope");
    }

    @Test
    void rejectsRopeWithAdditiveScores() {
        assertOnlyError(minimalWith("score: additive\nv_a: [1, 1]\npositional: rope\n"), 11,
                "which additive scores do not keep; expected score: dot (or no score) with rope");
    }
}
