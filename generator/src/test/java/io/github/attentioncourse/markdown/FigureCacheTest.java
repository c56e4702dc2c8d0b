package io.github.attentioncourse.markdown;

import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.model.CourseModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureCacheTest {

    private static final String LESSON = """
            ## One

            ```attention
            id: small
            sentence: I love AI
            embeddings:
              I:    [1, 0]
              love: [0, 1]
              AI:   [1, 1]
            w_q: [[1, 0], [0, 1]]
            w_k: [[1, 0], [1, 1]]
            w_v: [[1, 0], [0, 1]]
            ```

            "AI" gives {{percent small AI love}} to "love".
            """;

    @Test
    void reusesTheFigureOfAnUnchangedBlock() {
        FigureCache cache = new FigureCache();
        AtomicInteger drawn = new AtomicInteger();
        Figure first = cache.figure("lesson.a.json", "block", () -> draw(drawn));
        Figure again = cache.figure("lesson.a.json", "block", () -> draw(drawn));
        assertSame(first, again);
        assertEquals(1, drawn.get());
    }

    @Test
    void redrawsAChangedBlockAndKeepsOnlyItsNewFigure() {
        FigureCache cache = new FigureCache();
        AtomicInteger drawn = new AtomicInteger();
        cache.figure("lesson.a.json", "block", () -> draw(drawn));
        Figure edited = cache.figure("lesson.a.json", "edited block", () -> draw(drawn));
        assertSame(edited, cache.figure("lesson.a.json", "edited block", () -> draw(drawn)));
        cache.figure("lesson.a.json", "block", () -> draw(drawn));
        assertEquals(3, drawn.get());
    }

    @Test
    void aLessonRenderedWithCachedFiguresIsTheSameAsOneDrawnAfresh() {
        FigureCache cache = new FigureCache();
        CourseMarkdown.render("lesson.md", 1, LESSON, "lesson", null, new RenderContext(cache, CourseModels.none()));
        String edited = LESSON + "\nA sentence the author added.\n";
        assertEquals(CourseMarkdown.render("lesson.md", 1, edited, "lesson", null, RenderContext.none()).html(),
                CourseMarkdown.render("lesson.md", 1, edited, "lesson", null, new RenderContext(cache, CourseModels.none())).html());
    }

    @Test
    void aLessonTakesItsFiguresFromTheCache(@TempDir Path folder) throws IOException {
        CourseMarkdown.render("lesson.md", 1, LESSON, "lesson", null, new RenderContext(FigureCache.onDisk(folder, "g"), CourseModels.none()));
        // What the cache holds is what the page gets: put a figure of our own in its place.
        try (Stream<Path> files = Files.list(folder)) {
            Files.writeString(files.findFirst().orElseThrow(), "23 0\n<figure>cached</figure>{}");
        }
        String html = CourseMarkdown.render("lesson.md", 1, LESSON + "\nMore prose.\n", "lesson", null,
                new RenderContext(FigureCache.onDisk(folder, "g"), CourseModels.none())).html();
        assertTrue(html.contains("<figure>cached</figure>"), html);
        assertTrue(html.contains("More prose."), html);
    }

    @Test
    void keepsFiguresOnDiskForTheNextBuildOfTheSameGenerator(@TempDir Path folder) {
        AtomicInteger drawn = new AtomicInteger();
        Figure first = FigureCache.onDisk(folder, "generator-1").figure("lesson.a.json", "block", () -> draw(drawn));
        Figure again = FigureCache.onDisk(folder, "generator-1").figure("lesson.a.json", "block", () -> draw(drawn));
        assertEquals(first, again);
        assertEquals(1, drawn.get());
        FigureCache.onDisk(folder, "generator-2").figure("lesson.a.json", "block", () -> draw(drawn));
        assertEquals(2, drawn.get());
    }

    @Test
    void aBuildKeepsOnlyTheFiguresItUsed(@TempDir Path folder) throws IOException {
        AtomicInteger drawn = new AtomicInteger();
        FigureCache.onDisk(folder, "g").figure("lesson.a.json", "old block", () -> draw(drawn));
        FigureCache next = FigureCache.onDisk(folder, "g");
        next.figure("lesson.a.json", "new block", () -> draw(drawn));
        next.forgetUnused();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void drawsAgainWhatADamagedFileHeld(@TempDir Path folder) throws IOException {
        AtomicInteger drawn = new AtomicInteger();
        FigureCache.onDisk(folder, "g").figure("lesson.a.json", "block", () -> draw(drawn));
        try (Stream<Path> files = Files.list(folder)) {
            Files.writeString(files.findFirst().orElseThrow(), "9999 1\n<figure>");
        }
        Figure figure = FigureCache.onDisk(folder, "g").figure("lesson.a.json", "block", () -> draw(drawn));
        assertEquals("<figure>2</figure>", figure.html());
    }

    private static Figure draw(AtomicInteger drawn) {
        return new Figure("<figure>" + drawn.incrementAndGet() + "</figure>", "{}", 1);
    }
}
