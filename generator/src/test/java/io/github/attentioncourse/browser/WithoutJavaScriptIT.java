package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With JavaScript off every page is complete: every slide and every bar-chart panel shows, on a
 * 360 px phone nothing widens the page (a wide table scrolls in its box), and what then shows
 * passes axe-core in the light and in the dark colour scheme.
 */
class WithoutJavaScriptIT {

    static CourseSite site;
    static Browser noJavaScript;
    static Browser noCourseScript;

    @BeforeAll
    static void start() {
        noJavaScript = Browser.withoutJavaScript();
        noJavaScript.phone();
        noCourseScript = Browser.shared();
        noCourseScript.blockCourseScript();
        site = CourseSite.get();
    }

    @AfterAll
    static void stop() {
        if (noJavaScript != null) {
            noJavaScript.close();
        }
    }

    static Stream<Arguments> pagesByOrigin() {
        return Stream.of(Origin.values())
                .flatMap(origin -> CourseSite.get().pages().stream().map(page -> Arguments.of(origin, page)));
    }

    static Stream<String> pages() {
        return CourseSite.get().pages().stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesByOrigin")
    void showsEverySlideAndChartPanelAndFitsAPhone(Origin origin, String page) {
        noJavaScript.open(site.url(origin, page));
        assertShowsEverything(noJavaScript, page);
        // WebDriver's own script still runs: it opens every "all the numbers" section, as a reader would
        noJavaScript.driver().executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        assertEquals(0, PhoneIT.sidewaysOverflow(noJavaScript), "px the page is wider than a 360 px screen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everythingShownPassesAxeInTheLightAndTheDarkScheme(String page) {
        noCourseScript.open(site.url(Origin.FILE, page));
        assertShowsEverything(noCourseScript, page);
        noCourseScript.colorScheme("light");
        List<String> violations = new ArrayList<>(Axe.violations(noCourseScript));
        // the dark scheme changes colours only
        noCourseScript.colorScheme("dark");
        Axe.violations(noCourseScript, null, "color-contrast").forEach(v -> violations.add("dark: " + v));
        assertEquals(0, violations.size(), () -> "axe-core violations without JavaScript:\n  - "
                + String.join("\n  - ", violations));
    }

    private void assertShowsEverything(Browser browser, String page) {
        int slides = site.html(page).select("[data-slides] > .slide").size();
        int panels = site.html(page).select(".picker-panel").size();
        assertAll(
                () -> assertTrue(browser.find("main h1").isDisplayed(), "the title shows"),
                () -> assertEquals(slides, browser.visibleIds(".slide").size(), "slides shown"),
                () -> assertEquals(panels, browser.visibleIds(".picker-panel").size(), "bar-chart panels shown"),
                () -> assertEquals(0, browser.visibleIds(".picker-tabs, .slide-controls").size(),
                        "controls that only work with JavaScript"));
    }
}
