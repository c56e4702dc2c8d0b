package io.github.attentioncourse.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Position signals added to the input rows, since attention by itself ignores word order
 * (Vaswani et al. 2017, §3.5).
 */
public final class PositionalEncoding {

    private PositionalEncoding() {
    }

    /**
     * Sinusoidal encodings of Vaswani et al. 2017: PE(pos,2i)=sin(pos/10000^(2i/d)),
     * PE(pos,2i+1)=cos(pos/10000^(2i/d)); n×d, positions 0..n-1; works for odd d.
     *
     * @param n number of positions, at least 1
     * @param d width of each encoding (d_model), at least 1
     * @throws IllegalArgumentException if n or d is below 1
     */
    public static DMatrixRMaj sinusoidal(int n, int d) {
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("positional encoding of " + n + "×" + d
                    + ": it needs at least one position and one dimension");
        }
        DMatrixRMaj PE = new DMatrixRMaj(n, d);
        for (int pos = 0; pos < n; pos++) {
            for (int c = 0; c < d; c++) {
                // Columns 2i and 2i+1 share one frequency; an odd d leaves the last sine unpaired.
                int twoI = c - c % 2;
                double angle = pos / StrictMath.pow(10000, (double) twoI / d);
                PE.unsafe_set(pos, c, c % 2 == 0 ? StrictMath.sin(angle) : StrictMath.cos(angle));
            }
        }
        return PE;
    }
}
