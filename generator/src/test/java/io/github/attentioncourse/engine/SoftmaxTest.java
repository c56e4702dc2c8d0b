package io.github.attentioncourse.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    @Test
    void matchesHandComputedRow() {
        // exp([1,2,3] − 3) = [e^-2, e^-1, 1] = [0.135335, 0.367879, 1], sum 1.503215,
        // so softmax = [0.090031, 0.244728, 0.665241].
        double[] w = row(Softmax.rows(new DMatrixRMaj(new double[][] {{1, 2, 3}})), 0);
        assertArrayEquals(new double[] {0.090031, 0.244728, 0.665241}, w, 1e-6);
    }

    @Test
    void weightsRowsSumToOne() {
        Random random = new Random(1);
        DMatrixRMaj scaled = new DMatrixRMaj(20, 9);
        for (int k = 0; k < scaled.data.length; k++) {
            scaled.data[k] = 20 * random.nextDouble() - 10;
        }
        DMatrixRMaj weights = Softmax.rows(scaled);
        for (int i = 0; i < weights.numRows; i++) {
            assertEquals(1.0, Arrays.stream(row(weights, i)).sum(), 1e-12, "row " + i);
        }
    }

    @Test
    void hugeScoresGiveFiniteWeights() {
        DMatrixRMaj scaled = new DMatrixRMaj(new double[][] {
            {1e6, -1e6, 0},
            {1e300, -1e300, 1e300},
            {-1e300, -1e300, -1e300},
            {Double.MAX_VALUE, -Double.MAX_VALUE, 0}});
        DMatrixRMaj weights = Softmax.rows(scaled);
        assertArrayEquals(new double[] {1, 0, 0}, row(weights, 0), 1e-12);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, row(weights, 1), 1e-12);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, row(weights, 2), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, row(weights, 3), 1e-12);
    }

    @Test
    void infiniteScoresShareTheWeight() {
        double inf = Double.POSITIVE_INFINITY;
        DMatrixRMaj weights = Softmax.rows(new DMatrixRMaj(new double[][] {{inf, 5, inf, NEG_INF}}));
        assertArrayEquals(new double[] {0.5, 0, 0.5, 0}, row(weights, 0), 0.0);
    }

    @Test
    void maskedEntriesAreExactlyZero() {
        DMatrixRMaj weights = Softmax.rows(new DMatrixRMaj(new double[][] {{0.3, NEG_INF, -2, NEG_INF}}));
        assertEquals(0.0, weights.get(0, 1));
        assertEquals(0.0, weights.get(0, 3));
        assertEquals(1.0, weights.get(0, 0) + weights.get(0, 2), 1e-12);
    }

    @Test
    void fullyMaskedRowBecomesZeros() {
        DMatrixRMaj weights = Softmax.rows(new DMatrixRMaj(new double[][] {{NEG_INF, NEG_INF}, {1, 1}}));
        assertArrayEquals(new double[] {0, 0}, row(weights, 0), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5}, row(weights, 1), 1e-12);
    }

    @Test
    void doesNotModifyItsInput() {
        DMatrixRMaj scaled = new DMatrixRMaj(new double[][] {{1, NEG_INF, 3}});
        Softmax.rows(scaled);
        assertArrayEquals(new double[] {1, NEG_INF, 3}, row(scaled, 0), 0.0);
        double[] x = {1, 2};
        Softmax.withTemperature(x, 0.5);
        assertArrayEquals(new double[] {1, 2}, x, 0.0);
    }

    @Test
    void rejectsNaN() {
        DMatrixRMaj scaled = new DMatrixRMaj(new double[][] {{1, Double.NaN}});
        assertThrows(IllegalArgumentException.class, () -> Softmax.rows(scaled));
    }

    @Test
    void temperatureOneEqualsPlainSoftmax() {
        double[] x = {0.5, -1.25, 2, NEG_INF};
        double[] plain = row(Softmax.rows(new DMatrixRMaj(new double[][] {x})), 0);
        assertArrayEquals(plain, Softmax.withTemperature(x, 1), 0.0);
    }

    @Test
    void largeTemperatureApproachesUniform() {
        double[] w = Softmax.withTemperature(new double[] {0.5, -1.25, 2, 7}, 1e6);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, w, 1e-5);
    }

    @Test
    void smallTemperatureApproachesOneHot() {
        double[] w = Softmax.withTemperature(new double[] {0.5, -1.25, 2, 1.9}, 1e-3);
        assertArrayEquals(new double[] {0, 0, 1, 0}, w, 1e-12);
    }

    @Test
    void temperatureKeepsMaskedEntriesAtZero() {
        double[] w = Softmax.withTemperature(new double[] {1, NEG_INF, 2}, 1e6);
        assertEquals(0.0, w[1]);
        assertEquals(0.5, w[0], 1e-5);
    }

    @Test
    void rejectsTemperatureThatIsNotPositiveAndFinite() {
        for (double t : new double[] {0, -1, Double.POSITIVE_INFINITY, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Softmax.withTemperature(new double[] {1, 2}, t));
            assertTrue(e.getMessage().contains("temperature"), e.getMessage());
        }
    }

    private static double[] row(DMatrixRMaj m, int i) {
        return Arrays.copyOfRange(m.data, i * m.numCols, (i + 1) * m.numCols);
    }
}
