package io.github.attentioncourse.markdown.internal;

import org.ejml.data.DMatrixRMaj;

/** A model's matrices as the arrays of rows that figures and their JSON take. */
final class Rows {

    private Rows() {
    }

    static double[] row(DMatrixRMaj m, int i) {
        double[] row = new double[m.numCols];
        for (int j = 0; j < row.length; j++) {
            row[j] = m.unsafe_get(i, j);
        }
        return row;
    }

    static double[][] of(DMatrixRMaj m) {
        double[][] rows = new double[m.numRows][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(m, i);
        }
        return rows;
    }
}
