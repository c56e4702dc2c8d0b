package io.github.attentioncourse.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recomputes an example from its published JSON with plain loops, independently of the engine:
 * the check a reader could do by hand.
 */
public final class NaiveAttention {

    private NaiveAttention() {
    }

    public static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            m[i] = new double[rows.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                JsonNode cell = rows.get(i).get(j);
                m[i][j] = cell.isNull() ? Double.NEGATIVE_INFINITY : cell.asDouble();
            }
        }
        return m;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                double sum = 0;
                for (int k = 0; k < b.length; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** softmax(QKᵀ/scale) row by row, with masked keys (j > i under a causal mask) at weight 0. */
    public static double[][] weights(double[][] q, double[][] k, double scale, boolean causal) {
        return softmax(multiply(q, transpose(k)), scale, causal);
    }

    /** Additive scores (Bahdanau et al. 2015): S_ij = Σ_c v_a[c]·tanh(q_ic + k_jc). */
    public static double[][] additiveScores(double[][] q, double[][] k, double[] vA) {
        double[][] scores = new double[q.length][k.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < k.length; j++) {
                for (int c = 0; c < vA.length; c++) {
                    scores[i][j] += vA[c] * Math.tanh(q[i][c] + k[j][c]);
                }
            }
        }
        return scores;
    }

    /** Rotary embeddings (Su et al. 2021): pair (2i, 2i+1) of row pos turned through pos·base^(−2i/d). */
    public static double[][] turned(double[][] rows, double base) {
        int d = rows[0].length;
        double[][] t = new double[rows.length][d];
        for (int pos = 0; pos < rows.length; pos++) {
            for (int i = 0; i < d / 2; i++) {
                double angle = pos / Math.pow(base, 2.0 * i / d);
                t[pos][2 * i] = rows[pos][2 * i] * Math.cos(angle) - rows[pos][2 * i + 1] * Math.sin(angle);
                t[pos][2 * i + 1] = rows[pos][2 * i] * Math.sin(angle) + rows[pos][2 * i + 1] * Math.cos(angle);
            }
        }
        return t;
    }

    /** softmax(scores/scale) row by row, with masked keys (j > i under a causal mask) at weight 0. */
    public static double[][] softmax(double[][] scores, double scale, boolean causal) {
        double[][] w = new double[scores.length][scores[0].length];
        for (int i = 0; i < scores.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < scores[i].length; j++) {
                if (!causal || j <= i) {
                    max = Math.max(max, scores[i][j] / scale);
                }
            }
            double sum = 0;
            for (int j = 0; j < scores[i].length; j++) {
                w[i][j] = causal && j > i ? 0 : Math.exp(scores[i][j] / scale - max);
                sum += w[i][j];
            }
            for (int j = 0; j < scores[i].length; j++) {
                w[i][j] /= sum;
            }
        }
        return w;
    }

    /** Largest absolute difference between two matrices of the same shape. */
    public static double maxDifference(double[][] a, double[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }
}
