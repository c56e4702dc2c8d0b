package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.preview.Preview;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's loop as the author sees it: {@code serve} on a copy of the fixture course, the
 * lesson open in Chromium (the author's loop is checked in one engine; the pages it shows are the
 * same as a build's, which every engine checks), the lesson's file saved. The page in the browser shows the edit by
 * itself, and a mistake shows on top of the page until it is fixed. Prints how long the browser
 * took from the save to the edit on screen.
 */
class PreviewBrowserIT {

    private static final String LESSON = "content/module-8-basics/01-first.md";
    private static final String PAGE = "module-8-basics/01-first.html";
    /** Long enough for a loaded CI machine; the time it really took is printed, not asserted. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    Path root;
    Preview preview;
    Browser browser;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        browser = Browser.shared(Engine.CHROMIUM);
        root = FixtureCourse.create(dir.resolve("course"), FixtureCourse.fixtureContent());
        preview = Preview.start(new CourseSource(root), root.resolve("output"), 0,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        browser.open(preview.url() + PAGE);
        waitForFirstPoll();
    }

    /**
     * The page reloads when the version it polls differs from the first one it saw, so an edit
     * saved before that first answer would go unnoticed: wait for it.
     */
    private void waitForFirstPoll() {
        until("the page's first poll", () -> (Boolean) browser.script("return performance.getEntriesByType('resource')"
                + ".some(function (e) { return e.name.indexOf('/__preview/version') >= 0; });"));
    }

    private String pageOnDisk() {
        try {
            return Files.readString(root.resolve("output").resolve(PAGE));
        } catch (IOException e) {
            return "";
        }
    }

    @AfterEach
    void stop() throws Exception {
        // about:blank first, so the page's polling does not outlive the server as console errors
        browser.open("about:blank");
        preview.close();
    }

    @Test
    void aSavedLessonShowsInTheOpenPageByItself() throws Exception {
        List<String> times = new ArrayList<>();
        String before = "Intro paragraph before the slides.";
        // Three saves: the first in a JVM that has not rebuilt anything yet, the later ones warm.
        for (int save = 1; save <= 3; save++) {
            String after = "Intro paragraph, save " + save + " while the browser looked.";
            browser.script("window.__beforeSave = true;");
            long savedAt = System.currentTimeMillis();
            long saved = System.nanoTime();
            edit(before, after);
            until("the page on disk", () -> pageOnDisk().contains(after));
            long onDisk = (System.nanoTime() - saved) / 1_000_000;
            until("the page on screen", () -> bodyText().contains(after));
            long onScreen = (System.nanoTime() - saved) / 1_000_000;
            // The browser's own clock of the reload, on the same wall clock as the save.
            @SuppressWarnings("unchecked")
            List<Number> load = (List<Number>) browser.script("var n = performance.getEntriesByType('navigation')[0];"
                    + "return [performance.timeOrigin, n.domContentLoadedEventEnd, n.loadEventEnd];");
            long reloadStarted = Math.round(load.get(0).doubleValue()) - savedAt;
            times.add(String.format(Locale.ROOT, "on disk %d ms, reload started %d ms, page ready %d ms (loaded %d ms), seen by the test %d ms",
                    onDisk, reloadStarted, reloadStarted + Math.round(load.get(1).doubleValue()),
                    reloadStarted + Math.round(load.get(2).doubleValue()), onScreen));
            assertNull(browser.script("return window.__beforeSave;"), "the page was loaded again");
            waitForFirstPoll();
            before = after;
        }
        System.out.println("preview in the browser: lesson saved → " + String.join("; ", times));
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @Test
    void aMistakeShowsOnTopOfThePageUntilItIsFixed() throws Exception {
        edit("sentence: I love AI", "sentense: I love AI");
        until("the mistake on top of the page", () -> !browser.findAll("#preview-errors").isEmpty());
        String overlay = browser.find("#preview-errors").text();
        assertAll(
                () -> assertTrue(overlay.contains(LESSON + ":"), () -> "names the file and line: " + overlay),
                () -> assertTrue(overlay.contains("sentense"), () -> "names the mistake: " + overlay),
                () -> assertTrue(bodyText().contains("Intro paragraph before the slides."), "the last good page stays below"));

        edit("sentense: I love AI", "sentence: I love AI");
        until("no mistake on top of the page", () -> browser.findAll("#preview-errors").isEmpty());
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    /** The text on screen, read in one script: the page may reload between finding an element and reading it. */
    private String bodyText() {
        return (String) browser.script("return document.body ? document.body.innerText : '';");
    }

    private void until(String what, BooleanSupplier condition) {
        browser.waitUntil(what, PATIENCE, condition);
    }

    private void edit(String from, String to) throws IOException {
        Path lesson = root.resolve(LESSON);
        String text = Files.readString(lesson);
        assertTrue(text.contains(from), from);
        Files.writeString(lesson, text.replace(from, to));
    }
}
