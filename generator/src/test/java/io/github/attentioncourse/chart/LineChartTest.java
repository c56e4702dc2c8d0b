package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static LineData loss(String prefix, LineData.Series... series) {
        return new LineData(prefix, "Loss during training", "The loss by training step.", "training step", "loss", List.of(series));
    }

    private static LineData.Series curve() {
        return new LineData.Series("loss", new double[] {0, 100, 200, 300}, new double[] {3.7, 2.1, 1.25, 1.125}, false);
    }

    @Test
    void namesItselfAndItsAxesForScreenReaders() throws Exception {
        String svg = Charts.line(loss("l-", curve()));
        assertEquals("Loss during training", Svg.elements(svg, "title").get(0).getTextContent());
        assertTrue(svg.contains("aria-labelledby=\"l-title l-desc\""), svg);
        List<String> texts = Svg.texts(svg);
        assertTrue(texts.containsAll(List.of("training step", "loss")), texts.toString());
    }

    @Test
    void writesTickLabelsTheSameInEveryLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = Charts.line(loss("l-", curve()));
            Locale.setDefault(Locale.ROOT);
            assertEquals(Charts.line(loss("l-", curve())), german);
            assertFalse(Svg.texts(german).stream().anyMatch(t -> t.matches(".*\\d,\\d.*")), Svg.texts(german).toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void marksPointsOnlyWhereAskedAndKeysSeveralLines() throws Exception {
        String one = Charts.line(loss("l-", curve()));
        LineData.Series steps = new LineData.Series("steps", new double[] {0, 1, 2}, new double[] {3, 2, 1.5}, true);
        String two = Charts.line(loss("l-", curve(), steps));
        // JFreeSVG draws a point's circle as a path of curves.
        assertEquals(0, markers(one));
        assertTrue(markers(two) >= 3, "three points, and the key's sample: " + markers(two));
        assertTrue(Svg.texts(two).containsAll(List.of("loss", "steps")), Svg.texts(two).toString());
    }

    private static long markers(String svg) throws Exception {
        return Svg.elements(svg, "path").stream().filter(p -> p.getAttribute("d").contains("C")).count();
    }

    @Test
    void joinsMarkedPointsInTheOrderGivenBackAndForth() throws Exception {
        String svg = Charts.line(Samples.descent("l-"));
        // The steps' path: from x = -1 right to 2.5, back left to 0.2, each move a segment of one path.
        List<String> paths = Svg.elements(svg, "path").stream().map(p -> p.getAttribute("d"))
                .filter(d -> d.startsWith("M") && !d.contains("C") && d.chars().filter(c -> c == 'L').count() == 2).toList();
        assertEquals(1, paths.size(), paths.toString());
        double[] xs = Arrays.stream(paths.get(0).substring(1).split("L")).mapToDouble(p -> Double.parseDouble(p.split(",")[0])).toArray();
        assertTrue(xs[1] > xs[0] && xs[2] < xs[1], paths.get(0));
    }

    @Test
    void refusesPointsOutOfOrderOrNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> new LineData.Series("x", new double[] {1, 0}, new double[] {1, 1}, false));
        assertThrows(IllegalArgumentException.class, () -> new LineData.Series("x", new double[] {0}, new double[] {Double.NaN}, false));
    }
}
