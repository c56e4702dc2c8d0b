package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.HeatmapData;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.Result;
import io.github.attentioncourse.model.Sentence;
import io.github.attentioncourse.model.Tokenizer;
import io.github.attentioncourse.model.TrainingProgress;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One model, two runtimes: the try box's script (generator/src/main/js/try.js as the bake ships
 * it, on the weights the bake writes) and the generator's Java model read the same sentences into the same attention weights, split
 * text into the same words and suggest the same closest words; and the charts the script draws
 * have the colours, texts and masked cells of the charts the bake draws for the same numbers.
 * <p>
 * Tolerance on each weight: 1e-12. Both runtimes compute in float64 from the same float32
 * weights, in the same order of operations (each sum from k = 0 up), so only the functions that
 * are not correctly rounded may differ: exp (StrictMath's fdlibm in Java; the engine's own in the
 * browser, which WebKit takes from the system's libm) and pow, by an ulp or two. Such a
 * difference grows by at most a few orders through LayerNorm and the softmax, to about 1e-15;
 * a wrong step of the forward pass shows as 1e-3 or more.
 */
@InEveryEngine
class TryParityIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    private static final double TOLERANCE = 1e-12;
    private static final String LESSON = """
            title=Try
            type=lesson
            status=published
            module=8
            order=1
            ~~~~~~

            ## Your own sentence

            ```try
            id: plain
            model: course
            ```

            ```try
            id: next
            model: course-next
            ```

            ```try
            id: deep
            model: deep
            ```
            """;

    @TempDir
    static Path dir;
    static Path root;
    static Browser browser;
    static String page;

    @BeforeParameterizedClassInvocation
    static void bake(Engine engine) {
        browser = Browser.shared(engine);
        if (page != null) {
            return;
        }
        FixtureCourse.write(dir, "content/module-8-try/01-try.md", LESSON);
        root = FixtureCourse.create(dir.resolve("course"), dir.resolve("content"));
        FixtureCourse.copyTree(FixtureCourse.projectRoot().resolve("content/models"), root.resolve("content/models"));
        trainTwoLayers();
        CompiledCourse compiled = FixtureCourse.build(root, dir.resolve("site"));
        assertEquals(List.of(), compiled.errors());
        page = dir.resolve("site/module-8-try/01-try.html").toUri().toString();
    }

    /**
     * The course's models have one block, whose values, W_O and feed-forward the box never needs;
     * "deep" is the course's model with two blocks, trained briefly, so that the script's path
     * through a whole block (LN₂, GELU, the residuals) is checked too.
     */
    private static void trainTwoLayers() {
        Path deep = root.resolve("content/models/deep");
        FixtureCourse.copyTree(root.resolve("content/models/course"), deep);
        try {
            Files.writeString(deep.resolve("model.yaml"), Files.readString(deep.resolve("model.yaml"))
                    .replaceFirst("(?m)^layers: 1\\b", "layers: 2")
                    .replaceFirst("(?m)^steps: \\d+", "steps: 60")
                    .replaceFirst("(?m)^checkpoints: .*$", "checkpoints: [0]"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result<Model> trained = Models.train(root, "deep", TrainingProgress.NONE);
        assertEquals(List.of(), trained.errors());
        assertEquals(2, trained.value().config().architecture().layers());
    }

    private static Model model(String name) {
        return Models.load(root, name).value();
    }

    private static void open() {
        browser.open(page);
        TryBoxes.waitReady(browser, "try-plain");
        TryBoxes.waitReady(browser, "try-next");
        TryBoxes.waitReady(browser, "try-deep");
    }

    /** Every held-out sentence, the first training sentences, and the edge cases of length and repetition. */
    private static List<List<String>> sentences(Model model) {
        List<List<String>> sentences = new ArrayList<>();
        Stream.concat(model.corpus().heldOut().stream(), model.corpus().training().stream().limit(60))
                .map(Sentence::words).forEach(sentences::add);
        String known = model.vocabulary().words().get(model.vocabulary().size() - 1);
        sentences.add(List.of(known));
        sentences.add(List.of("the", "dog", "the", "dog", "the", "dog", "the", "dog", "the", "dog", "the", "dog"));
        if (model.vocabulary().contains(Tokenizer.MASK)) {
            sentences.add(List.of("the", "animal", "was", Tokenizer.MASK));
            sentences.add(List.of(Tokenizer.MASK));
        }
        return sentences;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"course", "course-next", "deep"})
    @SuppressWarnings("unchecked")
    void theScriptComputesEveryWeightAsTheJavaModelDoes(String name) {
        Model model = model(name);
        List<List<String>> sentences = sentences(model);
        open();
        List<List<Map<String, Object>>> computed = (List<List<Map<String, Object>>>) TryBoxes.js(browser,
                "var name = arguments[0]; return arguments[1].map(function (words) { return CourseTry.forward(name, words); });",
                name, sentences);
        double largest = 0;
        int weights = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            List<HeadTrace> expected = new ArrayList<>();
            model.forward(model.weights(), words).layers().forEach(layer -> expected.addAll(layer.attention().heads()));
            assertEquals(expected.size(), computed.get(s).size(), "heads of " + words);
            for (int h = 0; h < expected.size(); h++) {
                List<List<Number>> rows = (List<List<Number>>) computed.get(s).get(h).get("weights");
                for (int i = 0; i < words.size(); i++) {
                    for (int j = 0; j < words.size(); j++) {
                        double difference = Math.abs(rows.get(i).get(j).doubleValue() - expected.get(h).weights().get(i, j));
                        largest = Math.max(largest, difference);
                        weights++;
                    }
                }
            }
        }
        System.out.printf("try box parity, %s, model %s: %d weights of %d sentences, largest difference %.3g%n", engine, name, weights,
                sentences.size(), largest);
        assertTrue(largest <= TOLERANCE, "largest difference " + largest + " over " + weights + " weights");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScriptSplitsTextAndSuggestsWordsAsTheJavaModelDoes() {
        Model model = model("course");
        List<String> texts = List.of("The Dog, was TIRED!", "didn't stop the well-known dog", "[MASK] [mask] [Mask]x x[MASK]",
                "naïve café", "  tabs\tand\nnew lines\u2028here ", "emoji 😀 here", "non\u00a0breaking\u2007figure",
                "zero\u200bwidth \ufeffbom", "İstanbul ΣΑΣ ΟΔΟΣ", "a.b,c;d", "don't-stop", "\u0301accent first", "x\u001fy",
                "\"quoted\" <b>tag</b> &amp;", "١٢٣ arabic digits");
        List<String> words = List.of("tird", "dgo", "hungy", "x", "", "bridgess", "[mask]", "zzzzzzzz", "aa", "road",
                "ROAD", "héavy", "it's", "😀");
        open();
        List<List<String>> split = (List<List<String>>) TryBoxes.js(browser,
                "return arguments[0].map(function (t) { return CourseTry.tokenize('course', t); });", texts);
        List<List<String>> closest = (List<List<String>>) TryBoxes.js(browser,
                "return arguments[0].map(function (w) { return CourseTry.closest('course', w); });", words);
        assertAll(
                () -> assertEquals(texts.stream().map(Tokenizer::split).toList(), split),
                () -> assertEquals(words.stream().map(w -> model.vocabulary().closest(w, 3)).toList(), closest));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"course", "course-next"})
    @SuppressWarnings("unchecked")
    void theScriptDrawsTheChartsTheBakeDrawsForTheSameNumbers(String name) {
        Model model = model(name);
        String box = name.equals("course") ? "try-plain" : "try-next";
        // three masked cells in a row of the next-word model, and shares that read <1%
        List<String> words = List.of("the", "dog", "was", "near", "the", "road", "and", "it", "was", "too", "tired");
        open();
        TryBoxes.type(browser, box, String.join(" ", words));
        browser.waitUntil("the box to answer", () -> TryBoxes.charted(browser, box).equals(words));
        String query = "8";
        TryBoxes.js(browser, "var s = document.querySelector('#' + arguments[0] + ' select'); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'));", box, query);
        List<HeadTrace> heads = model.forward(model.weights(), words).layers().get(0).attention().heads();
        for (int h = 0; h < heads.size(); h++) {
            double[][] rows = shown(heads.get(h));
            String heatmap = Charts.heatmap(new HeatmapData("java-hm-", "Attention weights", "", words, words, rows));
            String bars = Charts.bars(new BarData("java-bars-", "Where", "", words, rows[8], highlighted(rows[8])));
            Map<String, Object> baked = (Map<String, Object>) TryBoxes.js(browser, LOOK_OF_JAVA, heatmap, bars);
            Map<String, Object> drawn = (Map<String, Object>) TryBoxes.js(browser, LOOK_OF_BOX, box, h);
            assertEquals(baked, drawn, name + ", head " + (h + 1));
            List<String> cells = (List<String>) ((Map<String, Object>) drawn.get("heatmap")).get("cells");
            assertEquals(words.size() * words.size(), cells.size(), "a cell per query and key");
            assertEquals(name.equals("course-next") ? 55 : 0, cells.stream().filter(c -> c.endsWith(" masked rgb(0, 0, 0)")).count(),
                    "masked cells: every key after its query, in the next-word model");
            assertTrue(cells.stream().anyMatch(c -> c.contains(" <1% ")), "a share under 0.5% reads <1%: " + cells);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** A head's weights as the charts show them: NaN where masked, and the rare share doubles round to 0 or 1 kept inside. */
    private static double[][] shown(HeadTrace head) {
        double[][] rows = new double[head.weights().numRows][head.weights().numCols];
        for (int i = 0; i < rows.length; i++) {
            int visible = 0;
            for (int j = 0; j < rows[i].length; j++) {
                visible += Double.isInfinite(head.scaled().get(i, j)) ? 0 : 1;
            }
            for (int j = 0; j < rows[i].length; j++) {
                double w = head.weights().get(i, j);
                rows[i][j] = Double.isInfinite(head.scaled().get(i, j)) ? Double.NaN
                        : visible < 2 || w > 0 && w < 1 ? w : w <= 0 ? Double.MIN_VALUE : Math.nextDown(1.0);
            }
        }
        return rows;
    }

    /** The bar the charts highlight: the first of the largest. */
    private static int highlighted(double[] row) {
        return IntStream.range(0, row.length).filter(j -> !Double.isNaN(row[j])).boxed()
                .max(Comparator.comparingDouble(j -> row[j])).orElse(-1);
    }

    /**
     * What a chart looks like, whoever drew it: every text with its colour, weight and size; each
     * square cell's colour with the text drawn on it; the legend's colours bottom to top; the bars'
     * colours left to right. Colours as the browser computes them, so that a style attribute and a
     * fill attribute compare alike.
     */
    private static final String LOOK = """
            function look(svg) {
              function fill(e) { return getComputedStyle(e).fill; }
              function box(e) { return e.getBBox(); }
              var rects = Array.prototype.slice.call(svg.querySelectorAll('rect'));
              var texts = Array.prototype.slice.call(svg.querySelectorAll('text'));
              function on(r) {
                var b = box(r);
                var t = texts.filter(function (t) {
                  var c = t.getBoundingClientRect(), o = r.getBoundingClientRect();
                  var x = c.left + c.width / 2, y = c.top + c.height / 2;
                  return x > o.left && x < o.right && y > o.top && y < o.bottom;
                })[0];
                return t ? t.textContent + ' ' + fill(t) : '';
              }
              return {
                texts: texts.map(function (t) { var s = getComputedStyle(t); return [t.textContent, s.fill, s.fontWeight, s.fontSize].join(' '); }).sort(),
                cells: rects.filter(function (r) { var b = box(r); return b.width >= 20 && Math.abs(b.width - b.height) < 0.01; })
                  .map(function (r) { return fill(r) + ' ' + on(r); }),
                legend: rects.filter(function (r) { return box(r).width === 12; })
                  .sort(function (a, b) { return box(b).y - box(a).y; }).map(fill),
                bars: rects.filter(function (r) { return /^rgb\\((0, 114, 178|213, 94, 0)\\)$/.test(fill(r)); })
                  .sort(function (a, b) { return box(a).x - box(b).x; }).map(fill)
              };
            }
            """;
    private static final String LOOK_OF_JAVA = LOOK + """
            var holder = document.getElementById('java-look') || document.body.appendChild(document.createElement('div'));
            holder.id = 'java-look';
            holder.innerHTML = arguments[0] + arguments[1];
            var svgs = holder.querySelectorAll('svg');
            return {heatmap: look(svgs[0]), bars: look(svgs[1])};
            """;
    private static final String LOOK_OF_BOX = LOOK + """
            var box = document.getElementById(arguments[0]);
            return {heatmap: look(box.querySelectorAll('.chart-heatmap svg')[arguments[1]]),
                    bars: look(box.querySelectorAll('.chart-bars svg')[arguments[1]])};
            """;
}
