package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.Tokenizer;
import io.github.attentioncourse.testing.FixtureCourse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

/**
 * The try box on the course's own pages, from disk and from a sub-path server: typing a sentence
 * draws every head's heatmap, bars and table, and the address keeps the sentence; an unknown word
 * is marked, with the closest known words as buttons that put one in its place; a sentence longer
 * than the model reads gets a message; the box works by keyboard and passes axe-core; without
 * JavaScript only its one line shows.
 */
@InEveryEngine
class TryBoxIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    static String page;
    static String box;
    static Model model;
    static List<String> start;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        page = site.firstPageWith("figure[data-try]");
        org.jsoup.nodes.Element figure = site.html(page).selectFirst("figure[data-try]");
        box = figure.id();
        model = Models.load(FixtureCourse.projectRoot(), figure.attr("data-model")).value();
        start = List.of(figure.attr("data-start").split(" "));
    }

    /** Opens the page at the box (a fragment naming it shows its slide), or at an address that holds a sentence. */
    static void open(Origin origin, String fragment) {
        browser.open(site.url(origin, page) + "#" + box + fragment);
        TryBoxes.waitReady(browser, box);
    }

    private static List<String> suggestions() {
        return browser.findAll("#" + box + " .try-suggest button").stream().map(Element::text).toList();
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void typingASentenceDrawsEveryHeadAndTheAddressKeepsIt(Origin origin) {
        open(origin, "");
        assertAll(
                () -> assertFalse(browser.find("#" + box + " .try-offer").isDisplayed(), "the line for readers without JavaScript"),
                () -> assertTrue(browser.find("#" + box + " input").isDisplayed(), "the box"),
                () -> assertEquals(start, TryBoxes.charted(browser, box), "the charts of the sentence it starts with"));
        TryBoxes.type(browser, box, "The dog was hungry");
        List<String> words = List.of("the", "dog", "was", "hungry");
        browser.waitUntil("the box to answer", () -> TryBoxes.charted(browser, box).equals(words));
        int heads = model.config().architecture().layers() * model.config().architecture().heads();
        assertAll(
                () -> assertTrue(TryBoxes.status(browser, box).startsWith("4 words, all known"), TryBoxes.status(browser, box)),
                () -> assertEquals(heads, browser.findAll("#" + box + " .chart-heatmap svg[role=img]").size(), "a heatmap per head"),
                () -> assertEquals(heads, browser.findAll("#" + box + " .chart-bars svg[role=img]").size(), "bars per head"),
                () -> assertEquals(0, browser.findAll("#" + box + " table").size(), "no table until the fold is opened"));
        TryBoxes.openTables(browser, box);
        assertEquals(heads, browser.findAll("#" + box + " table").size(), "a table per head");
        assertEquals(words, TryBoxes.js(browser, "return Array.prototype.map.call(document.querySelectorAll('#' + arguments[0]"
                + " + ' .try-result table')[0].querySelectorAll('tbody th'), function (th) { return th.textContent; });", box),
                "the first table's rows are the sentence");
        String address = browser.currentUrl();
        assertTrue(address.endsWith("#" + box + "=The+dog+was+hungry"), address);

        browser.open(address);
        TryBoxes.waitReady(browser, box);
        assertAll(
                () -> assertTrue(browser.find("#" + box).isDisplayed(), "the address opens the slide of the box"),
                () -> assertEquals("The dog was hungry", TryBoxes.value(browser, box)),
                () -> assertEquals(words, TryBoxes.charted(browser, box)));
        // the weights are a script beside the pages, read by its address relative to the page (not
        // every engine reports requests to its own origin: WebKit's go past the proxy that logs them)
        assertEquals(List.of(site.url(origin, "models/course.weights.js")), TryBoxes.js(browser, "return Array.prototype.map.call("
                + "document.querySelectorAll('script[src$=\"models/course.weights.js\"]'), function (s) { return s.src; });"));
        TryBoxes.openTables(browser, box);
        TryBoxes.type(browser, box, "The cat was hungry");
        browser.waitUntil("the box to answer", () -> TryBoxes.charted(browser, box).equals(List.of("the", "cat", "was", "hungry")));
        assertEquals(heads, browser.findAll("#" + box + " .try-result table").size(), "an open fold keeps its tables while the reader types");
        List<String> requests = browser.requestedUrls();
        assertEquals(List.of(), requests.stream().filter(url -> !site.isLocal(url)).toList(), "requests that leave 127.0.0.1");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void anUnknownWordIsMarkedAndAClosestWordReplacesIt(Origin origin) {
        open(origin, "");
        TryBoxes.type(browser, box, "the dog was tird");
        browser.waitUntil("the box to answer", () -> !suggestions().isEmpty());
        List<String> offered = new ArrayList<>(model.vocabulary().closest("tird", 3));
        offered.add("leave it out");
        assertAll(
                () -> assertEquals(List.of(List.of("the", ""), List.of("dog", ""), List.of("was", ""), List.of("tird", "unknown")),
                        TryBoxes.words(browser, box)),
                () -> assertTrue(TryBoxes.status(browser, box).startsWith("The model does not know “tird”"), TryBoxes.status(browser, box)),
                () -> assertEquals(offered, suggestions()),
                () -> assertEquals("true", browser.find("#" + box + " input").attribute("aria-invalid")),
                () -> assertEquals(List.of("the", "dog", "was"), TryBoxes.charted(browser, box),
                        "the charts keep the last sentence the model could read, as it was typed"));
        browser.findAll("#" + box + " .try-suggest button").stream().filter(b -> b.text().equals("tired")).findFirst()
                .orElseThrow().click();
        browser.waitUntil("the box to answer", () -> TryBoxes.charted(browser, box).equals(List.of("the", "dog", "was", "tired")));
        assertEquals("the dog was tired", TryBoxes.value(browser, box));
        assertEquals(box + "-input", browser.focused().attribute("id"), "the focus is back in the box");

        TryBoxes.type(browser, box, "The dog, was TIRED");
        browser.waitUntil("the box to answer", () -> !suggestions().isEmpty());
        browser.findAll("#" + box + " .try-suggest button").stream().filter(b -> b.text().equals("leave it out")).findFirst()
                .orElseThrow().click();
        browser.waitUntil("the box to answer", () -> TryBoxes.charted(browser, box).equals(List.of("the", "dog", "was", "tired")));
        assertEquals("The dog was TIRED", TryBoxes.value(browser, box), "the rest as typed");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void aSentenceLongerThanTheModelReadsGetsAMessageAndNeverAFreeze(Origin origin) {
        open(origin, "");
        int context = model.config().architecture().context();
        TryBoxes.type(browser, box, "the dog was tired ".repeat(context / 4 + 1).trim());
        int words = 4 * (context / 4 + 1);
        browser.waitUntil("the box to answer", () -> TryBoxes.status(browser, box).startsWith("The sentence has"));
        assertAll(
                () -> assertTrue(TryBoxes.status(browser, box).startsWith("The sentence has " + words + " words; the model reads at"
                        + " most " + context + ". The charts still show “"), TryBoxes.status(browser, box)),
                () -> assertTrue(TryBoxes.charted(browser, box).size() <= context, "the charts show a sentence the model read"),
                () -> assertEquals(words - context, TryBoxes.words(browser, box).stream().filter(w -> w.get(1).equals("over")).count(),
                        "the words past the context are struck out"));
        // a page of text pasted at once: read, counted and answered while the reader waits
        TryBoxes.js(browser, "var input = document.querySelector('#' + arguments[0] + ' input');"
                + " input.value = 'the dog was tired and '.repeat(20000); input.dispatchEvent(new Event('input'));", box);
        assertTrue(TryBoxes.status(browser, box).startsWith("The sentence has 100000 words"), TryBoxes.status(browser, box));
        assertTrue(browser.findAll("#" + box + " .try-tokens li").size() <= context + 9, "the words shown stay few");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theKeyboardReachesTheSuggestionsAndAxeFindsNothing() {
        open(Origin.FILE, "");
        Element input = browser.find("#" + box + " input");
        assertEquals(box + "-status", input.attribute("aria-describedby"));
        assertEquals("status", browser.find("#" + box + " .try-status").attribute("role"));
        TryBoxes.type(browser, box, "the dgo was tired");
        browser.waitUntil("the box to answer", () -> !suggestions().isEmpty());
        List<String> violations = new ArrayList<>(Axe.violations(browser, "#" + box));
        browser.press(Keys.TAB);
        Element first = browser.focused();
        assertEquals("Replace “dgo” with “" + model.vocabulary().closest("dgo", 1).get(0) + "”", first.attribute("aria-label"));
        browser.press(Keys.ENTER);
        browser.waitUntil("the box to answer", () -> TryBoxes.status(browser, box).contains("all known"));
        TryBoxes.openTables(browser, box);
        TryBoxes.js(browser, "document.querySelectorAll('#' + arguments[0] + ' details').forEach(function (d) { d.open = true; });", box);
        violations.addAll(Axe.violations(browser, "#" + box));
        browser.consoleErrors();
        assertEquals(0, violations.size(), () -> "axe-core violations in the box:\n  - " + String.join("\n  - ", violations));
    }

    @Test
    void withoutJavaScriptOnlyTheLineThatSaysWhatItOffersShows() {
        try (Browser noScript = Browser.withoutJavaScript(engine)) {
            noScript.open(site.url(Origin.FILE, page));
            assertAll(
                    () -> assertTrue(noScript.find("#" + box + " .try-offer").isDisplayed()),
                    () -> assertFalse(noScript.find("#" + box + " .try-box").isDisplayed()));
        }
    }

    /** Markup, script, an address and control characters typed into the box: each shows as the words it is, and nothing runs. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<img src=x onerror=alert(1)>", "\"><svg onload=alert(2)>", "</script><script>alert(3)</script>",
            "javascript:alert(4)", "<b>bold</b> &lt;i&gt;", "{{percent yours the dog}}", "\u202etired was dog the",
            "the dog' onmouseover='alert(5)"})
    void whatTheReaderTypesStaysText(String typed) {
        open(Origin.FILE, "");
        TryBoxes.js(browser, "window.__pwned = []; ['alert', 'confirm', 'prompt'].forEach(function (name) {"
                + " window[name] = function (m) { window.__pwned.push(name + ': ' + m); }; });");
        TryBoxes.type(browser, box, typed);
        List<String> words = Tokenizer.split(typed);
        browser.waitUntil("the box to answer", () -> TryBoxes.words(browser, box).size() == Math.min(words.size(), 20));
        assertEquals(words.subList(0, Math.min(words.size(), 20)), TryBoxes.words(browser, box).stream().map(w -> w.get(0)).toList(),
                "the words, as text");
        TryBoxes.openTables(browser, box);
        assertStaysText("after typing");
        // a suggestion puts a word in the typed text, by its place in it
        browser.findAll("#" + box + " .try-suggest button").stream().findFirst().ifPresent(Element::click);
        assertStaysText("after a suggestion");
        String address = browser.currentUrl();
        browser.open(address);
        TryBoxes.waitReady(browser, box);
        String value = TryBoxes.value(browser, box);
        List<String> reopened = Tokenizer.split(value);
        assertEquals(reopened.subList(0, Math.min(reopened.size(), 20)),
                TryBoxes.words(browser, box).stream().map(w -> w.get(0)).toList(), "the address gives back " + value);
        assertEquals(List.of(), TryBoxes.js(browser, FOREIGN, box), "markup that could run script, from the address");
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static void assertStaysText(String when) {
        assertAll(
                () -> assertEquals(List.of(), TryBoxes.js(browser, "return window.__pwned;"), "alerts " + when),
                () -> assertEquals(List.of(), TryBoxes.js(browser, FOREIGN, box), "markup that could run script " + when));
    }

    private static final String FOREIGN = """
            var found = [];
            var box = document.getElementById(arguments[0]);
            box.querySelectorAll('script, img, iframe, object, embed, foreignObject, a').forEach(function (e) {
              if (!e.classList.contains('json-link')) { found.push(e.outerHTML.slice(0, 80)); }
            });
            box.querySelectorAll('*').forEach(function (e) {
              Array.prototype.forEach.call(e.attributes, function (a) {
                if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) { found.push(e.tagName + ' ' + a.name); }
              });
            });
            return found;
            """;
}
