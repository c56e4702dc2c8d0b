package io.github.attentioncourse.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One weight, one text: a baked page shows each weight the same way in prose, in the step-by-step
 * table, the weights table, the heatmap and the bar chart, and that text is the half-up rounding of
 * the number in the example's JSON, never "0%" or "100%" for a share that is neither. The examples
 * put weights on the rounding boundaries (0.005, 0.995, just either side of them, 1 − 1e-12): a
 * query's embedding holds the logarithms of the weights it should give, the keys' embeddings are
 * one-hot and the scale is 1, so its scores are those logarithms and softmax gives the weights back.
 */
class RoundedWeightsIT {

    private static final String LESSON = "module-1-x/01-x";
    private static final List<String> KEYS = List.of("lo", "hi");
    private static final List<Row> ROWS = List.of(
            Row.weights(0.005, 0.995, null, null),
            Row.weights(0.004999999, 0.995000001, "<1%", ">99%"),
            Row.weights(0.005000001, 0.994999999, "1%", "99%"),
            Row.weights(0.0049, 0.9951, "<1%", ">99%"),
            Row.weights(0.00499999999999, 0.99500000000001, "<1%", ">99%"),
            Row.weights(1e-12, 1 - 1e-12, "<1%", ">99%"),
            Row.weights(0.125, 0.875, null, null),
            Row.weights(0.5, 0.5, "50%", "50%"),
            // e^-800 is 0 as a double, and 1 + 0 is 1: the JSON says 0 and 1, the page what the shares are.
            new Row(-800, 0, Double.NaN, Double.NaN, "<1%", ">99%"));

    @TempDir
    static Path dir;
    private static Path site;
    private static Document page;

    /**
     * A query over the keys lo and hi.
     *
     * @param loScore the score of lo (and hiScore of hi)
     * @param lo      the weight of lo the scores should give, NaN when they need not give a particular one
     * @param loShown the percentage a reader must see for lo, or null where the tie decides it
     */
    record Row(double loScore, double hiScore, double lo, double hi, String loShown, String hiShown) {

        static Row weights(double lo, double hi, String loShown, String hiShown) {
            return new Row(Math.log(lo), Math.log(hi), lo, hi, loShown, hiShown);
        }
    }

    @BeforeAll
    static void bake() throws IOException {
        StringBuilder lesson = new StringBuilder("title=Rounding\ntype=lesson\nstatus=published\nmodule=1\norder=1\n~~~~~~\n\n## Slide\n\n");
        for (int r = 0; r < ROWS.size(); r++) {
            String id = "row-" + r;
            lesson.append("```attention\nid: ").append(id).append("\nsentence: q\ncontext: lo hi\nembeddings:\n  q: [")
                    .append(ROWS.get(r).loScore()).append(", ").append(ROWS.get(r).hiScore()).append("]\n")
                    .append("  lo: [1, 0]\n  hi: [0, 1]\nw_q: [[1, 0], [0, 1]]\nw_k: [[1, 0], [0, 1]]\nw_v: [[1, 0], [0, 1]]\n")
                    .append("scale: 1\n```\n\n");
            references(lesson, id, List.of("q"), KEYS);
        }
        // "c" gives "a" and "b" about e^-55 and e^-50; "a" sees only itself, "b" and "c" are hidden from it.
        lesson.append("""
                ```attention
                id: causal
                sentence: a b c
                embeddings:
                  a: [1, 0, 0]
                  b: [0, 1, 0]
                  c: [-5, 0, 5]
                w_q: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
                w_k: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
                w_v: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
                scale: 1
                mask: causal
                focus: a
                ```

                """);
        references(lesson, "causal", List.of("a", "b", "c"), List.of("a", "b", "c"));
        lesson.append("Its last share,\n{{percent row-1 q hi}} of it, goes to hi.\n");
        Path content = Files.createDirectories(dir.resolve("content"));
        FixtureCourse.write(dir, "content/" + LESSON + ".md", lesson.toString());
        site = FixtureCourse.bake(dir, content);
        page = Jsoup.parse(site.resolve(LESSON + ".html").toFile(), "UTF-8", "");
    }

