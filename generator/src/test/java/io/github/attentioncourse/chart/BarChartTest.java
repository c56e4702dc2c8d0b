package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.format.Weights;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {

    private static final String BAR = "fill:rgb(0,114,178)";
    private static final String HIGHLIGHT = "fill:rgb(213,94,0)";

    @Test
    void drawsOneBarPerKeyInOrderWithHeightsProportionalToWeights() throws Exception {
        List<Element> bars = bars(Charts.bars(Samples.bars("b-")));
        assertEquals(4, bars.size());
        double[] weights = Samples.bars("b-").weights();
        double unit = height(bars.get(0)) / weights[0];
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(weights[i] * unit, height(bars.get(i)), 0.05, "bar " + i);
        }
    }

    @Test
    void titlesItsAxesAsAsked() throws Exception {
        List<String> keyAndWeight = Svg.texts(Charts.bars(Samples.bars("b-")));
        assertTrue(keyAndWeight.containsAll(List.of("key", "weight")), keyAndWeight.toString());
        List<String> own = Svg.texts(Charts.bars(new BarData("b-", "t", "d", List.of("dog", "cat"), new double[] {0.7, 0.3}, 0,
                "next word", "probability")));
        assertTrue(own.containsAll(List.of("next word", "probability")) && !own.contains("key"), own.toString());
    }

    @Test
    void labelsEachBarWithItsPercentage() throws Exception {
        List<String> texts = Svg.texts(Charts.bars(Samples.bars("b-")));
        assertTrue(texts.containsAll(List.of("20%", "25%", "5%")), texts.toString());
        assertEquals(2, texts.stream().filter("50%"::equals).count(), "the bar label and the axis tick");
    }

    @Test
    void labelsATinyWeightLessThanOnePercentAndANearlyWholeOneMoreThanNinetyNine() throws Exception {
        String svg = Charts.bars(new BarData("b-", "t", "d", List.of("a", "b", "c"), new double[] {0.003, 0.996, 0.001}, 1));
        assertEquals(2, Svg.textsReading(svg, "<1%").size());
        assertEquals(1, Svg.textsReading(svg, ">99%").size());
        assertEquals(1, Svg.textsReading(svg, "0%").size(), "only the axis tick");
        assertEquals(1, Svg.textsReading(svg, "100%").size(), "only the axis tick");
    }

    @Test
    void roundsLabelsFromTheExactWeightAsProseDoes() throws Exception {
        // Each double is a little under its decimal: 0.015 is 0.01499999…, which rounds to 1%, not 2%.
        double[] weights = {0.015, 0.045, 0.075, 0.865};
        String svg = Charts.bars(new BarData("b-", "t", "d", List.of("a", "b", "c", "d"), weights, -1));
        List<String> texts = Svg.texts(svg);
        List<String> labels = texts.subList(texts.lastIndexOf("weight") + 1, texts.size());
        assertEquals(List.of("1%", "4%", "7%", "86%"), labels);
        assertEquals(Arrays.stream(weights).mapToObj(Weights::percent).toList(), labels);
    }

    @Test
    void scalesTheWeightAxisFromZeroToHundredPercent() throws Exception {
        List<String> texts = Svg.texts(Charts.bars(Samples.maskedBars("b-")));
        assertTrue(texts.containsAll(List.of("0%", "25%", "50%", "75%", "100%", "weight", "key")), texts.toString());
    }

    @Test
    void emphasisesTheHighlightedBarByColourAndBoldLabels() throws Exception {
        String svg = Charts.bars(Samples.bars("b-"));
        List<Element> bars = bars(svg);
        assertTrue(bars.get(1).getAttribute("style").contains(HIGHLIGHT));
        assertEquals(1, bars.stream().filter(b -> b.getAttribute("style").contains(HIGHLIGHT)).count());
        assertTrue(Svg.textsReading(svg, "50%").stream()
                .anyMatch(t -> t.getAttribute("style").contains("font-weight: bold")), "value label");
        assertTrue(Svg.textsReading(svg, "cat").get(0).getAttribute("style").contains("font-weight: bold"),
                "key label");
    }

    @Test
    void showsAMaskedKeyAsAnEmptySlotLabelledMasked() throws Exception {
        String svg = Charts.bars(Samples.maskedBars("b-"));
        assertEquals(2, bars(svg).size());
        assertEquals(2, Svg.textsReading(svg, Labels.MASKED).size());
        assertTrue(svg.contains("fill:rgb(217,217,217)"));
    }

    @Test
    void keepsEachPositionOfARepeatedToken() throws Exception {
        String svg = Charts.bars(Samples.uniformBars(Samples.repeated("the", 3)));
        assertEquals(3, bars(svg).size());
        assertEquals(3, Svg.textsReading(svg, "the").size());
    }

    @Test
    void labelsEveryKeyToken() throws Exception {
        List<String> tokens = List.of("<b>", "a&b", "\"q'", "&amp;", "日本", "😀");
        String svg = Charts.bars(Samples.uniformBars(tokens));
        List<String> shown = Svg.texts(svg).stream().map(t -> t.replace(Labels.WORD_JOINER, "")).toList();
        assertTrue(shown.containsAll(tokens), shown.toString());
    }

    @Test
    void drawsASingleBar() throws Exception {
        String svg = Charts.bars(new BarData("b-", "t", "d", List.of("I"), new double[] {1}, 0));
        assertEquals(1, bars(svg).size());
        assertEquals(2, Svg.textsReading(svg, "100%").size(), "the bar label and the axis tick");
    }

    @Test
    void shortensLongTokensInsteadOfFailing() throws Exception {
        String svg = Charts.bars(Samples.uniformBars(List.of("pneumonoultramicroscopicsilicovolcanoconiosis", "b")));
        assertEquals(1, Svg.textsReading(svg, "pneumonoultra\u2026").size());
        assertEquals(2, bars(svg).size());
    }

    @Test
    void staysSmall() {
        int plain = Svg.bytes(Charts.bars(Samples.bars("b-")));
        int masked = Svg.bytes(Charts.bars(Samples.maskedBars("b-")));
        assertTrue(plain < 8_000, "4 bars: " + plain + " bytes");
        assertTrue(masked < 8_000, "4 bars, 2 masked: " + masked + " bytes");
    }

    /** The bars, left to right. */
    private static List<Element> bars(String svg) throws Exception {
        return Svg.elements(svg, "rect").stream()
                .filter(r -> r.getAttribute("style").contains(BAR) || r.getAttribute("style").contains(HIGHLIGHT))
                .sorted(Comparator.comparingDouble(r -> Double.parseDouble(r.getAttribute("x"))))
                .toList();
    }

    private static double height(Element rect) {
        return Double.parseDouble(rect.getAttribute("height"));
    }
}
