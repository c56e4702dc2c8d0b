package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;

/**
 * The search box in every page's header, from disk and from a sub-path server: typing a lesson's
 * title, one of its key concepts or one of its headings lists that lesson, the status says how
 * many lessons were found, and following a result opens the lesson.
 */
@InEveryEngine
class SearchIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    /** A lesson with slides and key concepts, searched for. */
    static String lesson;
    /** Another page, searched from. */
    static String from;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        lesson = lesson();
        from = site.pages().stream().filter(page -> !page.equals(lesson) && page.contains("/")).findFirst().orElseThrow();
    }

    private static String lesson() {
        return CourseSite.get().firstPageWith("[data-lesson-page]:has([data-slides] > .slide:nth-of-type(2)):has(.concept dt)");
    }

    static Stream<Arguments> queries() {
        Document page = CourseSite.get().html(lesson());
        String title = page.selectFirst("main h1").text();
        String concept = page.selectFirst(".concept dt").text().strip();
        String heading = page.select("[data-slides] > .slide h2").get(1).text();
        return Stream.of(Origin.values()).flatMap(origin -> Stream.of(
                Arguments.of(origin, "title", title),
                Arguments.of(origin, "key concept", concept),
                Arguments.of(origin, "heading", heading)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("queries")
    void typingFindsTheLessonAndAResultOpensIt(Origin origin, String what, String query) {
        browser.open(site.url(origin, from));
        Element input = browser.find("form[data-search] input");
        assertTrue(input.isDisplayed(), "the search box shows when JavaScript runs");
        input.type(query);
        browser.waitUntil("results", () -> !browser.findAll(".search-results a").isEmpty());
        List<Element> results = browser.findAll(".search-results a");
        Element hit = results.stream().filter(a -> path(a.href()).endsWith("/" + lesson)).findFirst()
                .orElseThrow(() -> new AssertionError("no result links to " + lesson + " for “" + query + "”: "
                        + results.stream().map(Element::href).toList()));
        String status = browser.find(".search-status").text();
        assertAll(
                () -> assertTrue(status.startsWith(results.size() + " lesson"), "the status counts the results: " + status),
                () -> assertEquals("status", browser.find(".search-status").attribute("role")));
        hit.click();
        browser.waitUntil("the lesson", () -> path(browser.currentUrl()).endsWith("/" + lesson));
        browser.waitUntil("the lesson's title", () -> site.html(lesson).selectFirst("main h1").text().equals(browser.find("main h1").text()));
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void theKeyboardReachesTheResultsAndEscapeClearsThem(Origin origin) {
        browser.open(site.url(origin, from));
        Element input = browser.find("form[data-search] input");
        String title = site.html(lesson).selectFirst("main h1").text();
        input.type(title);
        browser.waitUntil("results", () -> !browser.findAll(".search-results a").isEmpty());
        // asked before axe runs, and dropped after: axe logs an error when it cannot read the stylesheet of a file:// page
        List<String> errors = new ArrayList<>(browser.consoleErrors());
        List<String> violations = Axe.violations(browser);
        browser.consoleErrors();
        input.type(Keys.TAB);
        assertEquals(browser.find(".search-results a").href(), browser.focused().href(), "Tab goes from the box to the first result");
        input.type(Keys.ESCAPE);
        browser.waitUntil("no results", () -> browser.findAll(".search-results li").isEmpty());
        assertFalse(browser.find(".search-results").isDisplayed(), "no empty list shows");
        input.type("zzqxj");
        browser.waitUntil("“No lesson matches”", () -> browser.find(".search-status").text().startsWith("No lesson matches"));
        errors.addAll(browser.consoleErrors());
        assertEquals(List.of(), errors, "console errors");
        assertEquals(0, violations.size(), () -> "axe-core violations with results shown:\n  - " + String.join("\n  - ", violations));
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