    /** One list item per query and key: "id query key: PERCENT WEIGHT". */
    private static void references(StringBuilder lesson, String id, List<String> queries, List<String> keys) {
        for (String query : queries) {
            for (String key : keys) {
                lesson.append("- ").append(id).append(' ').append(query).append(' ').append(key).append(": {{percent ")
                        .append(id).append(' ').append(query).append(' ').append(key).append("}} {{weight ").append(id)
                        .append(' ').append(query).append(' ').append(key).append("}}\n");
            }
        }
        lesson.append('\n');
    }

    @Test
    void everyPlaceShowsTheRoundingOfTheWeightInTheJson() throws IOException {
        for (int r = 0; r < ROWS.size(); r++) {
            Weights weights = weights("row-" + r);
            Row row = ROWS.get(r);
            if (!Double.isNaN(row.lo())) {
                assertEquals(row.lo(), weights.of(0, 0), 1e-15, "the example hits its weight");
                assertEquals(row.hi(), weights.of(0, 1), 1e-15, "the example hits its weight");
            }
            assertShownAlikeEverywhere("row-" + r, List.of("q"), KEYS, weights);
        }
        assertShownAlikeEverywhere("causal", List.of("a", "b", "c"), List.of("a", "b", "c"), weights("causal"));
    }

    @Test
    void aWeightOnEitherSideOfABoundaryReadsAsTheReaderExpects() throws IOException {
        for (int r = 0; r < ROWS.size(); r++) {
            Row row = ROWS.get(r);
            if (row.loShown() != null) {
                assertEquals(List.of(row.loShown(), row.hiShown()), heatmapCells("row-" + r), "row-" + r);
            }
        }
    }

    @Test
    void aMaskedKeyIsNoneAndATinyShareIsNot() throws IOException {
        Element figure = page.getElementById("ex-causal");
        assertEquals(List.of("100%", "27%", "73%", "<1%", "<1%", ">99%"), heatmapCells("causal"));
        assertEquals(1.0, weights("causal").of(2, 2), "a share a double rounds to 1");
        assertEquals(3, figure.select("div.chart-heatmap svg text").stream().filter(t -> t.text().equals("masked")).count());
        assertEquals("causal a b: 0% 0.00", prose("causal", "a", "b"));
        assertEquals("causal c a: <1% <0.01", prose("causal", "c", "a"));
        assertEquals(List.of("1.00 (100%)", "0.00 (0%)", "0.00 (0%)"), stepWeights(figure));
    }

    @Test
    void aReferenceOpeningALineStaysInItsParagraph() {
        assertTrue(page.select("blockquote").isEmpty(), "no quote opened by >99%");
        assertTrue(page.select("p").stream().anyMatch(p -> p.text().equals("Its last share, >99% of it, goes to hi.")),
                page.select("p").toString());
    }

    private static void assertShownAlikeEverywhere(String id, List<String> queries, List<String> keys, Weights weights) {
        Element figure = page.getElementById("ex-" + id);
        List<String> cells = new ArrayList<>();
        Elements tableRows = weightsTable(figure).select("tbody tr");
        Elements barCharts = figure.select("div.part-bars svg");
        for (int i = 0; i < queries.size(); i++) {
            List<String> bars = new ArrayList<>();
            for (int j = 0; j < keys.size(); j++) {
                double weight = weights.of(i, j);
                String where = id + " " + queries.get(i) + " → " + keys.get(j) + " (" + weight + ")";
                String percent = expected(weights, i, j, true);
                String twoDecimals = expected(weights, i, j, false);
                assertEquals(id + " " + queries.get(i) + " " + keys.get(j) + ": " + percent + " " + twoDecimals,
                        prose(id, queries.get(i), keys.get(j)), "prose, " + where);
                assertEquals(twoDecimals, tableRows.get(i).select("td").get(j).text(), "weights table, " + where);
                if (!weights.masked(i, j)) {
                    cells.add(percent);
                    bars.add(percent);
                }
            }
            assertEquals(bars, barLabels(barCharts.get(i)), "bar chart of " + id + " " + queries.get(i));
        }
        assertEquals(cells, heatmapCells(id), "heatmap of " + id);
        int focus = weights.focus(queries);
        List<String> steps = new ArrayList<>();
        for (int j = 0; j < keys.size(); j++) {
            steps.add(expected(weights, focus, j, false) + " (" + expected(weights, focus, j, true) + ")");
        }
        assertEquals(steps, stepWeights(figure), "step-by-step table of " + id);
    }

