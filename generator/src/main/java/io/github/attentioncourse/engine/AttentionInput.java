package io.github.attentioncourse.engine;

import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Everything {@link Attention#compute} needs. The matrices are read, never written.
 *
 * @param queryInputs    X, n×d_model: rows fed to the query projection, after any positional encoding
 * @param keyValueInputs Y, m×d_model: rows fed to the key and value projections; the same
 *                       matrix as {@code queryInputs} for self-attention
 * @param heads          one or more heads, all with the same d_k and the same d_v
 * @param wO             W_O, (h·d_v)×d_model; required for several heads, optional for one
 * @param scale          divisor of QKᵀ; {@link Double#NaN} means √d_k
 * @param mask           which keys each query may see
 */
public record AttentionInput(
        DMatrixRMaj queryInputs,
        DMatrixRMaj keyValueInputs,
        List<HeadWeights> heads,
        DMatrixRMaj wO,
        double scale,
        Mask mask) {

    public AttentionInput {
        Objects.requireNonNull(queryInputs, "queryInputs");
        Objects.requireNonNull(keyValueInputs, "keyValueInputs");
        heads = List.copyOf(heads);
        Objects.requireNonNull(mask, "mask");
    }
}
