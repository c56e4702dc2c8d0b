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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search box in every page's header, from disk and from a sub-path server: typing a lesson's
 * title, one of its key concepts or one of its headings lists that lesson, the status says how
 * many lessons were found, and following a result opens the lesson.
 */
class SearchIT {

    static CourseSite site;
    static Browser browser;
    /** A lesson with slides and key concepts, searched for. */
    static String lesson;
    /** Another page, searched from. */
    static String from;

    @BeforeAll
    static void start() {
        browser = Browser.shared();
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
        // a concept's term, without the emoji it may start with
        String concept = page.selectFirst(".concept dt").text().replaceAll("^[^\\p{L}\\p{N}]+", "");
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
        WebElement input = browser.find("form[data-search] input");
        assertTrue(input.isDisplayed(), "the search box shows when JavaScript runs");
        input.sendKeys(query);
        browser.waitUntil(driver -> !browser.findAll(".search-results a").isEmpty());
        List<WebElement> results = browser.findAll(".search-results a");
        WebElement hit = results.stream().filter(a -> path(a.getAttribute("href")).endsWith("/" + lesson)).findFirst()
                .orElseThrow(() -> new AssertionError("no result links to " + lesson + " for “" + query + "”: "
                        + results.stream().map(a -> a.getAttribute("href")).toList()));
        String status = browser.find(".search-status").getText();
        assertAll(
                () -> assertTrue(status.startsWith(results.size() + " lesson"), "the status counts the results: " + status),
                () -> assertEquals("status", browser.find(".search-status").getAttribute("role")));
        hit.click();
        browser.waitUntil(driver -> path(driver.getCurrentUrl()).endsWith("/" + lesson));
        assertEquals(site.html(lesson).selectFirst("main h1").text(), browser.find("main h1").getText());
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("origins")
    void theKeyboardReachesTheResultsAndEscapeClearsThem(Origin origin) {
        browser.open(site.url(origin, from));
        WebElement input = browser.find("form[data-search] input");
        String title = site.html(lesson).selectFirst("main h1").text();
        input.sendKeys(title);
        browser.waitUntil(driver -> !browser.findAll(".search-results a").isEmpty());
        // asked before axe runs, and dropped after: axe logs an error when it cannot read the stylesheet of a file:// page
        List<String> errors = new ArrayList<>(browser.consoleErrors());
        List<String> violations = Axe.violations(browser);
        browser.consoleErrors();
        input.sendKeys(Keys.TAB);
        assertEquals(browser.find(".search-results a").getAttribute("href"),
                browser.driver().switchTo().activeElement().getAttribute("href"), "Tab goes from the box to the first result");
        input.sendKeys(Keys.ESCAPE);
        browser.waitUntil(driver -> browser.findAll(".search-results li").isEmpty());
        assertFalse(browser.find(".search-results").isDisplayed(), "no empty list shows");
        input.sendKeys("zzqxj");
        browser.waitUntil(driver -> browser.find(".search-status").getText().startsWith("No lesson matches"));
        errors.addAll(browser.consoleErrors());
        assertEquals(List.of(), errors, "console errors");
        assertEquals(0, violations.size(), () -> "axe-core violations with results shown:\n  - " + String.join("\n  - ", violations));
    }

    static Stream<Origin> origins() {
        return Stream.of(Origin.values());
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
