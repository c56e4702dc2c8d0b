package io.github.attentioncourse.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of a transformer block with plain loops, from the formulas and nothing of the
 * generator's: LayerNorm, GELU, the feed-forward network, softmax. What a reader could check by
 * hand against a figure's JSON.
 */
public final class NaiveTransformer {

    private NaiveTransformer() {
    }

    /** A LayerNorm's intermediates, row by row. */
    public record Norm(double[] mean, double[] variance, double[][] normalized, double[][] output) {
    }

    /** A feed-forward network's intermediates, row by row. */
    public record Network(double[][] hidden, double[][] activated, double[][] output) {
    }

    public static double[] vector(JsonNode values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).asDouble();
        }
        return v;
    }

    /** y = γ ⊙ (x − μ)/√(σ² + ε) + β for each row x, μ and σ² over the row (σ² divided by d). */
    public static Norm layerNorm(double[][] x, double[] gain, double[] bias, double epsilon) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[n];
        double[] variance = new double[n];
        double[][] normalized = new double[n][d];
        double[][] output = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (double value : x[i]) {
                mean[i] += value / d;
            }
            for (double value : x[i]) {
                variance[i] += (value - mean[i]) * (value - mean[i]) / d;
            }
            for (int c = 0; c < d; c++) {
                normalized[i][c] = (x[i][c] - mean[i]) / Math.sqrt(variance[i] + epsilon);
                output[i][c] = gain[c] * normalized[i][c] + bias[c];
            }
        }
        return new Norm(mean, variance, normalized, output);
    }

    /** GELU in the tanh form of Hendrycks and Gimpel: ½x(1 + tanh(√(2/π)(x + 0.044715x³))). */
    public static double gelu(double x) {
        return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
    }

    /** GELU(z·W₁ + b₁)·W₂ + b₂ for each row z. */
    public static Network feedForward(double[][] z, double[][] w1, double[] b1, double[][] w2, double[] b2) {
        double[][] hidden = plusRow(NaiveAttention.multiply(z, w1), b1);
        double[][] activated = new double[hidden.length][hidden[0].length];
        for (int i = 0; i < hidden.length; i++) {
            for (int j = 0; j < hidden[i].length; j++) {
                activated[i][j] = gelu(hidden[i][j]);
            }
        }
        return new Network(hidden, activated, plusRow(NaiveAttention.multiply(activated, w2), b2));
    }

    public static double[][] plusRow(double[][] m, double[] row) {
        double[][] sum = new double[m.length][m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                sum[i][j] = m[i][j] + row[j];
            }
        }
        return sum;
    }

    public static double[][] plus(double[][] a, double[][] b) {
        double[][] sum = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                sum[i][j] = a[i][j] + b[i][j];
            }
        }
        return sum;
    }

    /** e^x / Σ e^x over one row. */
    public static double[] softmax(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : x) {
            max = Math.max(max, value);
        }
        double sum = 0;
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.exp(x[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < x.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    public static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
