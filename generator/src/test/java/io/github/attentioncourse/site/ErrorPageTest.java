package io.github.attentioncourse.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 404 page cannot link the stylesheet or the icon (GitHub Pages serves it at any depth, and
 * from disk the site's base path leads nowhere), so templates/error404.ftl carries copies of the
 * icon and of a few colours of assets/css/course.css: these tests keep the copies true.
 */
class ErrorPageTest {

    private static final Path ROOT = FixtureCourse.projectRoot();
    private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"data:image/svg\\+xml,([^\"]*)\"");
    private static final Pattern LIGHT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern DARK = Pattern.compile("@media \\(prefers-color-scheme: dark\\)\\s*\\{\\s*:root\\s*\\{([^}]*)}");
    private static final Pattern PROPERTY = Pattern.compile("(--[a-z-]+)\\s*:\\s*([^;]+?)\\s*(?:;|$)");
    private static final Pattern USE = Pattern.compile("var\\((--[a-z-]+)\\)");

    @Test
    void inlinesTheFaviconOfTheAssets() throws IOException {
        Matcher icon = ICON.matcher(read("templates/error404.ftl"));
        assertTrue(icon.find(), "the 404 page has an inline icon");
        assertEquals(read("assets/favicon.svg").strip(), URLDecoder.decode(icon.group(1), StandardCharsets.UTF_8));
    }

    @Test
    void copiesItsColoursFromTheStylesheetInLightAndDarkMode() throws IOException {
        String page = read("templates/error404.ftl");
        String css = read("assets/css/course.css");
        for (Pattern scheme : new Pattern[] {LIGHT, DARK}) {
            Map<String, String> copied = properties(scheme, page);
            Map<String, String> original = properties(scheme, css);
            assertFalse(copied.isEmpty(), "the 404 page declares its colours");
            copied.forEach((name, value) -> assertEquals(colour(original.get(name)), colour(value),
                    name + " in " + (scheme == LIGHT ? "light" : "dark") + " mode"));
        }
    }

    @Test
    void declaresEveryColourItUsesInBothModes() throws IOException {
        String page = read("templates/error404.ftl");
        Matcher use = USE.matcher(page);
        while (use.find()) {
            assertTrue(properties(LIGHT, page).containsKey(use.group(1)), use.group(1) + " in light mode");
            assertTrue(properties(DARK, page).containsKey(use.group(1)), use.group(1) + " in dark mode");
        }
    }

    /** The custom properties of the first block {@code scheme} finds. */
    private static Map<String, String> properties(Pattern scheme, String css) {
        Matcher block = scheme.matcher(css);
        assertTrue(block.find(), "no " + scheme + " block");
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher property = PROPERTY.matcher(block.group(1));
        while (property.find()) {
            properties.put(property.group(1), property.group(2));
        }
        return properties;
    }

    /** #fff and #FFFFFF are #ffffff. */
    private static String colour(String value) {
        if (value == null) {
            return "(not in course.css)";
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.matches("#[0-9a-f]{3}") ? lower.replaceAll("([0-9a-f])", "$1$1") : lower;
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }
}
