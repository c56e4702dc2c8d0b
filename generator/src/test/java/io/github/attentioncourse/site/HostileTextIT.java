package io.github.attentioncourse.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes a module whose every author-typed text outside the prose (titles, summary, tags, tokens,
 * captions, quiz, key concepts, references) holds markup, quotes, braces and non-Latin scripts,
 * and checks on the parsed output that all of it is shown as text and none of it became markup.
 */
class HostileTextIT {

    private static final String SCRIPTS = "{{ é 中文 😀 עברית";
    private static final String LESSON_TITLE = "Lesson </title><script>alert(\"title\")</script> & \"q\" 'a' " + SCRIPTS;
    private static final String MODULE_TITLE = "Module </title><script>alert(\"module\")</script> & \"q\" 'a' " + SCRIPTS;
    private static final String SUMMARY = "Summary </p><script>alert(\"summary\")</script> & \"q\" 'a' {{ é 中文 😀 مرحبا";
    private static final String CAPTION = "Caption <img src=x onerror=alert(1)> & \"q\" 'a' </figcaption></script> "
            + SCRIPTS;
    private static final List<String> TOKENS = List.of("<script>alert(1)</script>", "&lt;", "\"q\"", "'a'", "{{", "é",
            "中文", "😀", "עברית", "</svg>", "a&b");
    private static final String LESSON = "module-7-hostile/01-hostile.html";
    /** What author text could have turned into, had it been taken for markup. */
    private static final Set<String> INJECTED = Set.of("img", "i", "b", "iframe", "object", "embed", "foreignObject");

    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void bake() {
        output = FixtureCourse.bake(dir, FixtureCourse.hostileContent());
    }

