package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;

/** A lesson's slides, one at a time: arrow keys, the buttons and a URL fragment per slide. */
@InEveryEngine
class SlidesIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    static String page;
    static List<String> slides;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        page = site.firstPageWith("[data-slides] > .slide:nth-of-type(3)");
        slides = site.html(page).select("[data-slides] > .slide").eachAttr("id");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void arrowKeysStepThroughTheSlidesAndNameEachInTheUrl(Origin origin) {
        browser.open(site.url(origin, page));
        assertShows(0);
        browser.press(Keys.ARROW_RIGHT);
        assertShows(1);
        assertTrue(browser.currentUrl().endsWith("#" + slides.get(1)), browser.currentUrl());
        browser.press(Keys.ARROW_RIGHT);
        assertShows(2);
        browser.press(Keys.ARROW_LEFT);
        assertShows(1);
        browser.press(Keys.ARROW_LEFT);
        browser.press(Keys.ARROW_LEFT);
        assertShows(0);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void aFragmentOpensItsSlide(Origin origin) {
        browser.open(site.url(origin, page) + "#" + slides.get(2));
        assertShows(2);
        browser.navigate(site.url(origin, page) + "#" + slides.get(1));
        assertShows(1);
        browser.back();
        assertShows(2);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void buttonsStepThroughTheSlides(Origin origin) {
        browser.open(site.url(origin, page));
        Element previous = browser.find(".slide-controls button[aria-label='Previous slide']");
        Element next = browser.find(".slide-controls button[aria-label='Next slide']");
        assertFalse(previous.isEnabled(), "no slide before the first");
        next.click();
        assertShows(1);
        next.click();
        assertShows(2);
        previous.click();
        assertShows(1);
        assertEquals("2 / " + slides.size(), browser.find(".slide-position").text());
        // by keyboard from the second slide to the end: Enter on the focused Next button
        for (int i = 1; i < slides.size() - 1; i++) {
            next.type(Keys.ENTER);
        }
        assertShows(slides.size() - 1);
        assertFalse(next.isEnabled(), "no slide after the last");
        assertEquals("Previous slide", browser.focused().attribute("aria-label"),
                "the focus moves from the disabled Next button to Previous, not back to the top of the page");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void theFocusMovesToTheNewSlideWhenTheOneItWasInHides(Origin origin) {
        int from = -1;
        for (int i = 0; i < slides.size() - 1 && from < 0; i++) {
            if (!site.html(page).select("#" + slides.get(i) + " a[href], #" + slides.get(i) + " summary").isEmpty()) {
                from = i;
            }
        }
        Assumptions.assumeTrue(from >= 0, "no slide but the last holds a link or a summary");
        String slide = slides.get(from);
        browser.open(site.url(origin, page) + "#" + slide);
        Element control = browser.find("#" + slide + " a[href], #" + slide + " summary");
        browser.script("arguments[0].focus();", control);
        control.type(Keys.ARROW_RIGHT);
        assertShows(from + 1);
        assertEquals(slides.get(from + 1), browser.focused().id(),
                "the focus is on the slide now shown, not back at the top of the page");
    }

    /** Waits until the slide at {@code index}, and no other, is visible. */
    private static void assertShows(int index) {
        browser.waitUntil("slide " + (index + 1) + " alone shown",
                () -> browser.visibleIds("[data-slides] > .slide").equals(List.of(slides.get(index))));
    }
}
