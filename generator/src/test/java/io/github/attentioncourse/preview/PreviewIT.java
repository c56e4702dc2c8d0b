package io.github.attentioncourse.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the preview on a copy of the fixture course and edits it as an author would. */
class PreviewIT {

    private static final String LESSON = "content/module-8-basics/01-first.md";
    private static final String PAGE = "module-8-basics/01-first.html";

    @TempDir
    Path dir;
    Path root;
    Preview preview;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        root = FixtureCourse.create(dir.resolve("course"), FixtureCourse.fixtureContent());
        preview = Preview.start(new CourseSource(root), root.resolve("output"), 0,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        preview.close();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(preview.url() + (path.startsWith("/") ? path.substring(1) : path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private void edit(String from, String to) throws Exception {
        Path lesson = root.resolve(LESSON);
        String text = Files.readString(lesson);
        assertTrue(text.contains(from), from);
        Files.writeString(lesson, text.replace(from, to));
    }

    private static long waitFor(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "timed out");
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private boolean pageContains(String text) {
        try {
            return Files.readString(root.resolve("output").resolve(PAGE)).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void servesPagesOnLoopbackWithTheReloadScript() throws Exception {
        assertTrue(preview.url().startsWith("http://127.0.0.1:"));
        assertTrue(get(PAGE).contains(LivePages.VERSION_PATH));
        assertTrue(get("").contains("Basics of Attention"), "the course index at /");
        assertTrue(get("css/course.css").contains("--accent"));
        assertFalse(Files.readString(root.resolve("output").resolve(PAGE)).contains(LivePages.VERSION_PATH),
                "the baked file itself is not changed");
    }

    @Test
    void anEditedLessonIsRebuiltAndTheVersionMoves() throws Exception {
        String version = get(LivePages.VERSION_PATH);
        edit("Intro paragraph before the slides.", "Intro paragraph, edited.");
        long millis = waitFor(() -> pageContains("Intro paragraph, edited."));
        waitFor(() -> !versionIs(version));
        System.out.println("preview: edit to page on disk in " + millis + " ms; " + out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(get(PAGE).contains("Intro paragraph, edited."));
    }

    @Test
    void aBrokenExampleIsShownInThePageUntilItIsFixed() throws Exception {
        String version = get(LivePages.VERSION_PATH);
        edit("sentence: I love AI", "sentense: I love AI");
        waitFor(() -> !versionIs(version));
        String page = get(PAGE);
        assertTrue(page.contains("preview-errors"), "error overlay shown");
        assertTrue(page.contains(LESSON + ":"), "error names the file and line");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(LESSON + ":"), "and the terminal too");
        assertTrue(pageContains("AI gives"), "the last good page is still there");
        String broken = get(LivePages.VERSION_PATH);
        edit("sentense: I love AI", "sentence: I love AI");
        waitFor(() -> !versionIs(broken));
        assertFalse(get(PAGE).contains("preview-errors"), "overlay gone once fixed");
    }

    @Test
    void aTemplateEditReRendersThePagesThatUseIt() throws Exception {
        Path template = root.resolve("templates/index.ftl");
        Files.writeString(template, Files.readString(template).replace("Attention, computed</h1>", "Attention, recomputed</h1>"));
        waitFor(() -> {
            try {
                return Files.readString(root.resolve("output/index.html")).contains("Attention, recomputed");
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void removedLessonsTakeTheirPagesWithThem() throws Exception {
        Path output = root.resolve("output");
        List<Path> draft = pagesOf(output, "module-9-more-heads", "02-draft");
        List<Path> lesson = pagesOf(output, "module-8-basics", "02-second");
        assertFalse(draft.isEmpty(), "the draft was baked");
        assertTrue(lesson.size() > 1, "the lesson and its example's numbers were baked");
        String version = get(LivePages.VERSION_PATH);
        Files.delete(root.resolve("content/module-9-more-heads/02-draft.md"));
        Files.delete(root.resolve("content/module-8-basics/02-second.md"));
        waitFor(() -> !versionIs(version));
        assertEquals(List.of(), pagesOf(output, "module-9-more-heads", "02-draft"));
        assertEquals(List.of(), pagesOf(output, "module-8-basics", "02-second"));
    }

    /** The files baked for one content file: its page, published or draft, and its examples' JSON. */
    private static List<Path> pagesOf(Path output, String folder, String baseName) throws java.io.IOException {
        try (Stream<Path> files = Files.list(output.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().startsWith(baseName + ".")
                    || f.getFileName().toString().startsWith(baseName + "-draft.")).sorted().toList();
        }
    }

    private boolean versionIs(String version) {
        try {
            return get(LivePages.VERSION_PATH).equals(version);
        } catch (Exception e) {
            return false;
        }
    }
}