    /**
     * A masked key's weight is none, a query's only visible key has all of it, and every other
     * share lies strictly between: rounded half up from the exact value, it reads "&lt;1%" or
     * "&gt;99%" where it would round to none or all.
     */
    private static String expected(Weights weights, int query, int key, boolean percent) {
        long hundredths;
        if (weights.masked(query, key)) {
            hundredths = 0;
        } else if (weights.visibleKeys(query) == 1) {
            hundredths = 100;
        } else {
            hundredths = new BigDecimal(weights.of(query, key)).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            if (hundredths == 0) {
                return percent ? "<1%" : "<0.01";
            }
            if (hundredths == 100) {
                return percent ? ">99%" : ">0.99";
            }
        }
        return percent ? hundredths + "%" : BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    private static String prose(String id, String query, String key) {
        String start = id + " " + query + " " + key + ":";
        return page.select("li").stream().map(Element::text).filter(t -> t.startsWith(start)).findFirst().orElseThrow();
    }

    private static Element weightsTable(Element figure) {
        return figure.select("table.matrix").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith("Attention weights")).findFirst().orElseThrow();
    }

    /** The weight column of the step-by-step table: "0.42 (42%)". */
    private static List<String> stepWeights(Element figure) {
        return figure.select("table.step-table tbody tr").stream().map(tr -> tr.select("td").last().text()).toList();
    }

    /** The percentages in the cells, row by row; the legend's ticks are smaller. */
    private static List<String> heatmapCells(String id) {
        return page.getElementById("ex-" + id).select("div.chart-heatmap svg text").stream()
                .filter(t -> t.text().endsWith("%") && !t.attr("style").contains("font-size: 11px"))
                .map(Element::text).toList();
    }

    /** The labels over the bars, left to right: drawn after the axes, whose last text is the title "weight". */
    private static List<String> barLabels(Element svg) {
        List<String> texts = svg.select("text").stream().map(Element::text).toList();
        return texts.subList(texts.lastIndexOf("weight") + 1, texts.size()).stream().filter(t -> t.endsWith("%")).toList();
    }

    private static Weights weights(String id) throws IOException {
        return new Weights(new ObjectMapper().readTree(site.resolve(LESSON + "." + id + ".json").toFile()));
    }

    /** The JSON of an example, where the page's numbers come from. */
    private record Weights(JsonNode json) {

        double of(int query, int key) {
            return json.get("heads").get(0).get("weights").get(query).get(key).doubleValue();
        }

        boolean masked(int query, int key) {
            return json.get("heads").get(0).get("scaled").get(query).get(key).isNull();
        }

        int visibleKeys(int query) {
            int visible = 0;
            for (JsonNode scaled : json.get("heads").get(0).get("scaled").get(query)) {
                visible += scaled.isNull() ? 0 : 1;
            }
            return visible;
        }

        /** The query the step-by-step table walks through: the one its caption names. */
        int focus(List<String> queries) {
            String caption = page.getElementById("ex-" + json.get("id").asText()).selectFirst("table.step-table caption").text();
            for (int i = 0; i < queries.size(); i++) {
                if (caption.startsWith("Query “" + queries.get(i) + "”")) {
                    return i;
                }
            }
            throw new AssertionError("no query named in " + caption);
        }
    }
}
