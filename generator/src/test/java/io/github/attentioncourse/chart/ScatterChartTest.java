package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ScatterChartTest {

    private static final Pattern CIRCLE_START = Pattern.compile("^M([-0-9.]+),([-0-9.]+)C");

    private static ScatterData words(String prefix, ScatterData.Group... groups) {
        return new ScatterData(prefix, "Words in two dimensions", "Each word placed by two numbers.", "first", "second",
                List.of(groups));
    }

    private static ScatterData.Group group(String name, List<String> labels, double[] x, double[] y) {
        return new ScatterData.Group(name, labels, x, y);
    }

    @Test
    void namesItselfItsAxesAndEveryPoint() throws Exception {
        String svg = Charts.scatter(words("s-", group("animals", List.of("dog", "cat"), new double[] {0, 1}, new double[] {0, 1}),
                group("places", List.of("road"), new double[] {-1}, new double[] {0.5})));
        assertEquals("Words in two dimensions", Svg.elements(svg, "title").get(0).getTextContent());
        List<String> texts = Svg.texts(svg);
        assertTrue(texts.containsAll(List.of("first", "second", "dog", "cat", "road", "animals", "places")), texts.toString());
    }

    @Test
    void drawsBothAxesToTheSameScale() throws Exception {
        // A wide spread across and a narrow one up: the plot is not square, but a unit is as long both ways.
        String svg = Charts.scatter(words("s-", group("points", List.of("o", "x", "y"), new double[] {0, 4, 0},
                new double[] {0, 0, 1})));
        List<double[]> centres = circleCentres(svg);
        assertEquals(3, centres.size());
        double across = centres.get(1)[0] - centres.get(0)[0];
        double up = centres.get(0)[1] - centres.get(2)[1];
        assertEquals(across / 4, up, 0.02, "pixels per unit across and up");
        assertEquals(centres.get(0)[1], centres.get(1)[1], 0.01);
    }

    @Test
    void placesLabelsSoThatNoneCoversAnother() throws Exception {
        List<String> labels = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta");
        // Neighbours closer than a label is wide, so that labelling every point on its right would collide.
        double[] x = {0, 0.25, 0.5, 0, 0.25, 0.5};
        double[] y = {0, 0, 0, 0.25, 0.25, 0.25};
        String svg = Charts.scatter(words("s-", group("cluster", labels, x, y), group("far", List.of("omega"),
                new double[] {3}, new double[] {3})));
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Element text : Svg.elements(svg, "text")) {
            if (labels.contains(text.getTextContent())) {
                Font font = Labels.font(11, false);
                double ascent = font.getLineMetrics("Xg", new FontRenderContext(null, true, true)).getAscent();
                boxes.add(new Rectangle2D.Double(Double.parseDouble(text.getAttribute("x")),
                        Double.parseDouble(text.getAttribute("y")) - ascent, Labels.width(text.getTextContent(), font),
                        Axes.lineHeight(font)));
            }
        }
        assertEquals(labels.size(), boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D overlap = boxes.get(i).createIntersection(boxes.get(j));
                assertTrue(overlap.isEmpty() || overlap.getWidth() * overlap.getHeight() < 1, boxes.get(i) + " " + boxes.get(j));
            }
        }
    }

    @Test
    void givesEachGroupItsOwnColourAndMarker() throws Exception {
        String svg = Charts.scatter(words("s-", group("a", List.of("p"), new double[] {0}, new double[] {0}),
                group("b", List.of("q"), new double[] {1}, new double[] {0}),
                group("c", List.of("r"), new double[] {0}, new double[] {1}),
                group("d", List.of("s"), new double[] {1}, new double[] {1})));
        for (String colour : List.of("rgb(0,114,178)", "rgb(213,94,0)", "rgb(0,158,115)", "rgb(170,51,119)")) {
            assertTrue(svg.contains("fill:" + colour), colour);
        }
        assertTrue(markerPaths(svg).stream().anyMatch(d -> !d.contains("C") && d.chars().filter(c -> c == 'L').count() == 3),
                "the second group's square");
        assertTrue(markerPaths(svg).stream().anyMatch(d -> !d.contains("C") && d.chars().filter(c -> c == 'L').count() == 2),
                "the third group's triangle");
    }

    @Test
    void refusesMoreGroupsThanMarkersAndPointsThatAreNotFinite() {
        ScatterData.Group one = group("g", List.of("a"), new double[] {0}, new double[] {0});
        assertThrows(IllegalArgumentException.class, () -> words("s-", one, one, one, one, one));
        assertThrows(IllegalArgumentException.class, () -> group("g", List.of("a"), new double[] {Double.NaN}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> group("g", List.of("a", "b"), new double[] {0}, new double[] {0}));
        assertFalse(Charts.scatter(words("s-", one)).isEmpty(), "a single point still has a scale");
    }

    /**
     * The centre of every circle marker: JFreeSVG draws one as a path starting at its rightmost point,
     * twice (filled, then its outline), so each centre is counted once.
     */
    private static List<double[]> circleCentres(String svg) throws Exception {
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (Element path : Svg.elements(svg, "path")) {
            Matcher m = CIRCLE_START.matcher(path.getAttribute("d"));
            if (m.find()) {
                centres.putIfAbsent(m.group(0), new double[] {Double.parseDouble(m.group(1)) - 4, Double.parseDouble(m.group(2))});
            }
        }
        return new ArrayList<>(centres.values());
    }

    /** Every closed path: the markers (and the key's swatches). */
    private static List<String> markerPaths(String svg) throws Exception {
        return Svg.elements(svg, "path").stream().map(p -> p.getAttribute("d")).filter(d -> d.endsWith("Z")).toList();
    }
}
