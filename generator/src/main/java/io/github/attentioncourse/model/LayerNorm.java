package io.github.attentioncourse.model;

import io.github.attentioncourse.model.Weights.Norm;
import org.ejml.data.DMatrixRMaj;

/** LayerNorm over each row of a matrix, and its gradient. */
final class LayerNorm {

    static final double EPSILON = NormTrace.EPSILON;

    private LayerNorm() {
    }

    static NormTrace forward(DMatrixRMaj x, Norm norm) {
        int n = x.numRows;
        int d = x.numCols;
        double[] mean = new double[n];
        double[] variance = new double[n];
        DMatrixRMaj normalized = new DMatrixRMaj(n, d);
        DMatrixRMaj y = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            // μ = Σ_c x_c / d
            double sum = 0;
            for (int c = 0; c < d; c++) {
                sum += x.unsafe_get(i, c);
            }
            mean[i] = sum / d;
            // σ² = Σ_c (x_c − μ)² / d
            double squares = 0;
            for (int c = 0; c < d; c++) {
                double centred = x.unsafe_get(i, c) - mean[i];
                squares += centred * centred;
            }
            variance[i] = squares / d;
            double inverse = 1 / StrictMath.sqrt(variance[i] + EPSILON);
            for (int c = 0; c < d; c++) {
                double xHat = (x.unsafe_get(i, c) - mean[i]) * inverse;
                normalized.unsafe_set(i, c, xHat);
                y.unsafe_set(i, c, norm.gain().data[c] * xHat + norm.bias().data[c]);
            }
        }
        return new NormTrace(x, mean, variance, normalized, y);
    }

    /**
     * Adds ∂L/∂γ and ∂L/∂β into {@code grad} and returns ∂L/∂x:
     * ∂L/∂x = (∂L/∂x̂ − mean(∂L/∂x̂) − x̂ · mean(∂L/∂x̂ ⊙ x̂)) / √(σ² + ε), with ∂L/∂x̂ = ∂L/∂y ⊙ γ.
     */
    static DMatrixRMaj backward(NormTrace t, Norm norm, DMatrixRMaj dY, Norm grad) {
        int n = dY.numRows;
        int d = dY.numCols;
        DMatrixRMaj dX = new DMatrixRMaj(n, d);
        double[] dXHat = new double[d];
        for (int i = 0; i < n; i++) {
            double sumDXHat = 0;
            double sumDXHatXHat = 0;
            for (int c = 0; c < d; c++) {
                double dy = dY.unsafe_get(i, c);
                double xHat = t.normalized().unsafe_get(i, c);
                grad.gain().data[c] += dy * xHat;
                grad.bias().data[c] += dy;
                dXHat[c] = dy * norm.gain().data[c];
                sumDXHat += dXHat[c];
                sumDXHatXHat += dXHat[c] * xHat;
            }
            double inverse = 1 / StrictMath.sqrt(t.variance()[i] + EPSILON);
            for (int c = 0; c < d; c++) {
                double xHat = t.normalized().unsafe_get(i, c);
                dX.unsafe_set(i, c, (dXHat[c] - sumDXHat / d - xHat * sumDXHatXHat / d) * inverse);
            }
        }
        return dX;
    }
}
