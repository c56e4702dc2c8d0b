package io.github.attentioncourse.engine;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The reference {@link Attention} is checked against: the definitions written out as plain
 * loops over {@code double[][]}, sharing no code with the engine but {@link Mask#visible}.
 * Additive scores are v_aᵀ·tanh(q_i + k_j) (Bahdanau et al. 2015); rotary embeddings turn pair
 * (2i, 2i+1) of the row at position pos through pos·base^(−2i/d) (Su et al. 2021).
 */
final class NaiveAttention {

    /** {@code qScored} and {@code kScored} are Q and K themselves without rotary embeddings. */
    record Head(double[][] q, double[][] k, double[][] v, double[][] qScored, double[][] kScored,
                double[][] scores, double[][] scaled, double[][] weights, double[][] output) {
    }

    record Result(double scale, List<Head> heads, double[][] output) {
    }

    private NaiveAttention() {
    }

    static Result compute(AttentionInput in) {
        double[][] x = array(in.queryInputs());
        double[][] y = array(in.keyValueInputs());
        boolean additive = in.heads().get(0).vA() != null;
        double scale = !Double.isNaN(in.scale()) ? in.scale() : additive ? 1 : Math.sqrt(in.heads().get(0).wQ().numCols);
        double base = in.rotary() == null ? Double.NaN : in.rotary().base();
        List<Head> heads = new ArrayList<>();
        for (HeadWeights w : in.heads()) {
            double[] vA = w.vA() == null ? null : column(w.vA());
            heads.add(head(x, y, array(w.wQ()), array(w.wK()), array(w.wV()), vA, base, scale, in.mask()));
        }
        if (heads.size() == 1) {
            return new Result(scale, heads, heads.get(0).output());
        }
        int dV = heads.get(0).output()[0].length;
        double[][] concat = new double[x.length][heads.size() * dV];
        for (int h = 0; h < heads.size(); h++) {
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < dV; c++) {
                    concat[i][h * dV + c] = heads.get(h).output()[i][c];
                }
            }
        }
        return new Result(scale, heads, product(concat, array(in.wO())));
    }

    private static Head head(double[][] x, double[][] y, double[][] wQ, double[][] wK, double[][] wV, double[] vA,
                             double ropeBase, double scale, Mask mask) {
        double[][] q = product(x, wQ);
        double[][] k = product(y, wK);
        double[][] v = product(y, wV);
        double[][] qScored = Double.isNaN(ropeBase) ? q : turned(q, ropeBase);
        double[][] kScored = Double.isNaN(ropeBase) ? k : turned(k, ropeBase);
        int n = q.length;
        int m = k.length;
        double[][] scores = new double[n][m];
        double[][] scaled = new double[n][m];
        double[][] weights = new double[n][m];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                for (int c = 0; c < q[i].length; c++) {
                    scores[i][j] += vA == null ? qScored[i][c] * kScored[j][c] : vA[c] * Math.tanh(qScored[i][c] + kScored[j][c]);
                }
                scaled[i][j] = mask.visible(i, j) ? scores[i][j] / scale : Double.NEGATIVE_INFINITY;
                max = Math.max(max, scaled[i][j]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += Math.exp(scaled[i][j] - max);
            }
            for (int j = 0; j < m; j++) {
                weights[i][j] = Math.exp(scaled[i][j] - max) / sum;
            }
        }
        return new Head(q, k, v, qScored, kScored, scores, scaled, weights, product(weights, v));
    }

    /** Row pos with each pair (2i, 2i+1) turned through the angle pos·base^(−2i/d). */
    static double[][] turned(double[][] rows, double base) {
        int d = rows[0].length;
        double[][] t = new double[rows.length][d];
        for (int pos = 0; pos < rows.length; pos++) {
            for (int i = 0; i < d / 2; i++) {
                double angle = pos * Math.pow(base, -2.0 * i / d);
                double a = rows[pos][2 * i];
                double b = rows[pos][2 * i + 1];
                t[pos][2 * i] = a * Math.cos(angle) - b * Math.sin(angle);
                t[pos][2 * i + 1] = a * Math.sin(angle) + b * Math.cos(angle);
            }
        }
        return t;
    }

    private static double[] column(DMatrixRMaj m) {
        double[] c = new double[m.numRows];
        for (int i = 0; i < c.length; i++) {
            c[i] = m.get(i, 0);
        }
        return c;
    }

    private static double[][] product(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[][] array(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }
}
