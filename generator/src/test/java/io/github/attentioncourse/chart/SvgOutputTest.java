package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What every chart promises about its SVG, checked for each kind of chart. */
class SvgOutputTest {

    /** Each kind of chart, drawn from an id prefix. */
    static Stream<Function<String, String>> charts() {
        return Stream.of(
                prefix -> Charts.heatmap(Samples.heatmap(prefix)),
                prefix -> Charts.heatmap(Samples.causalHeatmap(prefix)),
                prefix -> Charts.bars(Samples.bars(prefix)),
                prefix -> Charts.bars(Samples.maskedBars(prefix)),
                prefix -> Charts.scatter(Samples.scatter(prefix)),
                prefix -> Charts.line(Samples.descent(prefix)));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void sameInputGivesByteIdenticalOutput(Function<String, String> chart) {
        assertEquals(chart.apply("fig-"), chart.apply("fig-"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void outputDoesNotDependOnDefaultLocaleOrTimeZone(Function<String, String> chart) {
        String reference = chart.apply("fig-");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (Map.Entry<Locale, String> setting : Map.of(
                    Locale.GERMANY, "Pacific/Kiritimati",
                    Locale.forLanguageTag("tr-TR"), "America/St_Johns",
                    Locale.forLanguageTag("ar-EG"), "Asia/Kolkata").entrySet()) {
                Locale.setDefault(setting.getKey());
                TimeZone.setDefault(TimeZone.getTimeZone(setting.getValue()));
                assertEquals(reference, chart.apply("fig-"), "under " + setting.getKey());
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyIdAndEveryReferenceStartsWithThePrefix(Function<String, String> chart) {
        String svg = chart.apply("lesson6-fig2-");
        List<String> ids = Svg.ids(svg);
        assertFalse(ids.isEmpty());
        assertAll(Stream.concat(ids.stream(), Svg.references(svg).stream())
                .map(id -> () -> assertTrue(id.startsWith("lesson6-fig2-"), id)));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void chartsWithDifferentPrefixesShareNoId(Function<String, String> chart) {
        List<String> first = Svg.ids(chart.apply("a-"));
        List<String> second = Svg.ids(chart.apply("b-"));
        assertTrue(first.stream().noneMatch(second::contains), first + " / " + second);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void rootHasSizeViewBoxRoleAndPointsAtItsTitleAndDesc(Function<String, String> chart) throws Exception {
        String svg = chart.apply("fig-");
        Element root = Svg.parse(svg).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("fig-title fig-desc", root.getAttribute("aria-labelledby"));
        int width = Integer.parseInt(root.getAttribute("width"));
        int height = Integer.parseInt(root.getAttribute("height"));
        assertEquals("0 0 " + width + " " + height, root.getAttribute("viewBox"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void titleAndDescAreTheFirstChildren(Function<String, String> chart) throws Exception {
        Element root = Svg.parse(chart.apply("fig-")).getDocumentElement();
        List<Element> children = childElements(root);
        assertEquals("title", children.get(0).getLocalName());
        assertEquals("fig-title", children.get(0).getAttribute("id"));
        assertEquals("desc", children.get(1).getLocalName());
        assertEquals("fig-desc", children.get(1).getAttribute("id"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void carriesNothingTheHtmlCheckerRejects(Function<String, String> chart) {
        String svg = chart.apply("fig-");
        assertTrue(svg.startsWith("<svg "), "no prolog or doctype");
        assertFalse(svg.contains("jfreesvg"));
        assertFalse(svg.contains("xmlns:"), "only the default namespace");
        assertFalse(svg.contains("<!DOCTYPE"));
        assertTrue(svg.endsWith("</svg>"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void keepsGeometryToTwoDecimalsAndDrawsNoClipPaths(Function<String, String> chart) {
        String svg = chart.apply("fig-");
        Matcher numbers = Pattern.compile("\\d+\\.(\\d+)").matcher(svg);
        while (numbers.find()) {
            String decimals = numbers.group(1);
            // Opacities are written by JFreeSVG as "1.0": one decimal, not geometry.
            assertTrue(decimals.length() <= 2, numbers.group());
        }
        assertFalse(svg.contains("clip"), "clip paths cost bytes and nothing is drawn outside the plot");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void namesOnlyGenericFontFamilies(Function<String, String> chart) {
        Matcher families = Pattern.compile("font-family: ([^;]*);").matcher(chart.apply("fig-"));
        int count = 0;
        while (families.find()) {
            assertEquals("sans-serif", families.group(1));
            count++;
        }
        assertTrue(count > 0);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void drawsTextAsTextAndPaintsNoBackground(Function<String, String> chart) throws Exception {
        String svg = chart.apply("fig-");
        assertFalse(Svg.texts(svg).isEmpty());
        Element root = Svg.parse(svg).getDocumentElement();
        int width = Integer.parseInt(root.getAttribute("width"));
        for (Element rect : Svg.elements(svg, "rect")) {
            assertTrue(Double.parseDouble(rect.getAttribute("width")) < width, "a rect as wide as the chart");
        }
    }

    @Test
    void escapesTitleAndDescription() throws Exception {
        String tricky = Charts.heatmap(new HeatmapData("t-", "<b>Q & K</b>", "\"it's\" > 1 & < 2",
                List.of("a"), List.of("a"), new double[][] {{1}}));
        List<Element> children = childElements(Svg.parse(tricky).getDocumentElement());
        assertEquals("<b>Q & K</b>", children.get(0).getTextContent());
        assertEquals("\"it's\" > 1 & < 2", children.get(1).getTextContent());
        String bars = Charts.bars(new BarData("t-", "a < b", "c & d", List.of("a"), new double[] {1}, -1));
        List<Element> barChildren = childElements(Svg.parse(bars).getDocumentElement());
        assertEquals("a < b", barChildren.get(0).getTextContent());
        assertEquals("c & d", barChildren.get(1).getTextContent());
    }

    private static List<Element> childElements(Element parent) {
        NodeList nodes = parent.getChildNodes();
        return Stream.iterate(0, i -> i < nodes.getLength(), i -> i + 1)
                .map(nodes::item)
                .filter(n -> n.getNodeType() == Node.ELEMENT_NODE)
                .map(Element.class::cast)
                .toList();
    }
}
