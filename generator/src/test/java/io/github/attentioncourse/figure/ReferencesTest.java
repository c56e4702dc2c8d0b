package io.github.attentioncourse.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadWeights;
import io.github.attentioncourse.engine.Mask;
import io.github.attentioncourse.figure.References.Cell;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void comparesTwoWeightsByTheirShownPercentages() {
        // Weights 0.50, 0.49 and 0.01: one query, its scaled scores their logarithms.
        AttentionTrace trace = oneQuery(Math.log(0.50), Math.log(0.49), Math.log(0.01));
        assertEquals("1 percentage point higher than", References.PERCENT.compare(cell(trace, 0), cell(trace, 1)));
        assertEquals("49 percentage points lower than", References.PERCENT.compare(cell(trace, 2), cell(trace, 0)));
        assertEquals("0.48 higher than", References.WEIGHT.compare(cell(trace, 1), cell(trace, 2)));
        assertEquals("the same as", References.PERCENT.compare(cell(trace, 1), cell(trace, 1)));
    }

    @Test
    void comparesScoresByTheirShownTwoDecimals() {
        AttentionTrace trace = oneQuery(1.004, 0.594, 1.0);
        assertEquals("0.41 higher than", References.SCORE.compare(cell(trace, 0), cell(trace, 1)));
        assertEquals("the same as", References.SCORE.compare(cell(trace, 0), cell(trace, 2)),
                "1.004 and 1.0 both read 1.00");
    }

    @Test
    void saysLessThanOnePointWhereTheShownWeightsDifferByLess() {
        // A share under half a percent reads "<1%", a masked key "0%": both round to 0 hundredths.
        AttentionTrace trace = oneQuery(Mask.padding(Set.of(1)), 0, Double.NaN, -6);
        Cell small = cell(trace, 2);
        Cell masked = cell(trace, 1);
        assertEquals("<1%", References.PERCENT.format(trace, 0, 0, 2));
        assertEquals("less than 1 percentage point higher than", References.PERCENT.compare(small, masked));
        assertEquals("less than 0.01 lower than", References.WEIGHT.compare(masked, small));
    }

    @Test
    void refusesToCompareAMaskedScore() {
        AttentionTrace trace = oneQuery(Mask.padding(Set.of(1)), 0, Double.NaN);
        assertFalse(References.SCORE.comparable(trace, 0, 0, 1));
        assertTrue(References.SCORE.comparable(trace, 0, 0, 0));
        assertTrue(References.PERCENT.comparable(trace, 0, 0, 1), "a masked weight is 0, which compares");
    }

    @Test
    void writesAnEmbeddingAsTheBlockWritesIt() {
        assertEquals("[1, 0.5, -2, 0.001]", References.vector(new double[] {1, 0.5, -2, 1e-3}));
    }

    private static Cell cell(AttentionTrace trace, int key) {
        return new Cell(trace, 0, 0, key);
    }

    private static AttentionTrace oneQuery(double... scaledScores) {
        return oneQuery(Mask.none(), scaledScores);
    }

    /** One query whose scaled scores are {@code scaledScores}: x = [1], key j = [s_j], identity projections, scale 1. */
    private static AttentionTrace oneQuery(Mask mask, double... scaledScores) {
        DMatrixRMaj keys = new DMatrixRMaj(scaledScores.length, 1);
        for (int j = 0; j < scaledScores.length; j++) {
            keys.set(j, 0, Double.isNaN(scaledScores[j]) ? 0 : scaledScores[j]);
        }
        DMatrixRMaj one = new DMatrixRMaj(new double[][] {{1}});
        return Attention.compute(new AttentionInput(one, keys, List.of(new HeadWeights(one, one, one)), null, 1, mask));
    }
}
