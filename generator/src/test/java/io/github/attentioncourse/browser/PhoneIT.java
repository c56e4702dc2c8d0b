package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every slide of every lesson on a 360 px phone, with every "all the numbers" section open: the
 * page never scrolls sideways, and a table wider than the screen scrolls in a box that the
 * keyboard can reach. (Colours and names do not change with the width; the other tests check them.)
 */
class PhoneIT {

    /** The axe rule whose outcome depends on the width of the screen (meta-viewport is checked once per page). */
    private static final String SCROLLING = "scrollable-region-focusable";

    static CourseSite site;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        browser.phone();
        site = CourseSite.get();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<String> lessons() {
        CourseSite site = CourseSite.get();
        return site.pages().stream().filter(page -> !site.html(page).select("[data-slides] > .slide").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everySlideFitsTheScreenAndWideTablesTakeTheFocus(String page) {
        List<String> slides = site.html(page).select("[data-slides] > .slide").eachAttr("id");
        browser.open(site.url(Origin.FILE, page));
        browser.driver().executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            String slide = slides.get(i);
            if (i > 0) {
                new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
            }
            browser.waitUntil(driver -> browser.visibleIds("[data-slides] > .slide").equals(List.of(slide)));
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 0) {
                problems.add(slide + ": the page is " + overflow + " px wider than the screen");
            }
            Axe.violations(browser, "#" + slide, SCROLLING).forEach(v -> problems.add(slide + ": " + v));
        }
        Axe.violations(browser, null, SCROLLING, "meta-viewport").forEach(v -> problems.add("page: " + v));
        assertEquals(0, problems.size(), () -> "on a 360 px screen:\n  - " + String.join("\n  - ", problems));
    }
}
