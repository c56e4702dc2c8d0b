package io.github.attentioncourse.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

class AttentionTest {

    private static final double EXACT = 1e-12;
    private static final int CASES = 60;

    @Test
    void iLoveAiMatchesHandComputation() {
        // X = [I; love; AI] = [[1,0],[0,1],[1,1]], W_Q = W_K = W_V = the 2×2 identity, so Q = K = V = X.
        DMatrixRMaj X = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        AttentionTrace trace = Attention.compute(selfAttention(X, identity(2), Mask.none()));
        HeadTrace head = trace.heads().get(0);

        // QKᵀ = XXᵀ: each entry is the dot product of two rows, e.g. AI·AI = 1·1 + 1·1 = 2.
        assertMatrix(new double[][] {{1, 0, 1}, {0, 1, 1}, {1, 1, 2}}, head.scores(), "scores");
        assertEquals(Math.sqrt(2), trace.scale(), 0.0);

        // Row AI scaled by √2 = 1.414214: [1, 1, 2]/√2 = [0.707107, 0.707107, 1.414214].
        // exp after subtracting the max 1.414214: [e^-0.707107, e^-0.707107, 1] = [0.493069, 0.493069, 1];
        // sum 1.986139, so weights = [0.248255, 0.248255, 0.503490] (= 1/(2+e^0.7071), e^0.7071/(2+e^0.7071)).
        assertRow(new double[] {0.248255, 0.248255, 0.503490}, head.weights(), 2, 1e-6);
        // Row I: [1, 0, 1]/√2 → exp([0, -0.707107, 0]) = [1, 0.493069, 1], sum 2.493069,
        // weights = [0.401112, 0.197776, 0.401112].
        assertRow(new double[] {0.401112, 0.197776, 0.401112}, head.weights(), 0, 1e-6);
        // Output AI = 0.248255·[1,0] + 0.248255·[0,1] + 0.503490·[1,1] = [0.751745, 0.751745].
        assertRow(new double[] {0.751745, 0.751745}, head.output(), 2, 1e-6);
        assertRow(new double[] {0.751745, 0.751745}, trace.output(), 2, 1e-6);
    }

    @Test
    void matchesNaiveLoopsForSelfAttention() {
        assertMatchesNaive(1, false, (r, m) -> Mask.none(), 1, Double.NaN);
    }

    @Test
    void matchesNaiveLoopsForCrossAttentionWithExplicitScale() {
        assertMatchesNaive(2, true, (r, m) -> Mask.none(), 1, 0.75);
    }

    @Test
    void matchesNaiveLoopsForCausalMask() {
        assertMatchesNaive(3, false, (r, m) -> Mask.causal(), 1, Double.NaN);
    }

    @Test
    void matchesNaiveLoopsForPaddingMask() {
        assertMatchesNaive(4, true, AttentionTest::randomPadding, 1, Double.NaN);
    }

    @Test
    void matchesNaiveLoopsForSeveralHeads() {
        assertMatchesNaive(5, false, (r, m) -> Mask.none(), 3, Double.NaN);
        assertMatchesNaive(6, true, AttentionTest::randomPadding, 2, 2.5);
    }

    @Test
    void matchesNaiveLoopsForAdditiveScores() {
        assertMatchesNaive(11, false, (r, m) -> Mask.none(), 1, Double.NaN, Scoring.ADDITIVE);
        assertMatchesNaive(12, true, AttentionTest::randomPadding, 1, 0.5, Scoring.ADDITIVE);
        assertMatchesNaive(13, false, (r, m) -> Mask.causal(), 3, Double.NaN, Scoring.ADDITIVE);
    }

    @Test
    void matchesNaiveLoopsForRotaryEmbeddings() {
        assertMatchesNaive(14, false, (r, m) -> Mask.none(), 1, Double.NaN, Scoring.ROTARY);
        assertMatchesNaive(15, false, (r, m) -> Mask.causal(), 2, 1.5, Scoring.ROTARY);
        assertMatchesNaive(16, true, AttentionTest::randomPadding, 1, Double.NaN, Scoring.ROTARY);
    }

