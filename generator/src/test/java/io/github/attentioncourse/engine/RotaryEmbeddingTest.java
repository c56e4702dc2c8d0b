package io.github.attentioncourse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RotaryEmbeddingTest {

    private static final RotaryEmbedding ROPE = new RotaryEmbedding(RotaryEmbedding.BASE);

    @Test
    void leavesPositionZeroAsItIs() {
        DMatrixRMaj rows = new DMatrixRMaj(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        DMatrixRMaj turned = ROPE.rotate(rows);
        for (int c = 0; c < 4; c++) {
            assertEquals(rows.get(0, c), turned.get(0, c), 0.0, "column " + c);
        }
    }

    @Test
    void turnsTheFirstPairOneRadianPerPosition() {
        // θ_0 = 10000^0 = 1: [1, 0] at position 3 becomes [cos 3, sin 3] = [−0.989992, 0.141120].
        DMatrixRMaj rows = new DMatrixRMaj(new double[][] {{1, 0}, {1, 0}, {1, 0}, {1, 0}});
        DMatrixRMaj turned = ROPE.rotate(rows);
        assertEquals(-0.989992, turned.get(3, 0), 1e-6);
        assertEquals(0.141120, turned.get(3, 1), 1e-6);
    }

    @Test
    void turnsLaterPairsSlowerByTheBaseToTheMinusTwoIOverD() {
        // d = 4: pair 1 turns by 10000^(−2/4) = 0.01 rad per position, so at position 2 by 0.02.
        DMatrixRMaj rows = new DMatrixRMaj(new double[][] {{0, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 0, 1}});
        DMatrixRMaj turned = ROPE.rotate(rows);
        assertEquals(-Math.sin(0.02), turned.get(2, 2), 1e-15);
        assertEquals(Math.cos(0.02), turned.get(2, 3), 1e-15);
    }

    @Test
    void keepsTheLengthOfEveryPair() {
        DMatrixRMaj rows = new DMatrixRMaj(new double[][] {{3, 4, -1, 2}, {3, 4, -1, 2}, {3, 4, -1, 2}, {3, 4, -1, 2}});
        DMatrixRMaj turned = ROPE.rotate(rows);
        for (int pos = 0; pos < 4; pos++) {
            assertEquals(5, Math.hypot(turned.get(pos, 0), turned.get(pos, 1)), 1e-12);
            assertEquals(Math.sqrt(5), Math.hypot(turned.get(pos, 2), turned.get(pos, 3)), 1e-12);
        }
    }

    @Test
    void rejectsAnOddWidth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ROPE.rotate(new DMatrixRMaj(2, 3)));
        assertTrue(e.getMessage().contains("d must be even"), e.getMessage());
    }

    @Test
    void rejectsABaseThatTurnsNothingApart() {
        assertThrows(IllegalArgumentException.class, () -> new RotaryEmbedding(1));
        assertThrows(IllegalArgumentException.class, () -> new RotaryEmbedding(Double.NaN));
    }
}
