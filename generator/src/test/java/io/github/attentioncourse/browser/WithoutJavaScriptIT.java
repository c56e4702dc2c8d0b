package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With JavaScript off every page is complete: every slide and every bar-chart panel shows, on a
 * 360 px phone nothing widens the page (a wide table scrolls in its box), and what then shows
 * passes axe-core in the light and in the dark colour scheme.
 */
@InEveryEngine
class WithoutJavaScriptIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    /**
     * Turns the page's dark colour scheme on as a system set to dark would: the style sheets' rules
     * for {@code prefers-color-scheme: dark} apply, and the browser draws its own parts dark.
     * (A script can change the rules of the page's own style sheets when they come from a server.)
     */
    private static final String DARK = """
            var changed = 0;
            (function visit(rules) {
              Array.prototype.forEach.call(rules, function (rule) {
                if (rule.media && /prefers-color-scheme:\\s*dark/.test(rule.media.mediaText)) { rule.media.mediaText = 'all'; changed++; }
                if (rule.cssRules) { visit(rule.cssRules); }
              });
            })(Array.prototype.concat.apply([], Array.prototype.map.call(document.styleSheets, function (s) { return Array.prototype.slice.call(s.cssRules); })));
            document.documentElement.style.colorScheme = 'dark';
            return changed;
            """;

    static CourseSite site;
    static Browser noJavaScript;
    static Browser withoutScripts;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        noJavaScript = Browser.withoutJavaScript(engine);
        noJavaScript.phone();
        withoutScripts = Browser.shared(engine);
        site = CourseSite.get();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (noJavaScript != null) {
            noJavaScript.close();
            noJavaScript = null;
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
        noJavaScript.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        assertEquals(0, PhoneIT.sidewaysOverflow(noJavaScript), "px the page is wider than a 360 px screen");
    }

    /**
     * In the shared browser, whose pages here come from a server that withholds the course's
     * scripts: they render as without JavaScript, while axe-core can still run (it cannot in a
     * browser with JavaScript off, which fires no timer).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everythingShownPassesAxeInTheLightAndTheDarkScheme(String page) {
        withoutScripts.open(site.urlWithoutScripts(page));
        assertShowsEverything(withoutScripts, page);
        List<String> violations = new ArrayList<>(Axe.violations(withoutScripts));
        // the dark scheme changes colours only
        long darkRules = (Long) withoutScripts.script(DARK);
        assertTrue(darkRules > 0, "the page has colours for the dark scheme");
        Axe.violations(withoutScripts, null, "color-contrast").forEach(v -> violations.add("dark: " + v));
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
