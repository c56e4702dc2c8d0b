package io.github.attentioncourse.model;

import java.nio.ByteBuffer;
import java.util.Base64;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix as text: its entries as float32, big-endian, row by row, in base64. Four bytes an entry
 * is a third of the shortest decimal that gives a float back exactly, base64 is what a browser
 * decodes without a library (atob and a DataView), and float32 loses nothing since training
 * rounds every weight to float32 at its end.
 */
public final class TensorCodec {

    private TensorCodec() {
    }

    /** The entries of {@code m}, every one a float32, as weights.txt writes them. */
    public static String encode(DMatrixRMaj m) {
        ByteBuffer bytes = ByteBuffer.allocate(m.data.length * Float.BYTES);
        for (int i = 0; i < m.getNumElements(); i++) {
            float f = (float) m.data[i];
            if (f != m.data[i]) {
                throw new IllegalStateException("entry " + i + " is " + m.data[i] + ", not a float32: round the"
                        + " weights before writing them");
            }
            bytes.putFloat(f);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * @throws IllegalArgumentException naming what is wrong: not base64, the wrong number of bytes, or an entry
     *                                  that is not finite
     */
    static DMatrixRMaj decode(String text, int rows, int cols) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its numbers are not valid base64 (" + e.getMessage() + ")");
        }
        if (bytes.length != rows * cols * Float.BYTES) {
            throw new IllegalArgumentException("its numbers take " + bytes.length + " bytes but " + rows + "×" + cols
                    + " float32 take " + rows * cols * Float.BYTES);
        }
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int i = 0; i < rows * cols; i++) {
            float f = buffer.getFloat();
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is " + f + ", not a finite number");
            }
            m.data[i] = f;
        }
        return m;
    }
}
