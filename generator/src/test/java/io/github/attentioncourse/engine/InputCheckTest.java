package io.github.attentioncourse.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    private static final DMatrixRMaj X = new DMatrixRMaj(3, 4);
    private static final HeadWeights HEAD = head(4, 2, 5);

    @Test
    void acceptsWellFormedSingleAndMultiHeadInput() {
        assertDoesNotThrow(() -> InputCheck.require(input(new DMatrixRMaj(6, 4), List.of(HEAD), null, Double.NaN)));
        assertDoesNotThrow(() -> InputCheck.require(input(X, List.of(HEAD, HEAD), new DMatrixRMaj(10, 4), 3)));
    }

    @Test
    void rejectsKeyValueInputsOfAnotherWidth() {
        assertRejected("keyValueInputs Y is 3×5", input(new DMatrixRMaj(3, 5), List.of(HEAD), null, Double.NaN));
    }

    @Test
    void rejectsEmptyInputs() {
        assertRejected("queryInputs X is 0×4",
                new AttentionInput(new DMatrixRMaj(0, 4), X, List.of(HEAD), null, Double.NaN, Mask.none()));
        assertRejected("heads is empty", input(X, List.of(), null, Double.NaN));
    }

    @Test
    void rejectsProjectionWithWrongRowCount() {
        HeadWeights bad = new HeadWeights(new DMatrixRMaj(4, 2), new DMatrixRMaj(3, 2), new DMatrixRMaj(4, 5));
        assertRejected("head 1 W_K is 3×2", input(X, List.of(bad), null, Double.NaN));
    }

    @Test
    void rejectsQueriesAndKeysOfDifferentWidths() {
        HeadWeights bad = new HeadWeights(new DMatrixRMaj(4, 2), new DMatrixRMaj(4, 3), new DMatrixRMaj(4, 5));
        assertRejected("head 1 W_Q is 4×2 but W_K is 4×3", input(X, List.of(bad), null, Double.NaN));
    }

    @Test
    void rejectsHeadsOfDifferentWidths() {
        assertRejected("head 2 W_Q is 4×3", input(X, List.of(HEAD, head(4, 3, 5)), new DMatrixRMaj(10, 4), 1));
        assertRejected("head 2 W_V is 4×6", input(X, List.of(HEAD, head(4, 2, 6)), new DMatrixRMaj(11, 4), 1));
    }

    @Test
    void rejectsHeadsThatScoreInDifferentWays() {
        HeadWeights additive = new HeadWeights(new DMatrixRMaj(4, 2), new DMatrixRMaj(4, 2), new DMatrixRMaj(4, 5),
                new DMatrixRMaj(2, 1));
        assertRejected("head 2 has v_a but head 1 has none", input(X, List.of(HEAD, additive), new DMatrixRMaj(10, 4), 1));
    }

    @Test
    void rejectsAdditiveWeightsOfAnotherLengthThanDk() {
        HeadWeights bad = new HeadWeights(new DMatrixRMaj(4, 2), new DMatrixRMaj(4, 2), new DMatrixRMaj(4, 5),
                new DMatrixRMaj(3, 1));
        assertRejected("head 1 v_a is 3×1 but d_k is 2", input(X, List.of(bad), null, Double.NaN));
    }

    @Test
    void rejectsRotaryEmbeddingsOfAnOddDk() {
        AttentionInput in = new AttentionInput(X, X, List.of(head(4, 3, 5)), null, Double.NaN, Mask.none(),
                new RotaryEmbedding(RotaryEmbedding.BASE));
        assertRejected("d_k is 3 but rotary embeddings turn", in);
    }

    @Test
    void rejectsMissingOutputProjectionForSeveralHeads() {
        assertRejected("W_O is null", input(X, List.of(HEAD, HEAD), null, Double.NaN));
    }

    @Test
    void rejectsOutputProjectionOfWrongShapeForSingleHead() {
        assertRejected("W_O is 4×4", input(X, List.of(HEAD), new DMatrixRMaj(4, 4), Double.NaN));
    }

    @Test
    void acceptsAnOutputProjectionForSingleHead() {
        InputCheck.require(input(X, List.of(HEAD), new DMatrixRMaj(5, 4), Double.NaN));
    }

    @Test
    void rejectsOutputProjectionOfWrongShape() {
        assertRejected("W_O is 10×3", input(X, List.of(HEAD, HEAD), new DMatrixRMaj(10, 3), Double.NaN));
    }

    @Test
    void rejectsScaleThatIsNotPositiveAndFinite() {
        for (double scale : new double[] {0, -2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertRejected("scale is " + scale, input(X, List.of(HEAD), null, scale));
        }
    }

    private static void assertRejected(String expectedInMessage, AttentionInput in) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputCheck.require(in));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    private static AttentionInput input(DMatrixRMaj Y, List<HeadWeights> heads, DMatrixRMaj wO, double scale) {
        return new AttentionInput(X, Y, heads, wO, scale, Mask.none());
    }

    private static HeadWeights head(int dModel, int dK, int dV) {
        return new HeadWeights(new DMatrixRMaj(dModel, dK), new DMatrixRMaj(dModel, dK), new DMatrixRMaj(dModel, dV));
    }
}