    @Test
    void additiveScoreMatchesHandComputation() {
        // X = [a; b] = [[1, 0], [0, 2]], W_Q = W_K = W_V = I, v_a = [1, -1]: score(a, b) = tanh(1 + 0) - tanh(0 + 2).
        DMatrixRMaj X = new DMatrixRMaj(new double[][] {{1, 0}, {0, 2}});
        DMatrixRMaj vA = new DMatrixRMaj(new double[][] {{1}, {-1}});
        HeadWeights w = new HeadWeights(identity(2), identity(2), identity(2), vA);
        AttentionTrace trace = Attention.compute(new AttentionInput(X, X, List.of(w), null, Double.NaN, Mask.none()));
        HeadTrace head = trace.heads().get(0);
        // score(a, a) = tanh(1 + 1) − tanh(0 + 0) = 0.964028;  score(a, b) = tanh(1 + 0) − tanh(0 + 2)
        // = 0.761594 − 0.964028 = −0.202434 = score(b, a);  score(b, b) = tanh(0) − tanh(2 + 2) = −0.999329.
        assertMatrix(new double[][] {{0.964028, -0.202434}, {-0.202434, -0.999329}}, head.scores(), 1e-6, "scores");
        assertEquals(1.0, trace.scale(), 0.0, "additive scores are not scaled by default");
        assertMatrix(head.scores(), head.scaled(), "scaled scores equal the scores");
        assertSame(vA, head.vA());
    }

    @Test
    void rotaryScoresDependOnlyOnTheOffsetBetweenPositions() {
        Random random = new Random(17);
        for (int c = 0; c < CASES; c++) {
            // The same two words (rows a, b) at positions (p, p + t) for every p: one score per offset t.
            int dK = 2 * (1 + random.nextInt(4));
            DMatrixRMaj a = matrix(random, 1, 3);
            DMatrixRMaj b = matrix(random, 1, 3);
            DMatrixRMaj X = new DMatrixRMaj(8, 3);
            for (int p = 0; p < 8; p++) {
                CommonOps_DDRM.insert(p % 2 == 0 ? a : b, X, p, 0);
            }
            HeadWeights w = new HeadWeights(matrix(random, 3, dK), matrix(random, 3, dK), matrix(random, 3, 2));
            HeadTrace head = Attention.compute(new AttentionInput(X, X, List.of(w), null, Double.NaN, Mask.none(),
                    new RotaryEmbedding(RotaryEmbedding.BASE))).heads().get(0);
            for (int p = 0; p + 3 < 8; p += 2) {
                assertEquals(head.scores().get(1, 0), head.scores().get(p + 1, p), EXACT, "a at 0, b at 1, shifted by " + p);
                assertEquals(head.scores().get(0, 3), head.scores().get(p, p + 3), EXACT, "b 3 after a, shifted by " + p);
            }
            HeadTrace unturned = Attention.compute(new AttentionInput(X, X, List.of(w), null, Double.NaN, Mask.none()))
                    .heads().get(0);
            assertEquals(unturned.scores().get(0, 1), unturned.scores().get(0, 7), EXACT, "without RoPE only the words count");
            assertNotEquals(head.scores().get(0, 1), head.scores().get(0, 7), 1e-9, "with RoPE the offset counts");
        }
    }

    @Test
    void weightsRowsSumToOne() {
        Random random = new Random(7);
        for (int c = 0; c < CASES; c++) {
            Mask mask = c % 2 == 0 ? Mask.none() : Mask.causal();
            AttentionInput in = randomInput(random, c % 3 == 0, (r, m) -> mask, 1 + c % 3, Double.NaN);
            for (HeadTrace head : Attention.compute(in).heads()) {
                DMatrixRMaj sums = CommonOps_DDRM.sumRows(head.weights(), null);
                for (int i = 0; i < sums.numRows; i++) {
                    assertEquals(1.0, sums.get(i), EXACT, "case " + c + ", row " + i);
                }
            }
        }
    }

    @Test
    void maskedWeightsAreExactlyZero() {
        Random random = new Random(8);
        for (int c = 0; c < CASES; c++) {
            AttentionInput in = randomInput(random, true, AttentionTest::randomPadding, 1, Double.NaN);
            HeadTrace head = Attention.compute(in).heads().get(0);
            for (int i = 0; i < head.weights().numRows; i++) {
                for (int j = 0; j < head.weights().numCols; j++) {
                    if (!in.mask().visible(i, j)) {
                        assertEquals(0.0, head.weights().get(i, j));
                        assertEquals(Double.NEGATIVE_INFINITY, head.scaled().get(i, j));
                    }
                }
            }
        }
    }

