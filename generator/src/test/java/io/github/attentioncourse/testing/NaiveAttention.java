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
        double[][] scores = multiply(q, transpose(k));
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
