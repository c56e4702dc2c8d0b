package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the course with its script running, from disk and from a sub-path server, in
 * every engine: a clean console, no request that leaves 127.0.0.1, and no axe-core violation in
 * the state the script leaves it (first slide shown, tabs selected, roles added). The script does
 * the same to every lesson, so axe sees one lesson here; WithoutJavaScriptIT runs it on all of
 * every page. And no character or icon of a page is left for a font the reader may not have.
 */
@InEveryEngine
class PagesIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static Browser browser;
    static CourseSite site;
    /** The lesson on which axe checks the state the script leaves a lesson in. */
    static String axeLesson;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        axeLesson = site.firstPageWith("body:has([data-slides]):has([data-token-picker]):has([data-quiz])");
    }

    static Stream<String> pages() {
        return CourseSite.get().pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsCleanlyFromDiskAndFromTheServerAndPassesAxe(String page) {
        List<String> errors = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<Boolean> titled = new ArrayList<>();
        for (Origin origin : Origin.values()) {
            browser.open(site.url(origin, page));
            titled.add(browser.find("main h1").isDisplayed());
            browser.consoleErrors().forEach(e -> errors.add(origin + ": " + e));
            browser.requestedUrls().stream().filter(url -> !site.isLocal(url)).forEach(url -> outside.add(origin + ": " + url));
        }
        // the page from the server is still open; where it came from makes no difference to axe
        boolean lesson = !site.html(page).select("[data-slides]").isEmpty();
        List<String> violations = !lesson || page.equals(axeLesson) ? Axe.violations(browser) : List.of();
        assertAll(
                () -> assertEquals(List.of(true, true), titled, "the page shows its title"),
                () -> assertEquals(List.of(), errors, "console errors"),
                () -> assertEquals(List.of(), outside, "requests that leave 127.0.0.1"),
                () -> assertEquals(0, violations.size(), () -> "axe-core violations (WCAG 2.1 A/AA):\n  - "
                        + String.join("\n  - ", violations)));
    }

    /**
     * The check above can fail: a request a page sends to another host is seen (in WebKit only
     * the proxy sees it, so this also proves WebKit goes through the proxy).
     */
    @Test
    void aRequestToAnotherHostIsSeen() {
        browser.open(site.url(Origin.HTTP, "index.html"));
        browser.script("new Image().src = 'http://outside.invalid/pixel.png';");
        browser.waitUntil("the request to outside.invalid",
                () -> browser.requestedUrls().stream().anyMatch(url -> url.startsWith("http://outside.invalid/")));
    }

    /**
     * No character of the page needs a font a reader may not have (an emoji without a colour-emoji
     * font is an empty box), and every icon, drawn as SVG, takes up room where it shows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyCharacterHasAGlyphAndEveryIconIsDrawn(String page) {
        browser.open(site.url(Origin.HTTP, page));
        List<String> missing = Glyphs.missing((String) browser.script(Glyphs.PAGE_TEXT));
        @SuppressWarnings("unchecked")
        List<String> undrawn = (List<String>) browser.script("return Array.prototype.slice.call(document.querySelectorAll('svg.icon'))"
                + ".filter(function (i) { var r = i.getBoundingClientRect(); return i.checkVisibility() && !(r.width >= 8 && r.height >= 8); })"
                + ".map(function (i) { var r = i.getBoundingClientRect(); return i.getAttribute('class') + ' ' + r.width + '×' + r.height; });");
        long icons = site.html(page).select("svg.icon").size();
        long shown = (Long) browser.script("return Array.prototype.filter.call(document.querySelectorAll('svg.icon'),"
                + " function (i) { return i.checkVisibility(); }).length;");
        assertAll(
                () -> assertEquals(List.of(), missing, "characters without a glyph in the fonts every reader has"),
                () -> assertEquals(List.of(), undrawn, "icons shown smaller than 8 px"),
                () -> assertEquals(!site.html(page).select(".lesson-meta, .concept").isEmpty(), icons > 0,
                        "a lesson's header and key concepts have their icons"),
                () -> assertTrue(icons == 0 || shown > 0, "icons shown"));
    }
}