    @Test
    void causalMaskZeroesWeightsAboveDiagonal() {
        Random random = new Random(9);
        DMatrixRMaj X = matrix(random, 6, 4);
        HeadTrace head = Attention.compute(selfAttention(X, matrix(random, 4, 3), Mask.causal())).heads().get(0);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (j > i) {
                    assertEquals(0.0, head.weights().get(i, j), "weight " + i + "," + j);
                } else {
                    assertTrue(head.weights().get(i, j) > 0, "weight " + i + "," + j);
                }
            }
        }
    }

    @Test
    void fullyMaskedRowGivesZerosNotNaN() {
        DMatrixRMaj X = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        AttentionTrace trace = Attention.compute(selfAttention(X, identity(2), Mask.padding(Set.of(0, 1, 2))));
        HeadTrace head = trace.heads().get(0);
        assertMatrix(new double[3][3], head.weights(), "weights");
        assertMatrix(new double[3][2], head.output(), "output");
        assertMatrix(new double[3][2], trace.output(), "combined output");
        assertMatrix(new double[][] {{1, 0, 1}, {0, 1, 1}, {1, 1, 2}}, head.scores(), "scores");
    }

    @Test
    void hugeScoresGiveFiniteWeights() {
        for (double root : new double[] {1e3, 1e150}) {
            // Scores are ±root², i.e. ±1e6 and ±1e300.
            DMatrixRMaj X = new DMatrixRMaj(new double[][] {{root, 0}, {-root, 0}});
            HeadTrace head = Attention.compute(selfAttention(X, identity(2), Mask.none())).heads().get(0);
            assertEquals(root * root, head.scores().get(0, 0));
            assertMatrix(new double[][] {{1, 0}, {0, 1}}, head.weights(), "weights for scores ±" + root * root);
            assertFalse(MatrixFeatures_DDRM.hasUncountable(head.output()), "output for scores ±" + root * root);
        }
    }

    @Test
    void doesNotMutateInputs() {
        Random random = new Random(10);
        for (int c = 0; c < CASES; c++) {
            AttentionInput in = randomInput(random, true, AttentionTest::randomPadding, 1 + c % 3, Double.NaN);
            List<DMatrixRMaj> before = matrices(in).stream().map(DMatrixRMaj::copy).toList();
            Attention.compute(in);
            List<DMatrixRMaj> after = matrices(in);
            for (int k = 0; k < before.size(); k++) {
                assertTrue(MatrixFeatures_DDRM.isIdentical(before.get(k), after.get(k), 0), "input matrix " + k);
            }
        }
    }

    @Test
    void rejectsMisshapenInput() {
        DMatrixRMaj X = new DMatrixRMaj(3, 2);
        AttentionInput in = selfAttention(X, new DMatrixRMaj(3, 2), Mask.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Attention.compute(in));
        assertTrue(e.getMessage().contains("W_Q is 3×2"), e.getMessage());
    }

    /** How queries meet keys in a random input. */
    private enum Scoring { DOT, ADDITIVE, ROTARY }

    private static void assertMatchesNaive(long seed, boolean cross, BiFunction<Random, Integer, Mask> mask,
                                           int heads, double scale) {
        assertMatchesNaive(seed, cross, mask, heads, scale, Scoring.DOT);
    }

    private static void assertMatchesNaive(long seed, boolean cross, BiFunction<Random, Integer, Mask> mask,
                                           int heads, double scale, Scoring scoring) {
        Random random = new Random(seed);
        for (int c = 0; c < CASES; c++) {
            AttentionInput in = randomInput(random, cross, mask, heads, scale, scoring);
            AttentionTrace trace = Attention.compute(in);
            NaiveAttention.Result expected = NaiveAttention.compute(in);
            String at = "case " + c + ", ";
            assertEquals(expected.scale(), trace.scale(), 0.0, at + "scale");
            assertEquals(heads, trace.heads().size());
            for (int h = 0; h < heads; h++) {
                NaiveAttention.Head e = expected.heads().get(h);
                HeadTrace a = trace.heads().get(h);
                String name = at + "head " + h + " ";
                assertAll(
                        () -> assertMatrix(e.q(), a.q(), name + "Q"),
                        () -> assertMatrix(e.k(), a.k(), name + "K"),
                        () -> assertMatrix(e.v(), a.v(), name + "V"),
                        () -> assertMatrix(e.qScored(), a.scoredQ(), name + "Q scored"),
                        () -> assertMatrix(e.kScored(), a.scoredK(), name + "K scored"),
                        () -> assertMatrix(e.scores(), a.scores(), name + "scores"),
                        () -> assertMatrix(e.scaled(), a.scaled(), name + "scaled"),
                        () -> assertMatrix(e.weights(), a.weights(), name + "weights"),
                        () -> assertMatrix(e.output(), a.output(), name + "output"));
            }
            assertMatrix(expected.output(), trace.output(), at + "output");
        }
    }

    private static AttentionInput randomInput(Random random, boolean cross, BiFunction<Random, Integer, Mask> mask,
                                              int heads, double scale) {
        return randomInput(random, cross, mask, heads, scale, Scoring.DOT);
    }

    private static AttentionInput randomInput(Random random, boolean cross, BiFunction<Random, Integer, Mask> mask,
                                              int heads, double scale, Scoring scoring) {
        int n = size(random);
        int m = cross ? size(random) : n;
        int dModel = size(random);
        // Rotary embeddings turn pairs of dimensions, so d_k is even for them.
        int dK = scoring == Scoring.ROTARY ? 2 * (1 + random.nextInt(4)) : size(random);
        int dV = size(random);
        DMatrixRMaj X = matrix(random, n, dModel);
        DMatrixRMaj Y = cross ? matrix(random, m, dModel) : X;
        List<HeadWeights> weights = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            DMatrixRMaj vA = scoring == Scoring.ADDITIVE ? matrix(random, dK, 1) : null;
            weights.add(new HeadWeights(matrix(random, dModel, dK), matrix(random, dModel, dK),
                    matrix(random, dModel, dV), vA));
        }
        DMatrixRMaj wO = heads == 1 ? null : matrix(random, heads * dV, dModel);
        RotaryEmbedding rotary = scoring == Scoring.ROTARY ? new RotaryEmbedding(RotaryEmbedding.BASE) : null;
        return new AttentionInput(X, Y, weights, wO, scale, mask.apply(random, m), rotary);
    }

    private static Mask randomPadding(Random random, int m) {
        Set<Integer> padded = new HashSet<>();
        for (int j = 0; j < m; j++) {
            if (random.nextInt(3) == 0) {
                padded.add(j);
            }
        }
        return Mask.padding(padded);
    }

    private static int size(Random random) {
        return 1 + random.nextInt(9);
    }

    private static DMatrixRMaj matrix(Random random, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = 2 * random.nextDouble() - 1;
        }
        return m;
    }

    private static AttentionInput selfAttention(DMatrixRMaj X, DMatrixRMaj w, Mask mask) {
        return new AttentionInput(X, X, List.of(new HeadWeights(w, w, w)), null, Double.NaN, mask);
    }

    private static DMatrixRMaj identity(int d) {
        return CommonOps_DDRM.identity(d);
    }

    private static List<DMatrixRMaj> matrices(AttentionInput in) {
        List<DMatrixRMaj> all = new ArrayList<>(List.of(in.queryInputs(), in.keyValueInputs()));
        for (HeadWeights w : in.heads()) {
            all.addAll(List.of(w.wQ(), w.wK(), w.wV()));
        }
        if (in.wO() != null) {
            all.add(in.wO());
        }
        return all;
    }

    private static void assertMatrix(double[][] expected, DMatrixRMaj actual, String name) {
        assertMatrix(expected, actual, EXACT, name);
    }

    private static void assertMatrix(DMatrixRMaj expected, DMatrixRMaj actual, String name) {
        double[][] rows = new double[expected.numRows][expected.numCols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = expected.get(i, j);
            }
        }
        assertMatrix(rows, actual, EXACT, name);
    }

    private static void assertMatrix(double[][] expected, DMatrixRMaj actual, double tolerance, String name) {
        assertEquals(expected.length + "×" + expected[0].length, actual.numRows + "×" + actual.numCols,
                name + " shape");
        for (int i = 0; i < expected.length; i++) {
            assertRow(expected[i], actual, i, tolerance, name);
        }
    }

    private static void assertRow(double[] expected, DMatrixRMaj actual, int row, double tolerance) {
        assertRow(expected, actual, row, tolerance, "row " + row);
    }

    private static void assertRow(double[] expected, DMatrixRMaj actual, int row, double tolerance, String name) {
        for (int j = 0; j < expected.length; j++) {
            double a = actual.get(row, j);
            assertTrue(!Double.isNaN(a), name + " (" + row + "," + j + ") is NaN");
            assertEquals(expected[j], a, tolerance, name + " (" + row + "," + j + ")");
        }
    }
}
