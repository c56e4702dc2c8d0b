package io.github.attentioncourse.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's packages depend one way, as the README says: each imports only packages on a
 * lower layer. Read from the source's import lines, so a new import that points up fails here.
 */
class PackageLayersTest {

    private static final String ROOT = "io.github.attentioncourse.";
    /** Lowest first; a package may import those on lower layers, and those of its own layer never. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("authoring", "format"),
            List.of("engine"),
            List.of("chart"),
            List.of("example", "model"),
            List.of("figure"),
            List.of("markdown", "markdown.internal"),
            List.of("site.course"),
            List.of("site.compile", "site.output"),
            List.of("site.jbake"),
            List.of("site"),
            List.of("preview"),
            List.of("cli"));
    /** The chain as the README shows it. */
    static final String README_CHAIN = "cli → preview → site → site.jbake → (site.compile, site.output) → site.course"
            + " → markdown → figure → (example, model) → chart → engine";
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "([a-z.]+?)\\.[A-Z]", Pattern.MULTILINE);

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new AssertionError("package " + pkg + " has no layer: add it to LAYERS, the README and DESIGN");
    }

    @Test
    void everyImportPointsDown() throws IOException {
        Path sources = FixtureCourse.projectRoot().resolve("generator/src/main/java/io/github/attentioncourse");
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1);
                    boolean inside = imported.equals(pkg) || pkg.equals("markdown") && imported.equals("markdown.internal")
                            || pkg.equals("markdown.internal") && imported.equals("markdown");
                    if (!inside && layer(imported) >= layer(pkg)) {
                        upward.add(sources.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void theReadmeShowsTheLayers() throws IOException {
        String readme = Files.readString(FixtureCourse.projectRoot().resolve("README.md"));
        assertTrue(readme.contains(README_CHAIN), "README.md shows: " + README_CHAIN);
        TreeSet<String> named = new TreeSet<>();
        LAYERS.forEach(named::addAll);
        named.remove("markdown.internal");
        for (String pkg : named) {
            assertTrue(readme.contains("`" + pkg + "`") || README_CHAIN.contains(pkg), "README names " + pkg);
        }
    }
}
