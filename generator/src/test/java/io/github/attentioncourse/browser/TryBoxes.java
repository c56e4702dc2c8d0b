package io.github.attentioncourse.browser;

import java.util.List;

/**
 * What the try boxes' tests do with a box, in one place, through the suite's {@link Browser}
 * (open, find, wait, run a script in the page), so that they run in any engine the suite drives.
 */
final class TryBoxes {

    private TryBoxes() {
    }

    /** Runs {@code script} in the open page; {@code arguments[i]} are {@code args}. */
    static Object js(Browser browser, String script, Object... args) {
        return browser.script(script, args);
    }

    /** Waits until the box with this id has its model and has read its sentence. */
    static void waitReady(Browser browser, String box) {
        browser.waitUntil("the box " + box + " ready", () -> !browser.findAll("#" + box + "[data-try-ready]").isEmpty());
    }

    /** Replaces the box's sentence by typing {@code text} into it, as a reader would. */
    static void type(Browser browser, String box, String text) {
        Element input = browser.find("#" + box + " input");
        // emptied by script: the key that selects all differs between systems and engines
        js(browser, "arguments[0].value = '';", input);
        input.type(text);
        browser.waitUntil("“" + text + "” typed", () -> text.equals(js(browser, "return arguments[0].value;", input)));
    }

    /** The sentence in the box now (the input's value, not the attribute it was baked with). */
    static String value(Browser browser, String box) {
        return (String) js(browser, "return document.querySelector('#' + arguments[0] + ' input').value;", box);
    }

    /** What the box says about the sentence. */
    static String status(Browser browser, String box) {
        return browser.find("#" + box + " .try-status").text();
    }

    /** The words under the box, as the model reads them, with their marks ("unknown", "over" or ""). */
    @SuppressWarnings("unchecked")
    static List<List<String>> words(Browser browser, String box) {
        return (List<List<String>>) js(browser, "return Array.prototype.map.call(document.querySelectorAll('#' + arguments[0]"
                + " + ' .try-tokens li:not(.more)'), function (li) { return [li.firstChild.textContent, li.className]; });", box);
    }

    /** The words of the box's query picker, in order: the sentence its charts were drawn for. */
    @SuppressWarnings("unchecked")
    static List<String> charted(Browser browser, String box) {
        return (List<String>) js(browser, "return Array.prototype.map.call(document.querySelectorAll('#' + arguments[0]"
                + " + ' .try-pick option'), function (o) { return o.textContent.replace(/^[0-9]+[.] /, ''); });", box);
    }

    /** Opens the fold of the box's tables (if it is not open) and waits for them: they are built when it first opens. */
    static void openTables(Browser browser, String box) {
        js(browser, "var fold = document.querySelector('#' + arguments[0] + ' .try-result .part-tables'); fold.open = true;", box);
        browser.waitUntil("the tables of the box", () -> !browser.findAll("#" + box + " .try-result table").isEmpty());
    }
}
