package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the course with its script running, from disk and from a sub-path server, in
 * every engine: a clean console, no request that leaves 127.0.0.1, and no axe-core violation in
 * the state the script leaves it (first slide shown, tabs selected, roles added). The script does
 * the same to every lesson, so axe sees one lesson here; WithoutJavaScriptIT runs it on all of
 * every page.
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
}
