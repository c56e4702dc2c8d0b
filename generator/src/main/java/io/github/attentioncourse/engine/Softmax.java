package io.github.attentioncourse.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * softmax(x)_j = exp(x_j) / Σ_k exp(x_k), turning scores into weights that are positive and
 * sum to 1. −∞ marks a key the mask hides: its weight is exactly 0.
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * Row-wise, numerically stable: subtract each row's max over its visible (not −∞) entries
     * before exp. A row whose entries are all −∞ (fully masked) becomes all zeros, not NaN; a
     * row holding +∞ gives its +∞ entries equal shares and the rest 0, the limit of softmax.
     *
     * @param scaled n×m scaled scores, −∞ where hidden; not modified
     * @return a new n×m matrix of weights
     * @throws IllegalArgumentException if an entry is NaN
     */
    public static DMatrixRMaj rows(DMatrixRMaj scaled) {
        DMatrixRMaj weights = new DMatrixRMaj(scaled.numRows, scaled.numCols);
        for (int i = 0; i < scaled.numRows; i++) {
            int from = i * scaled.numCols;
            normalize(scaled.data, from, from + scaled.numCols, weights.data);
        }
        return weights;
    }

    /**
     * Same on one row with a temperature T&gt;0: softmax(x/T). A high temperature flattens
     * the weights towards uniform, a low one sharpens them towards the largest entry.
     *
     * @param x           scores, −∞ where hidden; not modified
     * @param temperature T, positive and finite
     * @return a new array of weights
     * @throws IllegalArgumentException if T is not positive and finite, or an entry is NaN
     */
    public static double[] withTemperature(double[] x, double temperature) {
        if (!(temperature > 0 && Double.isFinite(temperature))) {
            throw new IllegalArgumentException("temperature is " + temperature + ": it must be positive and finite");
        }
        double[] cooled = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            cooled[j] = x[j] / temperature;
        }
        double[] weights = new double[x.length];
        normalize(cooled, 0, x.length, weights);
        return weights;
    }

    private static void normalize(double[] x, int from, int to, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = from; j < to; j++) {
            if (Double.isNaN(x[j])) {
                throw new IllegalArgumentException("score " + (j - from) + " of a softmax row is NaN");
            }
            max = Math.max(max, x[j]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            // Every key hidden: no weight to share out, and 0/0 would give NaN.
            return;
        }
        if (max == Double.POSITIVE_INFINITY) {
            shareAmongInfinite(x, from, to, out);
            return;
        }
        // Subtracting the max keeps every exponent ≤ 0, so exp cannot overflow and the sum is ≥ 1.
        // StrictMath: Math.exp may differ in the last bit between the interpreter, the JIT and CPUs,
        // and a trained model (model/) must give the same bytes everywhere.
        double sum = 0;
        for (int j = from; j < to; j++) {
            out[j] = StrictMath.exp(x[j] - max);
            sum += out[j];
        }
        for (int j = from; j < to; j++) {
            out[j] /= sum;
        }
    }

    // The limit of softmax as some scores grow without bound: they split the weight evenly,
    // where ∞ − ∞ would otherwise give NaN.
    private static void shareAmongInfinite(double[] x, int from, int to, double[] out) {
        int count = 0;
        for (int j = from; j < to; j++) {
            if (x[j] == Double.POSITIVE_INFINITY) {
                count++;
            }
        }
        for (int j = from; j < to; j++) {
            out[j] = x[j] == Double.POSITIVE_INFINITY ? 1.0 / count : 0.0;
        }
    }
}
