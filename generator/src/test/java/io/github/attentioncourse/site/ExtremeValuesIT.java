package io.github.attentioncourse.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Absurd numbers through a whole bake: each is either rejected with a message at its
 * {@code file:line} and nothing written, or baked into pages and JSON without a NaN, an infinity
 * or a negative zero.
 */
class ExtremeValuesIT {

    private static final String FILE = "content/module-1-x/01-x.md";
    /** A number that is negative zero, however many zeros it is written with. */
    private static final Pattern NEGATIVE_ZERO = Pattern.compile("(?<![0-9.])-0(?:\\.0+)?(?![0-9.])");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1e308 in an embedding      | 1e308    | 1         | scale: 1        | 14 | is 1e308; expected a finite number between -1e15 and 1e15
            -1e308 in an embedding     | -1e308   | 1         | scale: 1        | 14 | expected a finite number between -1e15 and 1e15
            1e309, beyond a double     | 1e309    | 1         | scale: 1        | 14 | too large to be finite; expected a finite number
            1e308 in w_q               | 1        | 1e308     | scale: 1        | 16 | expected a finite number between -1e15 and 1e15
            scale 1e308                | 1        | 1         | scale: 1e308    | 19 | expected a finite number between -1e15 and 1e15
            scale 1e-320               | 1        | 1         | scale: 1e-320   | 19 | so small that the scaled scores would overflow
            scale 4.9e-324             | 1        | 1         | scale: 4.9e-324 | 19 | so small that the scaled scores would overflow
            scale -0.0                 | 1        | 1         | scale: -0.0     | 19 | expected a number greater than 0
            scale .nan                 | 1        | 1         | scale: .nan     | 19 | which is not finite
            """)
    void rejectsAnAbsurdNumberAtItsLineAndWritesNothing(String name, String a, String w, String extra, int line,
            String message) throws IOException {
        Path root = course(lesson(1, a, w, extra));
        CompiledCourse compiled = FixtureCourse.build(root, root.resolve("output"));
        assertFalse(compiled.errors().isEmpty(), "rejected");
        ContentError error = compiled.errors().get(0);
        assertEquals(FILE + ":" + line, error.file() + ":" + error.line(), error::toString);
        assertTrue(error.message().contains(message), error::toString);
        assertFalse(Files.exists(root.resolve("output")), "nothing written");
    }

    @Test
    void bakesTheExtremesItAcceptsWithoutNaNInfinityOrNegativeZero() throws IOException {
        Path root = course(
                lesson(1, "-0.0", "-0.0", "scale: 1e-15"),
                lesson(2, "1e-320", "1e-320", "scale: 1e15"),
                lesson(3, "1e15", "1e15", ""),
                lesson(4, "-1e15", "1e15", "scale: 1e-15"),
                lesson(5, "4.9e-324", "-1e15", "positional: sinusoidal"));
        CompiledCourse compiled = FixtureCourse.build(root, root.resolve("output"));
        assertEquals(List.of(), compiled.errors());

        List<Path> files;
        try (Stream<Path> paths = Files.walk(root.resolve("output/module-1-x"))) {
            files = paths.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(11, files.size(), files::toString);
        for (Path file : files) {
            if (file.toString().endsWith(".json")) {
                assertFiniteWeightsSummingToOne(file);
            } else {
                assertNoBrokenNumber(file);
            }
        }
    }

    private static void assertNoBrokenNumber(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8", "");
        String text = document.text();
        for (String broken : List.of("NaN", "Infinity", "∞")) {
            assertFalse(text.contains(broken), page.getFileName() + " shows " + broken + ": " + text);
        }
        assertFalse(NEGATIVE_ZERO.matcher(text).find(), page.getFileName() + " shows a negative zero: " + text);
        String charts = document.select("svg").outerHtml();
        assertFalse(charts.contains("NaN") || charts.contains("Infinity"), page.getFileName() + " has a chart with a non-number");
    }

    private static void assertFiniteWeightsSummingToOne(Path json) throws IOException {
        JsonNode example = new ObjectMapper().readTree(json.toFile());
        example.findValues("weights").forEach(weights -> weights.forEach(row -> {
            double sum = 0;
            for (JsonNode weight : row) {
                assertTrue(weight.isNumber() && Double.isFinite(weight.asDouble()), json.getFileName() + " " + row);
                sum += weight.asDouble();
            }
            assertEquals(1, sum, 1e-9, json.getFileName() + " row " + row);
        }));
        example.findValues("output").forEach(rows -> rows.forEach(row -> row.forEach(value ->
                assertTrue(Double.isFinite(value.asDouble()), json.getFileName() + " output " + row))));
    }

    /**
     * A lesson whose example has {@code a} as the first number of token a's embedding (line 14)
     * and {@code w} as the first number of each projection (lines 16–18); {@code extra} is one
     * more key on line 19, or "".
     */
    private static String lesson(int order, String a, String w, String extra) {
        return """
                title=Extremes
                type=lesson
                status=published
                module=1
                order=%d
                ~~~~~~

                ## Slide

                ```attention
                id: x
                sentence: a b
                embeddings:
                  a: [%s, 1]
                  b: [0, 1]
                w_q: [[%s, 0], [0, 1]]
                w_k: [[%s, 0], [0, 1]]
                w_v: [[%s, 0], [0, 1]]
                %s
                ```

                a gives {{percent x a b}} to b; weight {{weight x b a}}; score {{score x a b}}.
                """.formatted(order, a, w, w, w, extra);
    }

    private Path course(String... lessons) throws IOException {
        Path root = FixtureCourse.create(dir.resolve("course"), Files.createDirectories(dir.resolve("empty")));
        for (int i = 0; i < lessons.length; i++) {
            FixtureCourse.write(root, String.format(Locale.ROOT, "content/module-1-x/%02d-x.md", i + 1), lessons[i]);
        }
        return root;
    }
}
