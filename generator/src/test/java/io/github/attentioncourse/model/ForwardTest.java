package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.Mask;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ForwardTest {

    private static final Architecture SHAPE = new Architecture(2, 2, 8, 12, 6);
    private static final Weights W = Initialization.draw(SHAPE, 9, new SplitMix64(3));
    private static final int[] TOKENS = {4, 1, 8, 0, 2};

    @Test
    void attendsWithTheEnginesAttentionOnTheNormalisedInput() {
        ForwardTrace t = Forward.run(W, TOKENS, Mask.none());
        for (int l = 0; l < SHAPE.layers(); l++) {
            LayerTrace layer = t.layers().get(l);
            Weights.Block block = W.blocks().get(l);
            AttentionTrace engine = Attention.compute(new AttentionInput(layer.norm1().output(), layer.norm1().output(),
                    block.heads(), block.wO(), Double.NaN, Mask.none()));
            assertArrayEquals(engine.output().data, layer.attention().output().data);
            // x + MultiHead(LN₁(x)), then + FFN: the residual stream adds, it never replaces.
            for (int i = 0; i < layer.input().data.length; i++) {
                assertEquals(layer.input().data[i] + engine.output().data[i], layer.afterAttention().data[i]);
                assertEquals(layer.afterAttention().data[i] + layer.feedForward().data[i], layer.output().data[i]);
            }
        }
    }

    @Test
    void normalisesEachRowToMeanZeroAndVarianceOneBeforeGainAndBias() {
        NormTrace n = Forward.run(W, TOKENS, Mask.none()).layers().get(0).norm1();
        for (int i = 0; i < TOKENS.length; i++) {
            double sum = 0;
            double squares = 0;
            for (int c = 0; c < SHAPE.dModel(); c++) {
                sum += n.normalized().get(i, c);
                squares += n.normalized().get(i, c) * n.normalized().get(i, c);
            }
            assertEquals(0, sum / SHAPE.dModel(), 1e-12);
            // Variance σ²/(σ² + ε): 1 but for the ε that keeps the division safe.
            double variance = n.variance()[i];
            assertEquals(variance / (variance + LayerNorm.EPSILON), squares / SHAPE.dModel(), 1e-12);
        }
    }

    @Test
    void givesProbabilitiesThatSumToOne() {
        DMatrixRMaj p = Forward.run(W, TOKENS, Mask.none()).probabilities();
        for (int i = 0; i < p.numRows; i++) {
            double sum = 0;
            for (int v = 0; v < p.numCols; v++) {
                sum += p.get(i, v);
            }
            assertEquals(1, sum, 1e-12);
        }
    }

    @Test
    void underTheCausalMaskAWordsOutputIgnoresTheWordsAfterIt() {
        int[] changed = TOKENS.clone();
        changed[4] = 7;
        DMatrixRMaj a = Forward.run(W, TOKENS, Mask.causal()).logits();
        DMatrixRMaj b = Forward.run(W, changed, Mask.causal()).logits();
        for (int i = 0; i < 4; i++) {
            for (int v = 0; v < a.numCols; v++) {
                assertEquals(a.get(i, v), b.get(i, v), "position " + i);
            }
        }
        assertTrue(a.get(4, 0) != b.get(4, 0));
    }

    @Test
    void computesTheSameOutputRowsWhenOnlyTheTargetedOnesAreAskedFor() {
        int[] targets = {Backward.NO_TARGET, 3, Backward.NO_TARGET, Backward.NO_TARGET, 5};
        ForwardTrace all = Forward.run(W, TOKENS, Mask.none());
        ForwardTrace some = Forward.run(W, TOKENS, Mask.none(), targets);
        for (int i : new int[] {1, 4}) {
            for (int v = 0; v < all.logits().numCols; v++) {
                assertEquals(all.logits().get(i, v), some.logits().get(i, v));
                assertEquals(all.probabilities().get(i, v), some.probabilities().get(i, v));
            }
        }
    }

    @Test
    void refusesASentenceLongerThanTheContext() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Forward.run(W, new int[7], Mask.none()));
        assertTrue(e.getMessage().contains("the model reads 1 to 6"), e.getMessage());
    }
}
