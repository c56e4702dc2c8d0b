package io.github.attentioncourse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class PositionalEncodingTest {

    @Test
    void hasOneRowPerPositionAndOneColumnPerDimension() {
        DMatrixRMaj PE = PositionalEncoding.sinusoidal(7, 4);
        assertEquals(7, PE.numRows);
        assertEquals(4, PE.numCols);
    }

    @Test
    void positionZeroAlternatesZeroAndOne() {
        // pos = 0 makes every angle 0: sin 0 = 0 in even columns, cos 0 = 1 in odd ones.
        DMatrixRMaj PE = PositionalEncoding.sinusoidal(3, 6);
        double[] expected = {0, 1, 0, 1, 0, 1};
        for (int c = 0; c < 6; c++) {
            assertEquals(expected[c], PE.get(0, c), 0.0, "column " + c);
        }
    }

    @Test
    void firstPairHasFrequencyOne() {
        // i = 0 gives 10000^0 = 1, so the angle is the position itself.
        DMatrixRMaj PE = PositionalEncoding.sinusoidal(4, 6);
        assertEquals(Math.sin(1), PE.get(1, 0), 1e-15);
        assertEquals(Math.cos(1), PE.get(1, 1), 1e-15);
        assertEquals(Math.sin(3), PE.get(3, 0), 1e-15);
    }

    @Test
    void secondPairSlowsByTenThousandToTheTwoOverD() {
        int d = 6;
        DMatrixRMaj PE = PositionalEncoding.sinusoidal(5, d);
        for (int pos = 0; pos < 5; pos++) {
            double angle = pos / Math.pow(10000, 2.0 / d);
            assertEquals(Math.sin(angle), PE.get(pos, 2), 1e-15, "PE(" + pos + ",2)");
            assertEquals(Math.cos(angle), PE.get(pos, 3), 1e-15, "PE(" + pos + ",3)");
        }
    }

    @Test
    void oddWidthEndsWithUnpairedSine() {
        int d = 5;
        DMatrixRMaj PE = PositionalEncoding.sinusoidal(3, d);
        assertEquals(5, PE.numCols);
        for (int pos = 0; pos < 3; pos++) {
            assertEquals(Math.sin(pos / Math.pow(10000, 4.0 / d)), PE.get(pos, 4), 1e-15, "PE(" + pos + ",4)");
        }
    }

    @Test
    void widthOneIsTheSineOfThePosition() {
        DMatrixRMaj PE = PositionalEncoding.sinusoidal(3, 1);
        assertEquals(Math.sin(2), PE.get(2, 0), 1e-15);
    }

    @Test
    void rejectsEmptyShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PositionalEncoding.sinusoidal(0, 4));
        assertTrue(e.getMessage().contains("0×4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PositionalEncoding.sinusoidal(3, 0));
    }
}
