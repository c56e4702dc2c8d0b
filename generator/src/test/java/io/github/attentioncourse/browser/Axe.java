package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (the npm package's axe.min.js, from the test classpath) run on the open page for the
 * WCAG 2.1 A and AA rules. The shapes inside a chart are left out: an {@code <svg role="img">}
 * is one image to assistive technology (its title and description are checked), axe can only
 * answer "cannot tell" for text drawn over shapes, and they are most of a lesson's elements.
 */
final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = """
            var context = {exclude: [['svg > *']]};
            if (arguments[0]) { context.include = [[arguments[0]]]; }
            var only = arguments[1].length
                ? {type: 'rule', values: arguments[1]}
                : {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']};
            return axe.run(context, {runOnly: only, resultTypes: ['violations']})
              .then(function (result) { return JSON.stringify({violations: result.violations, ran: result.passes.length + result.inapplicable.length}); },
                    function (error) { return JSON.stringify({error: String(error)}); });
            """;

    private Axe() {
    }

    /** Every WCAG 2.1 A/AA violation on the open page, one line per element: rule, impact, target and markup. */
    static List<String> violations(Browser browser) {
        return violations(browser, null, new String[0]);
    }

    /**
     * The same for the part of the page that {@code css} selects (all of it when null), and only
     * for the given axe rules when some are named.
     */
    static List<String> violations(Browser browser, String css, String... rules) {
        if (Boolean.FALSE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(SCRIPT);
        }
        String answer = (String) browser.awaitScript(RUN, css, List.of(rules));
        List<String> found = new ArrayList<>();
        try {
            JsonNode result = new ObjectMapper().readTree(answer);
            if (result.has("error")) {
                throw new IllegalStateException(browser.engine + ": axe failed: " + result.get("error").asText());
            }
            if (result.path("ran").asInt() == 0) {
                throw new IllegalStateException("axe checked nothing on " + browser.currentUrl());
            }
            for (JsonNode violation : result.path("violations")) {
                for (JsonNode node : violation.path("nodes")) {
                    found.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                            + violation.path("help").asText() + "\n      at " + node.path("target")
                            + "\n      " + node.path("html").asText()
                            + "\n      " + node.path("failureSummary").asText().replace("\n", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
