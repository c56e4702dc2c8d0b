package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;

/** The token picker of a bar chart: tabs that show one query's panel at a time, by mouse and by keyboard. */
@InEveryEngine
class TokenPickerIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    static String page;
    static List<String> tabs;
    static List<String> panels;
    static int initial;
    static String slide;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        page = site.firstPageWith("[data-token-picker] .picker-tabs button:nth-of-type(3)");
        Element picker = site.html(page).selectFirst("[data-token-picker]:has(.picker-tabs button:nth-of-type(3))");
        tabs = picker.select(".picker-tabs button").eachAttr("id");
        panels = picker.select(".picker-tabs button").eachAttr("aria-controls");
        initial = Math.max(0, picker.select(".picker-tabs button").indexOf(picker.selectFirst("button[data-selected]")));
        Element section = picker.closest(".slide");
        slide = section == null ? null : section.id();
    }

    /** Opens the page at the picker: a fragment naming something inside a slide opens that slide. */
    private static void openAtPicker(Origin origin) {
        browser.open(site.url(origin, page) + "#" + tabs.get(0));
        assertShowsPanel(initial);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void clickingATabShowsItsPanelOnly(Origin origin) {
        openAtPicker(origin);
        int other = initial == 0 ? 1 : 0;
        browser.find("#" + tabs.get(other)).click();
        assertShowsPanel(other);
        browser.find("#" + tabs.get(initial)).click();
        assertShowsPanel(initial);
        assertEquals(List.of(), browser.consoleErrors());
        List<String> violations = Axe.violations(browser);
        assertEquals(0, violations.size(), () -> "axe-core violations with the picker shown:\n  - "
                + String.join("\n  - ", violations));
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void arrowKeysMoveBetweenTabsAndLeaveTheSlideAlone(Origin origin) {
        openAtPicker(origin);
        browser.find("#" + tabs.get(0)).click();
        assertShowsPanel(0);
        browser.focused().type(Keys.ARROW_RIGHT);
        assertShowsPanel(1);
        assertEquals(tabs.get(1), browser.focused().id(), "the selected tab has the focus");
        browser.focused().type(Keys.ARROW_LEFT);
        assertShowsPanel(0);
        browser.focused().type(Keys.ARROW_LEFT);
        assertShowsPanel(tabs.size() - 1);
        browser.focused().type(Keys.HOME);
        assertShowsPanel(0);
        browser.focused().type(Keys.END);
        assertShowsPanel(tabs.size() - 1);
        if (slide != null) {
            assertTrue(browser.find("#" + slide).isDisplayed(), "arrow keys in the tabs do not turn the slide");
        }
    }

    /** Waits until the panel at {@code index}, and no other of this picker, is visible and its tab selected. */
    private static void assertShowsPanel(int index) {
        String ofThisPicker = String.join(", ", panels.stream().map(id -> "#" + id).toList());
        browser.waitUntil("panel " + panels.get(index) + " alone shown",
                () -> browser.visibleIds(ofThisPicker).equals(List.of(panels.get(index)))
                        && browser.visibleIds("[aria-selected=true]").contains(tabs.get(index)));
    }
}
