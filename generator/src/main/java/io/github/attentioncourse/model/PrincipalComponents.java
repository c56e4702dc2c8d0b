package io.github.attentioncourse.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal component analysis of n points in d dimensions: the directions along which the points
 * spread most, one after the other, each at right angles to those before. Computed by the singular
 * value decomposition of the centred points, X − μ = UΣVᵀ: the components are the columns of V,
 * ordered by their singular values σ, largest first, and the variance along a component is σ²/n.
 * A component's sign is arbitrary (−v spreads the points as much as v), so each is turned so that
 * its largest entry in absolute value (the first such, on a tie) is positive: the same points always
 * give the same picture.
 *
 * @param mean          μ, 1×d: the points' mean, subtracted before anything else
 * @param components    the first k components, k×d, orthonormal rows
 * @param variances     the variance of the points along each of them, k, descending
 * @param totalVariance the variance summed over all d dimensions: the share a component keeps is its variance ÷ this
 * @param projection    the points' coordinates along the components, n×k: (x − μ)·vᵀ
 */
public record PrincipalComponents(double[] mean, double[][] components, double[] variances, double totalVariance,
        double[][] projection) {

    /**
     * @param points n×d, n ≥ 2
     * @param k      how many components to keep, 1 to min(n, d)
     */
    public static PrincipalComponents of(double[][] points, int k) {
        int n = points.length;
        int d = points[0].length;
        if (n < 2 || k < 1 || k > Math.min(n, d)) {
            throw new IllegalArgumentException(k + " components of " + n + " points in " + d + " dimensions");
        }
        double[] mean = new double[d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                mean[j] += p[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        // X − μ, n×d
        DMatrixRMaj centred = new DMatrixRMaj(n, d);
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = points[i][j] - mean[j];
                centred.unsafe_set(i, j, c);
                total += c * c;
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, false, true, true);
        if (!svd.decompose(centred.copy())) {
            throw new IllegalStateException("the singular value decomposition did not converge");
        }
        double[] sigma = svd.getSingularValues();
        // V, d×r: its columns are the right singular vectors, in no particular order
        DMatrixRMaj v = svd.getV(null, false);
        Integer[] order = new Integer[svd.numberOfSingularValues()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> sigma[b] != sigma[a] ? Double.compare(sigma[b], sigma[a]) : Integer.compare(a, b));
        double[][] components = new double[k][d];
        double[] variances = new double[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                components[c][j] = v.unsafe_get(j, order[c]);
            }
            orient(components[c]);
            variances[c] = sigma[order[c]] * sigma[order[c]] / n;
        }
        // (X − μ)·Vₖ, n×k
        double[][] projection = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    sum += centred.unsafe_get(i, j) * components[c][j];
                }
                projection[i][c] = sum;
            }
        }
        return new PrincipalComponents(mean, components, variances, total / n, projection);
    }

    /** The share of all the variance that component {@code c} (0-based) keeps. */
    public double share(int c) {
        return variances[c] / totalVariance;
    }

    /** Turns the vector so that its largest entry in absolute value (the first, on a tie) is positive. */
    private static void orient(double[] component) {
        int largest = 0;
        for (int j = 1; j < component.length; j++) {
            if (Math.abs(component[j]) > Math.abs(component[largest])) {
                largest = j;
            }
        }
        if (component[largest] < 0) {
            for (int j = 0; j < component.length; j++) {
                component[j] = -component[j];
            }
        }
    }
}
