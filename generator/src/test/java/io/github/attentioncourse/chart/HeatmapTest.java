package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class HeatmapTest {

    @Test
    void labelsEveryCellWithItsWeightAsAPercentage() throws Exception {
        List<String> cells = new ArrayList<>(cellLabels(Charts.heatmap(Samples.heatmap("h-"))));
        List<String> expected = new ArrayList<>(List.of("5%", "15%", "30%", "50%", "35%", "55%", "5%",
                "5%", "20%", "50%", "25%", "5%", "10%", "20%", "30%", "40%"));
        Collections.sort(expected);
        Collections.sort(cells);
        assertEquals(expected, cells);
    }

    @Test
    void showsATinyWeightAsLessThanOnePercentAndAMaskedCellAsMasked() throws Exception {
        List<String> tokens = List.of("a", "b", "c");
        String svg = Charts.heatmap(new HeatmapData("h-", "t", "d", tokens, tokens, new double[][] {
            {1, Double.NaN, Double.NaN}, {0.004, 0.996, Double.NaN}, {0.005, 0.5, 0.495}}));
        assertEquals(List.of("100%", "<1%", ">99%", "1%", "50%", "49%"), cellLabels(svg), "the double nearest 0.495 is just under it");
        assertEquals(3, Svg.textsReading(svg, Labels.MASKED).size());
        assertTrue(Svg.textsReading(svg, "0%").stream().allMatch(t -> t.getAttribute("style").contains("font-size: 11px")),
                "0% only on the legend");
    }

    @Test
    void showsAColourLegendFromZeroToHundredPercent() throws Exception {
        List<String> texts = Svg.texts(Charts.heatmap(Samples.heatmap("h-")));
        assertTrue(texts.containsAll(List.of("0%", "25%", "50%", "75%", "100%")), texts.toString());
    }

    @Test
    void marksMaskedCellsGreyHatchedAndLabelled() throws Exception {
        String svg = Charts.heatmap(Samples.causalHeatmap("h-"));
        assertEquals(6, Svg.textsReading(svg, Labels.MASKED).size());
        assertTrue(svg.contains("fill:rgb(217,217,217)"), "masked grey");
        assertEquals(6, Svg.elements(svg, "path").size(), "one hatch path per masked cell");
    }

    @Test
    void marksMaskedCellsWithADashWhenTheWordWouldNotFit() throws Exception {
        int n = 20;
        double[][] causal = new double[n][n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                causal[q][k] = k <= q ? 1.0 / (q + 1) : Double.NaN;
            }
        }
        List<String> tokens = IntStream.range(0, n).mapToObj(i -> "t" + i).toList();
        String svg = Charts.heatmap(new HeatmapData("h-", "t", "d", tokens, tokens, causal));
        assertEquals(n * (n - 1) / 2, Svg.textsReading(svg, Labels.MASKED_SHORT).size());
    }

    @Test
    void labelsEveryTokenOnBothAxesWithAxisTitles() throws Exception {
        List<String> tokens = List.of("I", "love", "AI", ".");
        String svg = Charts.heatmap(Samples.uniformHeatmap(tokens));
        for (String token : tokens) {
            assertEquals(2, Svg.textsReading(svg, token).size(), token);
        }
        assertEquals(1, Svg.textsReading(svg, "key").size());
        assertEquals(1, Svg.textsReading(svg, "query").size());
    }

    @Test
    void keepsEachPositionOfARepeatedToken() throws Exception {
        String svg = Charts.heatmap(Samples.heatmap("h-"));
        assertEquals(4, Svg.textsReading(svg, "the").size(), "twice per axis");
        assertEquals(16, cellLabels(svg).size());
    }

    @Test
    void writesBlackOnLightCellsAndWhiteOnDarkCells() throws Exception {
        String svg = Charts.heatmap(Samples.causalHeatmap("h-"));
        assertTrue(style(svg, "100%").contains("fill: rgb(0,0,0)"), "on yellow");
        assertTrue(style(svg, "10%").contains("fill: rgb(255,255,255)"), "on purple");
    }

    @Test
    void drawsLabelsAsTextNotGlyphOutlines() throws Exception {
        String svg = Charts.heatmap(Samples.uniformHeatmap(List.of("a", "b", "c", "d", "e", "f", "g", "h",
                "a much longer token")));
        assertTrue(Svg.elements(svg, "path").isEmpty(), "no outlines, even for upright labels");
        assertEquals(1, Svg.textsReading(svg, "query").size());
    }

    @Test
    void drawsASingleToken() throws Exception {
        String svg = Charts.heatmap(new HeatmapData("h-", "t", "d", List.of("I"), List.of("I"),
                new double[][] {{1}}));
        assertEquals(2, Svg.textsReading(svg, "I").size());
        assertEquals(List.of("100%"), cellLabels(svg));
    }

    @Test
    void drawsCrossAttentionWithMoreKeysThanQueries() throws Exception {
        String svg = Charts.heatmap(new HeatmapData("h-", "t", "d", List.of("le", "chat"),
                List.of("the", "black", "cat"), new double[][] {{0.8, 0.1, 0.1}, {0.1, 0.2, 0.7}}));
        Element root = Svg.parse(svg).getDocumentElement();
        assertTrue(Integer.parseInt(root.getAttribute("width")) > Integer.parseInt(root.getAttribute("height")));
        assertEquals(6, cellLabels(svg).size());
    }

    @Test
    void shortensLongTokensInsteadOfFailing() throws Exception {
        String longToken = "pneumonoultramicroscopicsilicovolcanoconiosis";
        String svg = Charts.heatmap(Samples.uniformHeatmap(List.of(longToken, "b")));
        assertFalse(svg.contains(longToken));
        assertEquals(2, Svg.textsReading(svg, "pneumonoultra\u2026").size());
        assertTrue(width(svg) < 500, "one long token does not blow up the chart");
    }

    @Test
    void showsMarkupCharactersAndAnyScriptAsWritten() throws Exception {
        List<String> tokens = List.of("<b>", "a&b", "\"q'", "&lt;", "日本", "😀");
        String svg = Charts.heatmap(Samples.uniformHeatmap(tokens));
        List<String> shown = Svg.texts(svg).stream().map(t -> t.replace(Labels.WORD_JOINER, "")).toList();
        for (String token : tokens) {
            assertEquals(2, Collections.frequency(shown, token), token);
        }
    }

    @Test
    void sizesCellsFromTheTokenCountWithinLimits() throws Exception {
        int four = width(Charts.heatmap(Samples.uniformHeatmap(Samples.repeated("a", 4))));
        int margins = four - 4 * 56;
        int eight = width(Charts.heatmap(Samples.uniformHeatmap(Samples.repeated("a", 8))));
        int sixteen = width(Charts.heatmap(Samples.uniformHeatmap(Samples.repeated("a", 16))));
        int forty = width(Charts.heatmap(Samples.uniformHeatmap(Samples.repeated("a", 40))));
        assertEquals(8 * 56, eight - margins, "56 px cells while the grid is small");
        assertEquals(640, sixteen - margins, "then cells shrink to keep the grid at 640 px");
        assertEquals(40 * 28, forty - margins, "but never below 28 px, where a percentage still fits");
    }

    @Test
    void staysSmall() {
        int plain = Svg.bytes(Charts.heatmap(Samples.heatmap("h-")));
        int causal = Svg.bytes(Charts.heatmap(Samples.causalHeatmap("h-")));
        assertTrue(plain < 12_000, "4×4 heatmap: " + plain + " bytes");
        assertTrue(causal < 12_000, "4×4 causal heatmap: " + causal + " bytes");
    }

    /** Percentages inside cells: the legend's tick labels are the 11 px ones. */
    private static List<String> cellLabels(String svg) throws Exception {
        return Svg.elements(svg, "text").stream()
                .filter(t -> t.getTextContent().endsWith("%"))
                .filter(t -> !t.getAttribute("style").contains("font-size: 11px"))
                .map(Element::getTextContent)
                .toList();
    }

    private static String style(String svg, String text) throws Exception {
        return Svg.textsReading(svg, text).get(0).getAttribute("style");
    }

    private static int width(String svg) throws Exception {
        return Integer.parseInt(Svg.parse(svg).getDocumentElement().getAttribute("width"));
    }
}
