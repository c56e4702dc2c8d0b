package io.github.attentioncourse.model;

import org.ejml.data.DMatrixRMaj;

/** −log softmax(logits)[target], computed as log Σ exp(l − max) + max − l_target, which cannot overflow. */
final class CrossEntropy {

    private CrossEntropy() {
    }

    static double loss(DMatrixRMaj logits, int row, int target) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < logits.numCols; v++) {
            max = Math.max(max, logits.unsafe_get(row, v));
        }
        double sum = 0;
        for (int v = 0; v < logits.numCols; v++) {
            sum += StrictMath.exp(logits.unsafe_get(row, v) - max);
        }
        return StrictMath.log(sum) + max - logits.unsafe_get(row, target);
    }
}
