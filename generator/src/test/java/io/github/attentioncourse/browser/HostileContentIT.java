package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile module (titles, tokens, captions, quiz and concepts full of script tags, event
 * handlers, quotes and a javascript: link) baked and opened in every engine: no script of the
 * author's text runs, in the page or in search results. A trap records every alert, confirm and
 * prompt: installed before any script of the page where the engine can (Chromium, Firefox), and
 * in WebKit once the page has loaded, before the test clicks and searches; markup that could run
 * script on loading is looked for in the page itself in every engine.
 */
@InEveryEngine
class HostileContentIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    private static final String TRAP = """
            if (!window.__pwned) {
              window.__pwned = [];
              ['alert', 'confirm', 'prompt'].forEach(function (name) {
                window[name] = function (message) { window.__pwned.push(name + ': ' + message); };
              });
            }
            """;
    /** What the page may run: the course's own scripts and nothing else. */
    private static final String FOREIGN = """
            var found = [];
            document.querySelectorAll('script').forEach(function (s) {
              if (!/(^|\\/)(js\\/course|js\\/search|js\\/try|search-index)\\.js$/.test(s.getAttribute('src') || '')) { found.push(s.outerHTML.slice(0, 80)); }
            });
            document.querySelectorAll('*').forEach(function (e) {
              Array.prototype.forEach.call(e.attributes, function (a) {
                if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) { found.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 40)); }
              });
            });
            document.querySelectorAll('img, iframe, object, embed, foreignObject').forEach(function (e) { found.push(e.outerHTML.slice(0, 80)); });
            return found;
            """;

    @TempDir
    static Path dir;
    static Path output;
    static Browser browser;
    static String trap;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        if (output == null) {
            output = FixtureCourse.bake(dir, FixtureCourse.hostileContent());
        }
        browser = Browser.shared(engine);
        trap = browser.runsScriptsBeforePages() ? browser.runBeforePageScripts(TRAP) : null;
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (trap != null) {
            browser.stopRunningBeforePageScripts(trap);
            trap = null;
        }
    }

    /** Every page baked (arguments are asked for after {@code start} baked them). */
    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> output.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noTextOfTheAuthorRunsAsScript(String page) {
        Path file = output.resolve(page);
        assertTrue(Files.isRegularFile(file), page + " was baked");
        browser.open(file.toUri().toString());
        browser.script(TRAP);
        // the quiz's buttons and the search run the page's script on author text
        for (Element option : browser.findAll(".quiz-option")) {
            option.click();
        }
        if (!browser.findAll("form[data-search] input").isEmpty()) {
            browser.find("form[data-search] input").type("<img src=x onerror=alert(1)> script");
            browser.waitUntil("a search status", () -> !browser.find(".search-status").text().isEmpty());
        }
        assertAll(
                () -> assertEquals(List.of(), browser.script("return window.__pwned;"), "alerts, confirms, prompts"),
                () -> assertEquals(List.of(), browser.script(FOREIGN), "markup that could run script"),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }
}
