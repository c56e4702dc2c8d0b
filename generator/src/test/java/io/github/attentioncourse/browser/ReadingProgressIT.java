package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading progress, kept in the browser: the course index marks, in words, the lessons opened in
 * this browser and counts them, from disk too (each engine keeps one storage for the file:// pages
 * of a folder or of the whole disk).
 */
@InEveryEngine
class ReadingProgressIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    static List<String> lessons;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        lessons = site.html("index.html").select("[data-lesson]").eachAttr("data-lesson");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void lessonsOpenedAreMarkedReadOnTheIndex(Origin origin) {
        browser.open(site.url(origin, "index.html"));
        browser.script("localStorage.clear();");
        browser.open(site.url(origin, "index.html"));
        assertEquals(List.of(), marked(), "nothing is marked before a lesson is opened");
        assertFalse(browser.find("[data-reading-progress]").isDisplayed(), "no count before a lesson is opened");

        List<String> read = List.of(lessons.get(0), lessons.get(lessons.size() - 1));
        for (String lesson : read) {
            browser.open(site.url(origin, lesson));
            browser.waitUntil("the lesson's title", () -> browser.find("main h1").isDisplayed());
        }
        browser.open(site.url(origin, "index.html"));
        // before axe, which logs an error when it cannot read the stylesheet of a file:// page
        List<String> errors = browser.consoleErrors();
        List<String> violations = Axe.violations(browser);
        assertAll(
                () -> assertEquals(read, marked(), "lessons marked read"),
                () -> assertEquals("✓ Read", browser.find(".read-mark").text()),
                () -> assertEquals("true", browser.find(".read-mark > span").attribute("aria-hidden"),
                        "the tick is decoration; the word says it"),
                () -> assertEquals(read.size() + " of " + lessons.size() + " lessons read",
                        browser.find("[data-reading-progress]").text()),
                () -> assertEquals(List.of(), errors, "console errors"),
                () -> assertEquals(0, violations.size(), () -> "axe-core violations:\n  - " + String.join("\n  - ", violations)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> marked() {
        return (List<String>) browser.script("return Array.prototype.map.call("
                + "document.querySelectorAll('[data-lesson]:has(.read-mark)'), function (li) { return li.getAttribute('data-lesson'); });");
    }
}
