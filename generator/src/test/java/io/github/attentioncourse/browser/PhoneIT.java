package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page on a 360 px phone with its script running, every slide shown at once and every "all
 * the numbers" section open: the page never scrolls sideways, and a table wider than the screen
 * scrolls in a box that the keyboard can reach. (Colours and names do not change with the width;
 * the other tests check them. WithoutJavaScriptIT checks the width with JavaScript off.)
 */
@InEveryEngine
class PhoneIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    /** The axe rule whose outcome depends on the width of the screen (meta-viewport is checked with it). */
    private static final String SCROLLING = "scrollable-region-focusable";

    static CourseSite site;
    static Browser browser;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        browser.phone();
        site = CourseSite.get();
    }

    static Stream<String> pages() {
        return CourseSite.get().pages().stream();
    }

    /** How many CSS pixels the open page is wider than the screen (0 when it fits). */
    static long sidewaysOverflow(Browser browser) {
        return (Long) browser.script(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** The outermost elements that reach past the screen's right edge, for the failure message. */
    static Object outermostWide(Browser browser) {
        return browser.script("var w = document.documentElement.clientWidth, found = [];"
                + "function clipped(e) { for (var a = e.parentElement; a; a = a.parentElement) {"
                + "  var o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') return true; }"
                + "  return false; }"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && !clipped(e)) {"
                + "    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '[' + (e.getAttribute('class') || '') + '] right '"
                + "      + Math.round(r.right) + ' ' + getComputedStyle(e).position);"
                + "  }"
                + "});"
                + "return found.slice(0, 5).join(', ');");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everythingFitsTheScreenAndWideTablesTakeTheFocus(String page) {
        browser.open(site.url(Origin.FILE, page));
        // the script shows one slide at a time; showing them all checks every slide in one layout
        browser.script("document.querySelectorAll('[data-slides] > .slide').forEach(function (s) { s.hidden = false; });"
                + "document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        List<String> problems = new ArrayList<>();
        long overflow = sidewaysOverflow(browser);
        if (overflow > 0) {
            problems.add("the page is " + overflow + " px wider than the screen, at " + outermostWide(browser));
        }
        Axe.violations(browser, null, SCROLLING, "meta-viewport").forEach(problems::add);
        assertEquals(0, problems.size(), () -> "on a 360 px screen:\n  - " + String.join("\n  - ", problems));
    }
}
