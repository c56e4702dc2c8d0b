package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.openqa.selenium.Keys;

/** Keyboard only: the skip link comes first, and Tab reaches every control once, a token picker as one stop. */
@InEveryEngine
class KeyboardIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    static String page;
    static String pickerTab;
    static List<String> pickerTabs;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        page = site.firstPageWith("[data-slides] [data-token-picker] .picker-tabs button:nth-of-type(2)");
        pickerTabs = site.html(page).selectFirst("[data-slides] [data-token-picker]").select(".picker-tabs button").eachAttr("id");
        pickerTab = pickerTabs.get(0);
    }

    @Test
    void theSkipLinkComesFirstShowsAndLeadsToTheContent() {
        browser.open(site.url(Origin.HTTP, page));
        browser.press(Keys.TAB);
        Element skip = browser.focused();
        assertEquals("skip-link", skip.attribute("class"));
        assertTrue(isOnScreen(skip), "the focused skip link is on screen");
        browser.press(Keys.ENTER);
        browser.waitUntil("the focus on main", () -> "main".equals(browser.focused().id()));
    }

    @Test
    void tabReachesEveryControlOnceAndEachTokenPickerAsOneStop() {
        // open on the slide with a token picker, so that it is among the controls
        browser.open(site.url(Origin.HTTP, page) + "#" + pickerTab);
        @SuppressWarnings("unchecked")
        List<Element> expected = (List<Element>) browser.script("return Array.prototype.slice.call(document.querySelectorAll("
                + "'a[href], button:not([disabled]), input, summary, [tabindex]'))"
                + ".filter(function (e) { return e.tabIndex >= 0 && e.checkVisibility(); });");
        Set<Element> reached = new LinkedHashSet<>();
        // past the last control the focus leaves the page for the browser's own controls (the
        // body is then active; Firefox has more of them than Chromium) and comes back at the top
        for (int i = 0; i < 2 * expected.size() + 20 && !reached.containsAll(expected); i++) {
            browser.press(Keys.TAB);
            reached.add(browser.focused());
        }
        reached.removeIf(e -> "body".equals(e.tagName()));
        List<Element> missed = expected.stream().filter(e -> !reached.contains(e)).toList();
        List<Element> extra = reached.stream().filter(e -> !expected.contains(e)).toList();
        assertEquals(List.of(), describe(missed), "controls Tab does not reach");
        assertEquals(List.of(), describe(extra), "stops that are no control (a picker's other tabs are reached by arrow keys)");
        assertEquals(1, reached.stream().filter(e -> pickerTabs.contains(e.id())).count(), "a token picker is one stop");
    }

    private static boolean isOnScreen(Element element) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0;",
                element);
    }

    private static List<String> describe(List<Element> elements) {
        List<String> names = new ArrayList<>();
        for (Element e : elements) {
            names.add(e.tagName() + "#" + e.id() + " \"" + e.text() + "\"");
        }
        return names;
    }
}
