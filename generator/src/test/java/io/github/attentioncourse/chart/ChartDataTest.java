package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    private static final List<String> AB = List.of("a", "b");

    @Test
    void rejectsIdPrefixesThatAreNotSafeIds() {
        for (String prefix : new String[] {"", "1fig", "fig 1", "fig:1", "fig\"", null}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new BarData(prefix, "t", "d", AB, new double[] {0.5, 0.5}, -1), String.valueOf(prefix));
        }
    }

    @Test
    void rejectsWeightsOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class,
                () -> new HeatmapData("h-", "t", "d", AB, AB, new double[][] {{1, 0}}));
        assertThrows(IllegalArgumentException.class,
                () -> new HeatmapData("h-", "t", "d", AB, AB, new double[][] {{1, 0}, {1}}));
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", AB, new double[] {1}, -1));
    }

    @Test
    void rejectsWeightsOutsideTheUnitIntervalButAcceptsMasks() {
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", AB, new double[] {1.5, 0}, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", AB, new double[] {-0.1, 0}, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", AB, new double[] {Double.POSITIVE_INFINITY, 0}, -1));
        assertTrue(Double.isNaN(new BarData("b-", "t", "d", AB, new double[] {Double.NaN, 1}, -1).weights()[0]));
    }

    @Test
    void clampsRoundingNoiseAtTheEndsOfTheInterval() {
        BarData data = new BarData("b-", "t", "d", AB, new double[] {1 + 1e-12, -1e-12}, -1);
        assertEquals(1, data.weights()[0]);
        assertEquals(0, data.weights()[1]);
    }

    @Test
    void rejectsEmptyTokensAndAHighlightOutOfRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", List.of(), new double[0], -1));
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", AB, new double[] {0.5, 0.5}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new BarData("b-", "t", "d", AB, new double[] {0.5, 0.5}, -2));
        assertThrows(NullPointerException.class,
                () -> new HeatmapData("h-", null, "d", AB, AB, new double[][] {{1, 0}, {0, 1}}));
    }

    @Test
    void keepsItsOwnCopiesOfTheInputs() {
        List<String> tokens = new ArrayList<>(AB);
        double[][] weights = {{1, 0}, {0, 1}};
        HeatmapData data = new HeatmapData("h-", "t", "d", tokens, tokens, weights);
        String before = Charts.heatmap(data);
        tokens.set(0, "changed");
        weights[0][0] = 0.5;
        data.weights()[1][1] = 0.5;
        assertEquals(before, Charts.heatmap(data));
    }
}
