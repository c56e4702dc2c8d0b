package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 404 page as GitHub Pages serves it: for a missing address at any depth under the
 * sub-path, styled, with a link home that leads to the course index; and from disk without errors.
 */
@InEveryEngine
class NotFoundIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no-such-lesson.html", "a/b/c", "module-2-attention/no/such/page.html"})
    void aMissingAddressAtAnyDepthShowsTheStyled404PageWhoseLinkLeadsHome(String missing) throws Exception {
        String url = site.serverRoot() + missing;
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), "status of " + url);

        browser.open(url);
        assertEquals("Page not found", browser.find("main h1").text());
        // the inline style applies: the page is not in the browser's default serif face and margins
        assertNotEquals("8px", browser.find("body").cssValue("margin-top"), "body margin (browser default is 8px)");
        List<String> errors = browser.consoleErrors().stream()
                // the browser reports the 404 status of the page itself, which is what GitHub Pages answers too
                .filter(e -> !(e.contains(url) && e.contains("404"))).toList();
        List<String> outside = browser.requestedUrls().stream().filter(u -> !site.isLocal(u)).toList();
        List<String> violations = Axe.violations(browser);
        assertAll(
                () -> assertEquals(List.of(), errors, "console errors"),
                () -> assertEquals(List.of(), outside, "requests that leave 127.0.0.1"),
                () -> assertEquals(0, violations.size(), () -> "axe-core violations:\n  - " + String.join("\n  - ", violations)));

        browser.find("main a.home").click();
        browser.waitUntil("the course index", () -> browser.currentUrl().equals(site.serverRoot() + "index.html"));
        browser.waitUntil("the index's title", () -> site.html("index.html").selectFirst("main h1").text().equals(browser.find("main h1").text()));
    }

    @Test
    void fromDiskItLoadsWithoutErrors() {
        browser.open(site.url(Origin.FILE, "404.html"));
        assertTrue(browser.find("main h1").isDisplayed());
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }
}
