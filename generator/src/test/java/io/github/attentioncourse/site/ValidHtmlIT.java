package io.github.attentioncourse.site;

import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import io.github.attentioncourse.testing.HtmlChecker;
import io.github.attentioncourse.testing.LinkCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes the real course, the fixture and the hostile module together, then runs the Nu HTML
 * Checker over every page and follows every link, anchor and asset reference.
 */
class ValidHtmlIT {

    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void bake() {
        Path root = FixtureCourse.create(dir.resolve("course"), FixtureCourse.everything(dir.resolve("content")));
        output = dir.resolve("site");
        CompiledCourse compiled = FixtureCourse.build(root, output);
        assertEquals(List.of(), compiled.errors());
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws IOException {
        List<Path> pages;
        try (Stream<Path> paths = Files.walk(output)) {
            pages = paths.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 20, "every page was baked: " + pages.size());
        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    /** So that a checker that has stopped checking cannot pass every page. */
    @Test
    void theCheckerFindsTheMistakesOfAnInvalidPage() throws IOException {
        Path page = Files.writeString(dir.resolve("invalid.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title>"
                + "</head><body><p id=\"a\"></p><p id=\"a\"></p><svg xmlns:jfreesvg=\"http://www.jfree.org/jfreesvg/svg\">"
                + "</svg></body></html>");
        String errors = String.join("\n", HtmlChecker.errors(List.of(page)));
        assertTrue(errors.contains("Duplicate ID") && errors.contains("xmlns:jfreesvg"), errors);
    }

    @Test
    void everyLinkAnchorAndAssetResolvesWithinTheSite() {
        LinkCheck.Result links = LinkCheck.of(output, dir.resolve("course"));
        assertTrue(links.checked() > 100, "links were followed: " + links.checked());
        assertEquals(List.of(), links.problems());
    }
}
