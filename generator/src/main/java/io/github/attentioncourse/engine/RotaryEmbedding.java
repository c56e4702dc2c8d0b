package io.github.attentioncourse.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Rotary position embedding, RoPE (Su et al. 2021, "RoFormer: Enhanced Transformer with Rotary
 * Position Embedding"): the query and the key of the token at position pos are turned, pair
 * of dimensions by pair, through the angle pos·θ_i, with θ_i = base^(−2i/d_k):
 * <pre>
 *   x̃_2i   = x_2i·cos(pos·θ_i) − x_2i+1·sin(pos·θ_i)
 *   x̃_2i+1 = x_2i·sin(pos·θ_i) + x_2i+1·cos(pos·θ_i)
 * </pre>
 * Turning q by mθ and k by nθ turns their dot product by (n − m)θ only, so q̃·k̃ depends on the
 * offset between the two positions and not on where the pair stands. Positions count from 0.
 *
 * @param base the base of the frequencies; Su et al. use 10000, like the sinusoidal encodings
 */
public record RotaryEmbedding(double base) {

    /** The base of Su et al. 2021. */
    public static final double BASE = 10000;

    public RotaryEmbedding {
        if (!(base > 1 && Double.isFinite(base))) {
            throw new IllegalArgumentException("RoPE base is " + base + ": it must be finite and greater than 1");
        }
    }

    /**
     * @param rows n×d, d even: row pos is the query or key of the token at position pos; not modified
     * @return a new n×d matrix with every row turned by its position
     * @throws IllegalArgumentException if d is odd, since dimensions are turned in pairs
     */
    public DMatrixRMaj rotate(DMatrixRMaj rows) {
        int d = rows.numCols;
        if (d % 2 != 0) {
            throw new IllegalArgumentException("RoPE of rows " + InputCheck.shape(rows) + ": d must be even, "
                    + "since dimensions are turned in pairs");
        }
        DMatrixRMaj turned = new DMatrixRMaj(rows.numRows, d);
        for (int pos = 0; pos < rows.numRows; pos++) {
            for (int i = 0; i < d / 2; i++) {
                // θ_i = base^(−2i/d); StrictMath, so that the same bits come out on every JVM and CPU.
                double angle = pos * StrictMath.pow(base, -2.0 * i / d);
                double cos = StrictMath.cos(angle);
                double sin = StrictMath.sin(angle);
                double even = rows.unsafe_get(pos, 2 * i);
                double odd = rows.unsafe_get(pos, 2 * i + 1);
                turned.unsafe_set(pos, 2 * i, even * cos - odd * sin);
                turned.unsafe_set(pos, 2 * i + 1, even * sin + odd * cos);
            }
        }
        return turned;
    }
}
