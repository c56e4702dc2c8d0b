package io.github.attentioncourse.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.testing.ExampleJson;
import io.github.attentioncourse.testing.FixtureCourse;
import io.github.attentioncourse.testing.LinkCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the fixture course end to end with the real templates and checks pages, charts and JSON. */
class BakeIT {

    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void bake() {
        Path root = FixtureCourse.create(dir.resolve("course"), FixtureCourse.fixtureContent());
        output = dir.resolve("site");
        CompiledCourse compiled = FixtureCourse.build(root, output);
        assertEquals(List.of(), compiled.errors());
    }

    private static Document page(String uri) throws IOException {
        Path file = output.resolve(uri);
        assertTrue(Files.exists(file), uri + " exists");
        return Jsoup.parse(file.toFile(), "UTF-8", "");
    }

    @Test
    void indexListsPublishedLessonsByModuleAndOrder() throws IOException {
        Document index = page("index.html");
        List<String> modules = index.select(".module-card h2").eachText();
        assertEquals(List.of("Module 8 · Basics of Attention", "Module 9 · More heads"), modules);
        assertEquals(List.of("1. First <Lesson> & \"Quotes\"", "2. Second", "1. Only Lesson"),
                index.select(".lesson-list a").eachText());
        assertFalse(index.text().contains("Draft"));
    }

    @Test
    void lessonPageShowsPositionNeighboursAndEscapedTitle() throws IOException {
        Document lesson = page("module-8-basics/01-first.html");
        assertEquals("First <Lesson> & \"Quotes\"", lesson.selectFirst("h1").text());
        assertTrue(lesson.select(".lesson-meta").text().contains("Lesson 1 of 2"));
        assertTrue(lesson.select(".lesson-meta").text().contains("5 min"));
        Element next = lesson.selectFirst("a[rel=next]");
        assertNotNull(next);
        assertEquals("../module-8-basics/02-second.html", next.attr("href"));
        Document last = page("module-9-more-heads/01-only.html");
        assertEquals("../module-8-basics/02-second.html", last.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(null, last.selectFirst("a[rel=next]"));
    }

    @Test
    void slidesEndAtTheThematicBreak() throws IOException {
        Document lesson = page("module-8-basics/01-first.html");
        assertEquals(List.of("slide-1", "slide-2"), lesson.select("section.slide").eachAttr("id"));
        assertEquals("Slide 2 of 2", lesson.select("#slide-2 .slide-count").text());
        assertEquals("Intro paragraph before the slides.", lesson.select(".lesson-intro").text());
        assertNotNull(lesson.selectFirst(".lesson-after div.callout-warning[role=note]"));
        assertEquals("Quick check", lesson.select(".lesson-after h2").text());
    }

    @Test
    void quizMarksTheRightOption() throws IOException {
        Element quiz = page("module-8-basics/01-first.html").selectFirst(".quiz");
        assertEquals(List.of("A", "B"), quiz.select(".quiz-option").eachAttr("data-letter"));
        assertEquals("B", quiz.selectFirst("[data-correct]").attr("data-letter"));
        assertTrue(quiz.selectFirst(".quiz-answer").text().contains("Because."));
    }

    @Test
    void referencesAreNumbersFromTheSameTrace() throws IOException {
        Document lesson = page("module-8-basics/01-first.html");
        JsonNode json = new ObjectMapper().readTree(output.resolve("module-8-basics/01-first.i-love-ai.json").toFile());
        double weight = json.at("/heads/0/weights/2/1").asDouble();
        double score = json.at("/heads/0/scaled/2/1").asDouble();
        String text = lesson.text();
        assertTrue(text.contains("AI gives " + Math.round(weight * 100) + "% to love"), text);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "weight %.2f", weight)));
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "score %.2f", score)));
        assertEquals("{{percent i-love-ai AI love}}", lesson.select("p code").text());
        assertEquals("02-second.html#slide-1", lesson.selectFirst("a:contains(the second lesson)").attr("href"));
    }

    @Test
    void everyExampleJsonAgreesWithAnIndependentComputation() throws IOException {
        assertEquals(4, ExampleJson.verifyAll(output));
    }

    @Test
    void maskedScoresArePublishedAsNull() throws IOException {
        JsonNode json = new ObjectMapper().readTree(output.resolve("module-8-basics/01-first.example-2.json").toFile());
        assertEquals("causal", json.get("mask").asText());
        assertTrue(json.at("/heads/0/scaled/0/1").isNull());
        assertEquals(0.0, json.at("/heads/0/weights/0/1").asDouble());
    }

    @Test
    void chartsAreWellFormedLabelledSvgWithPageUniqueIds() throws Exception {
        for (String uri : List.of("module-8-basics/01-first.html", "module-8-basics/02-second.html")) {
            String html = Files.readString(output.resolve(uri));
            Document page = Jsoup.parse(html);
            List<Element> svgs = page.select("svg:not(.icon)");
            assertFalse(svgs.isEmpty());
            Set<String> ids = new HashSet<>();
            for (Element element : page.select("[id]")) {
                assertTrue(ids.add(element.id()), uri + " repeats id " + element.id());
            }
            for (Element svg : svgs) {
                assertNotNull(svg.selectFirst("title"), "svg has a title");
                assertNotNull(svg.selectFirst("desc"), "svg has a desc");
            }
            int start = html.indexOf("<svg");
            int end = html.indexOf("</svg>", start) + "</svg>".length();
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void multiHeadFigureShowsEveryHeadAndTheCombinedOutput() throws IOException {
        Element figure = page("module-8-basics/02-second.html").selectFirst("#ex-two-heads");
        assertEquals(2, figure.select("section.head").size());
        assertNotNull(figure.selectFirst(".part-combined"));
        assertEquals("02-second.two-heads.json", figure.selectFirst("a.json-link").attr("href"));
    }

    @Test
    void modulePagesExistWithOrWithoutIndexFile() throws IOException {
        Document basics = page("module-8-basics/index.html");
        assertEquals("Basics of Attention", basics.selectFirst("h1").text());
        assertTrue(basics.text().contains("The module page's own introduction."));
        Document more = page("module-9-more-heads/index.html");
        assertEquals("More heads", more.selectFirst("h1").text());
        assertEquals(List.of("1. Only Lesson"), more.select(".lesson-list a").eachText());
    }

    @Test
    void everyLocalLinkAnchorAndAssetResolvesAndNothingComesFromAnotherHost() {
        LinkCheck.Result links = LinkCheck.of(output, dir.resolve("course"));
        assertTrue(links.checked() > 50, "links were followed: " + links.checked());
        assertEquals(List.of(), links.problems());
    }
}
