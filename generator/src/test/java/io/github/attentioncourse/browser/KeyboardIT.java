package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Keyboard only: the skip link comes first, and Tab reaches every control once, a token picker as one stop. */
class KeyboardIT {

    static CourseSite site;
    static Browser browser;
    static String page;
    static String pickerTab;
    static List<String> pickerTabs;

    @BeforeAll
    static void start() {
        browser = Browser.shared();
        site = CourseSite.get();
        page = site.firstPageWith("[data-slides] [data-token-picker] .picker-tabs button:nth-of-type(2)");
        pickerTabs = site.html(page).selectFirst("[data-slides] [data-token-picker]").select(".picker-tabs button").eachAttr("id");
        pickerTab = pickerTabs.get(0);
    }

    @Test
    void theSkipLinkComesFirstShowsAndLeadsToTheContent() {
        browser.open(site.url(Origin.HTTP, page));
        press(Keys.TAB);
        WebElement skip = focused();
        assertEquals("skip-link", skip.getAttribute("class"));
        assertTrue(isOnScreen(skip), "the focused skip link is on screen");
        press(Keys.ENTER);
        browser.waitUntil(driver -> "main".equals(focused().getAttribute("id")));
    }

    @Test
    void tabReachesEveryControlOnceAndEachTokenPickerAsOneStop() {
        // open on the slide with a token picker, so that it is among the controls
        browser.open(site.url(Origin.HTTP, page) + "#" + pickerTab);
        @SuppressWarnings("unchecked")
        List<WebElement> expected = (List<WebElement>) browser.driver().executeScript(
                "return Array.prototype.slice.call(document.querySelectorAll("
                        + "'a[href], button:not([disabled]), input, summary, [tabindex]'))"
                        + ".filter(function (e) { return e.tabIndex >= 0 && e.checkVisibility(); });");
        Set<WebElement> reached = new LinkedHashSet<>();
        for (int i = 0; i < expected.size() + 2; i++) {
            press(Keys.TAB);
            reached.add(focused());
        }
        // past the last control the focus leaves the page (the body is active) and starts again
        reached.removeIf(e -> "body".equals(e.getTagName()));
        List<WebElement> missed = expected.stream().filter(e -> !reached.contains(e)).toList();
        List<WebElement> extra = reached.stream().filter(e -> !expected.contains(e)).toList();
        assertEquals(List.of(), describe(missed), "controls Tab does not reach");
        assertEquals(List.of(), describe(extra), "stops that are no control (a picker's other tabs are reached by arrow keys)");
        assertEquals(1, reached.stream().filter(e -> pickerTabs.contains(e.getAttribute("id"))).count(),
                "a token picker is one stop");
    }

    private static boolean isOnScreen(WebElement element) {
        return (Boolean) browser.driver().executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0;",
                element);
    }

    private static List<String> describe(List<WebElement> elements) {
        List<String> names = new ArrayList<>();
        for (WebElement e : elements) {
            names.add(e.getTagName() + "#" + e.getAttribute("id") + " \"" + e.getText() + "\"");
        }
        return names;
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static void press(Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
