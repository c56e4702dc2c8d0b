package io.github.attentioncourse.browser;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What the try boxes' tests do with a box, in one place, through the suite's {@link Browser}
 * (open, find, wait, run a script in the page), so that they run in any engine the suite drives.
 */
final class TryBoxes {

    private TryBoxes() {
    }

    /** Runs {@code script} in the open page; {@code arguments[i]} are {@code args}. */
    static Object js(Browser browser, String script, Object... args) {
        return browser.driver().executeScript(script, args);
    }

    /** Waits until the box with this id has its model and has read its sentence. */
    static void waitReady(Browser browser, String box) {
        browser.waitUntil(driver -> !browser.findAll("#" + box + "[data-try-ready]").isEmpty());
    }

    /** Replaces the box's sentence by typing {@code text} into it, as a reader would. */
    static void type(Browser browser, String box, String text) {
        WebElement input = browser.find("#" + box + " input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        browser.waitUntil(driver -> text.equals(input.getAttribute("value")));
    }

    /** What the box says about the sentence. */
    static String status(Browser browser, String box) {
        return browser.find("#" + box + " .try-status").getText();
    }

    /** The words under the box, as the model reads them, with their marks ("unknown", "over" or ""). */
    @SuppressWarnings("unchecked")
    static List<List<String>> words(Browser browser, String box) {
        return (List<List<String>>) js(browser, "return Array.prototype.map.call(document.querySelectorAll('#' + arguments[0]"
                + " + ' .try-tokens li:not(.more)'), function (li) { return [li.firstChild.textContent, li.className]; });", box);
    }

    /** The query words of the box's first heatmap, top to bottom: the sentence its charts show. */
    @SuppressWarnings("unchecked")
    static List<String> charted(Browser browser, String box) {
        return (List<String>) js(browser, "var t = document.querySelector('#' + arguments[0] + ' .try-result table');"
                + " return t ? Array.prototype.map.call(t.querySelectorAll('tbody th'), function (th) { return th.textContent; }) : [];", box);
    }
}