    @Test
    void noPageGainsAScriptAnElementOrAnEventHandler() throws IOException {
        List<Path> pages = pages();
        assertEquals(4, pages.size(), pages::toString);
        for (Path file : pages) {
            Document page = page(file);
            // the course's own scripts, loaded from files (the 404 page has none)
            for (Element script : page.select("script")) {
                assertTrue(script.attr("src").matches("(\\.\\./)*js/(course|search|try)\\.js") && script.data().isEmpty(),
                        file + " script " + script);
            }
            for (Element element : page.getAllElements()) {
                assertFalse(INJECTED.contains(element.tagName()), file + " has a <" + element.tagName() + ">");
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                            file + " has an event handler " + attribute);
                    assertFalse(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"),
                            file + " has a script URL " + attribute);
                }
            }
        }
    }

    @Test
    void titlesAreTextInPageTitlesHeadingsListsAndBreadcrumbs() throws IOException {
        Document lesson = page(output.resolve(LESSON));
        assertEquals(LESSON_TITLE + " · Attention, computed", lesson.title());
        assertEquals(LESSON_TITLE, lesson.selectFirst("h1").text());
        assertEquals("Module 7: " + MODULE_TITLE, lesson.select(".breadcrumb a").get(1).text());
        assertEquals("Module 7 · " + MODULE_TITLE, lesson.selectFirst(".module-label").text());

        Document index = page(output.resolve("index.html"));
        assertEquals("Module 7 · " + MODULE_TITLE, index.selectFirst(".module-card h2").text());
        assertEquals("1. " + LESSON_TITLE, index.selectFirst(".lesson-list a").text());

        Document module = page(output.resolve("module-7-hostile/index.html"));
        assertEquals(MODULE_TITLE + " · Attention, computed", module.title());
        assertEquals(MODULE_TITLE, module.selectFirst("h1").text());
    }

    @Test
    void summaryAndTagsAreText() throws IOException {
        Document lesson = page(output.resolve(LESSON));
        assertEquals(SUMMARY, lesson.selectFirst("meta[name=description]").attr("content"));
        assertEquals(SUMMARY, lesson.selectFirst(".lead").text());
        assertEquals(List.of("<i>tag</i> & \"q\"", "é 中文 😀 עברית"), lesson.select(".lesson-meta .tag").eachText());
        assertEquals(SUMMARY, page(output.resolve("index.html")).selectFirst(".lesson-list p").text());
    }

    @Test
    void tokensAreTextInThePickerTablesAndWalkThrough() throws IOException {
        Element figure = page(output.resolve(LESSON)).getElementById("ex-hostile");
        assertEquals(TOKENS, figure.select(".picker-tabs button").eachText());
        List<String> panelTitles = TOKENS.stream().map(t -> "Query “" + t + "”").toList();
        assertEquals(panelTitles, figure.select(".panel-title").eachText());
        assertEquals(TOKENS, figure.select(".step-table tbody th").eachText());
        assertEquals("Step by step for “😀”", figure.selectFirst(".part-steps .part-title").text());
        Element weights = figure.select("table.matrix").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith("Attention weights")).findFirst().orElseThrow();
        assertEquals(TOKENS, weights.select("tbody th").eachText());
        assertEquals(TOKENS, weights.select("thead th").eachText().subList(1, TOKENS.size() + 1));
    }

    @Test
    void chartsAreWellFormedSvgWhoseLabelsAndTitlesAreTheTokensAsText() throws Exception {
        String html = Files.readString(output.resolve(LESSON));
        List<String> svgs = svgs(html);
        assertEquals(16, svgs.size(), "a heatmap and one bar chart per query in each example");
        List<String> heatmapLabels = texts(svgs.get(0), "text");
        for (String token : TOKENS) {
            assertTrue(heatmapLabels.contains(asAxisLabel(token)), token + " is a label in " + heatmapLabels);
        }
        for (int i = 0; i < TOKENS.size(); i++) {
            String bars = svgs.get(1 + i);
            assertEquals(List.of("Where “" + TOKENS.get(i) + "” looks"), texts(bars, "title"));
            assertTrue(texts(bars, "desc").get(0).contains("of the query “" + TOKENS.get(i) + "”"));
        }
    }

    @Test
    void captionsQuizAndConceptsAreText() throws IOException {
        Document lesson = page(output.resolve(LESSON));
        assertEquals(CAPTION + " Every number of this example as JSON",
                lesson.getElementById("ex-hostile").selectFirst("figcaption").text());
        assertTrue(lesson.getElementById("ex-cross").selectFirst("figcaption").text()
                .startsWith("Right to left: مرحبا and שלום, with <b>tags</b> & \"quotes\"."));
        Element quiz = lesson.selectFirst(".quiz");
        assertEquals("Which <script>alert(\"question\")</script> & \"q\" is " + SCRIPTS + "?",
                quiz.selectFirst(".quiz-question").text());
        assertEquals(List.of("<img src=x onerror=alert(\"option\")> & 'a'", "</button><script>alert(\"b\")</script> é 中文",
                "😀 עברית {{"), quiz.select(".quiz-option").eachText());
        assertEquals("B. Because </details><script>alert(\"explanation\")</script> & \"q\" é 中文 😀 עברית.",
                quiz.selectFirst(".quiz-answer p").text());
        Element concept = lesson.selectFirst(".concepts .concept");
        assertEquals("<script>alert(\"term\")</script> & \"q\"", concept.selectFirst("dt").text());
        assertEquals("Text </dd><script>alert(\"text\")</script> & 'a' " + SCRIPTS, concept.selectFirst("dd").text());
    }

    @Test
    void jsonHoldsTheTokensExactly() throws IOException {
        JsonNode hostile = json("module-7-hostile/01-hostile.hostile.json");
        assertEquals(TOKENS, strings(hostile.get("tokens")));
        JsonNode cross = json("module-7-hostile/01-hostile.cross.json");
        assertEquals(List.of("مرحبا", "<b>bold</b>", "中文"), strings(cross.get("tokens")));
        assertEquals(List.of("שלום", "&", "\"x\""), strings(cross.get("context_tokens")));
    }

    @Test
    void searchIndexHoldsTheTextAndNothingThatCouldCloseItsScript() throws IOException {
        String script = Files.readString(output.resolve("search-index.js"));
        assertFalse(script.contains("<"), "every < is escaped in the index script");
        JsonNode index = new ObjectMapper().readTree(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1));
        JsonNode lesson = index.get(0);
        assertEquals(LESSON_TITLE, lesson.get("title").asText());
        assertEquals(SUMMARY, lesson.get("summary").asText());
        assertEquals("Module 7 · " + MODULE_TITLE, lesson.get("module").asText());
        assertEquals(List.of("<script>alert(\"term\")</script> & \"q\""), strings(lesson.get("concepts")));
    }

    @Test
    void referencesToHostileTokensBecomeTheirNumbers() throws IOException {
        JsonNode weights = json("module-7-hostile/01-hostile.hostile.json").at("/heads/0/weights");
        String text = page(output.resolve(LESSON)).text();
        long percent = Math.round(weights.at("/7/6").asDouble() * 100);
        assertTrue(text.contains("\"😀\" gives " + percent + "% of its attention to \"中文\""), text);
        String weight = String.format(java.util.Locale.ROOT, "%.2f", weights.at("/10/0").asDouble());
        assertTrue(text.contains("\"a&b\" gives " + weight + " to the script token"), text);
        assertFalse(text.contains("{{percent") || text.contains("{{weight") || text.contains("{{score"));
    }

    /** How a chart's axis shows a token: cut to 14 characters, the last an ellipsis. */
    private static String asAxisLabel(String token) {
        int[] codePoints = token.codePoints().toArray();
        return codePoints.length <= 14 ? token : new String(codePoints, 0, 13) + "…";
    }

    private static List<String> svgs(String html) {
        List<String> svgs = new ArrayList<>();
        // the charts, not the icons of the header and the key concepts
        Matcher matcher = Pattern.compile("<svg(?! class=\"icon ).*?</svg>", Pattern.DOTALL).matcher(html);
        while (matcher.find()) {
            svgs.add(matcher.group());
        }
        return svgs;
    }

    /** The text of every {@code element} of an SVG read as XML, without the charts' invisible word joiners. */
    private static List<String> texts(String svg, String element) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().replace("\u2060", ""));
        }
        return texts;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    private static JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(output.resolve(file).toFile());
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8", "");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> paths = Files.walk(output)) {
            return paths.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
