package io.github.attentioncourse.site;

import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.course.Course;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.testing.ExampleJson;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

/** Bakes the real course and checks what every lesson of Module 2 must have. */
class CourseContentIT {

    @TempDir
    static Path dir;
    static Path output;
    static CompiledCourse compiled;

    @BeforeAll
    static void bake() {
        output = dir.resolve("site");
        compiled = FixtureCourse.build(FixtureCourse.projectRoot(), output);
        assertEquals(List.of(), compiled.errors());
        assertEquals(List.of(), compiled.warnings());
    }

    @Test
    void moduleTwoHasElevenLessonsInOrderWithComputedPositions() throws IOException {
        Course.Module attention = compiled.course().modules().stream().filter(m -> m.number() == 2).findFirst().orElseThrow();
        assertEquals("Attention", attention.title());
        assertEquals(11, attention.lessons().size());
        for (int k = 1; k <= 11; k++) {
            Lesson lesson = attention.lessons().get(k - 1);
            assertEquals(k, lesson.order());
            Document page = Jsoup.parse(output.resolve(lesson.uri()).toFile(), "UTF-8", "");
            assertTrue(page.select(".lesson-meta").text().contains("Lesson " + k + " of 11"), lesson.file());
            assertEquals(k > 1, page.selectFirst("a[rel=prev]") != null, lesson.file() + " previous link");
            assertEquals(k < 11, page.selectFirst("a[rel=next]") != null, lesson.file() + " next link");
        }
    }

    @Test
    void everyLessonHasSlidesAChartAQuizKeyConceptsAndACallout() throws IOException {
        for (Lesson lesson : compiled.course().sequence()) {
            Document page = Jsoup.parse(output.resolve(lesson.uri()).toFile(), "UTF-8", "");
            String name = lesson.file();
            assertTrue(page.select("section.slide").size() >= 3, name + " has slides");
            assertFalse(page.select("figure.attention-example svg").isEmpty(), name + " has a computed chart");
            Element quiz = page.selectFirst(".quiz");
            assertNotNull(quiz, name + " has a quiz");
            assertEquals(1, quiz.select("[data-correct]").size(), name + " quiz has one right answer");
            assertFalse(quiz.select(".quiz-answer").text().isBlank(), name + " quiz explains the answer");
            assertFalse(page.select(".concepts .concept").isEmpty(), name + " has key concepts");
            assertFalse(page.select("div.callout[role=note]").isEmpty(), name + " has a callout");
            assertFalse(page.text().contains("{{"), name + " has no unresolved reference");
        }
    }

    @Test
    void theSeedLessonKeepsEveryElementOfTheSeed() throws IOException {
        Document page = Jsoup.parse(output.resolve("module-2-attention/06-self-attention-in-practice.html").toFile(), "UTF-8", "");
        assertEquals("Self-Attention in Practice", page.selectFirst("h1").text());
        assertTrue(page.select(".module-label").text().contains("Module 2 · Attention"));
        String meta = page.select(".lesson-meta").text();
        assertTrue(meta.contains("12 min") && meta.contains("Lesson 6 of 11") && meta.contains("Core Concept"), meta);
        assertEquals(6, page.select("section.slide").size());
        assertEquals(4, page.select(".concepts .concept").size());
        assertEquals(4, page.select(".quiz-option").size());
        assertEquals("B", page.selectFirst("[data-correct]").attr("data-letter"));
        assertTrue(page.select(".lesson-after").text().contains("meeting room"));
        String text = page.text();
        assertTrue(text.contains("dmodel = 512") && text.contains("dk = dv = 64"), "the paper's sizes");
        Element tired = page.selectFirst("#ex-animal-was-tired");
        assertNotNull(tired.selectFirst(".token-picker"));
        assertTrue(text.contains("in which \"tired\" gives 65% to \"animal\""), "the seed's illustration: tired → animal 65%");
        Element learned = page.selectFirst("#ex-learned-tired");
        assertNotNull(learned.selectFirst(".token-picker"), "the interactive slide runs on the trained model");
        assertTrue(learned.select(".figure-source").text().contains("not set by hand"), learned.select("figcaption").text());
        assertTrue(text.contains("\"tired\" looks mostly at \"animal\""), "tired → animal in the trained model");
    }

    @Test
    void everyExampleOfTheCourseAgreesWithAnIndependentComputation() throws IOException {
        assertTrue(ExampleJson.verifyAll(output) >= 22);
    }

    @Test
    void scalingBringsTheLargeDkWeightBackNearTheSmallOne() throws IOException {
        // Lesson 5's table: "tired" → "animal" unscaled and scaled, for d_k = 2 and d_k = 8.
        List<List<Integer>> rows = tableOf("05-scaled-dot-product-attention.html", "\"tired\" → \"animal\"").stream()
                .map(row -> row.subList(1, 3).stream().map(cell -> Integer.parseInt(cell.replace("%", ""))).toList())
                .toList();
        assertTrue(rows.get(1).get(0) >= 90, "unscaled, d_k = 8 saturates: " + rows);
        assertTrue(Math.abs(rows.get(1).get(1) - rows.get(0).get(1)) <= 5, "scaled, d_k = 8 is near d_k = 2: " + rows);
    }

    @Test
    void withRopeAScoreDependsOnlyOnHowFarApartTheWordsAre() throws IOException {
        // Lesson 10's table: the same pair at the same offset twice, then further apart; RoPE and sinusoidal columns.
        List<List<String>> rows = tableOf("10-positional-encoding.html", "Query → key");
        assertEquals(rows.get(0).get(1), rows.get(1).get(1), "RoPE, same offset elsewhere: " + rows);
        assertFalse(rows.get(1).get(1).equals(rows.get(2).get(1)), "RoPE, another offset: " + rows);
        assertFalse(rows.get(0).get(2).equals(rows.get(1).get(2)), "sinusoidal, same offset elsewhere: " + rows);
    }

    /** The body rows, as text, of the table on a Module 2 page whose first heading cell is {@code corner}. */
    private static List<List<String>> tableOf(String page, String corner) throws IOException {
        Document document = Jsoup.parse(output.resolve("module-2-attention/" + page).toFile(), "UTF-8", "");
        Element table = document.select("table").stream()
                .filter(t -> t.selectFirst("th") != null && t.selectFirst("th").text().equals(corner))
                .findFirst().orElseThrow();
        return table.select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::text).toList())
                .toList();
    }

    @Test
    void theAdditiveAndRotaryExamplesAgreeWithNaiveLoops() throws IOException {
        // Lessons 1, 3 and 5 score additively beside dot products; lesson 10 turns queries and keys (RoPE).
        assertTrue(ExampleJson.verifyAll(output, ExampleJson::additive) >= 3, "additive examples");
        assertTrue(ExampleJson.verifyAll(output, ExampleJson::rotary) >= 1, "RoPE examples");
    }
}
