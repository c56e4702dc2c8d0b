package io.github.attentioncourse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the packaged generator jar as an author would, on good and on broken courses. */
class GeneratorCliIT {

    private static final String LESSON_HEAD = "title=Broken\ntype=lesson\nstatus=published\nmodule=8\norder=3\n~~~~~~\n";
    private static final String BLOCK = "```attention\nid: ok\nsentence: a b\nembeddings:\n  a: [1, 0]\n  b: [0, 1]\n"
            + "w_q: [[1, 0], [0, 1]]\nw_k: [[1, 0], [0, 1]]\nw_v: [[1, 0], [0, 1]]\n```\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run generator(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("generator.jar", "target/generator.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("gen-out", ".txt");
        Path err = Files.createTempFile("gen-err", ".txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "generator finished");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path course() {
        return FixtureCourse.create(dir.resolve("course"), FixtureCourse.fixtureContent());
    }

    @Test
    void buildBakesTheCourseAndSaysSoOnOneLine() throws Exception {
        Path root = course();
        Run run = generator(root, "build");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(root.resolve("output/index.html")));
        assertTrue(run.out().startsWith("Baked 3 lessons, 4 examples"), run.out());
        assertEquals("", run.err().replaceAll("(?m)^.*warning.*\\R", ""), "nothing but warnings on stderr");
    }

    @Test
    void checkWritesNothing() throws Exception {
        Path root = course();
        Run run = generator(root, "check", "--source", root.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(root.resolve("output")));
    }

    @Test
    void badUsageExitsWithTwoAndUsage() throws Exception {
        Run run = generator(dir, "bake");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("usage:"));
        Run notACourse = generator(dir, "build");
        assertEquals(2, notACourse.exit());
        assertTrue(notACourse.err().contains("not a course root"), notACourse.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown example key       | 12 | sentense: a b
            header without type        | 1  | NOHEADERTYPE
            header without separator   | 1  | NOSEPARATOR
            reference to no example    | 23 | REF {{percent nope a b}}
            reference to no token      | 23 | REF {{weight ok a zz}}
            quiz answer out of range   | 28 | QUIZ
            wrong embedding length     | 15 | EMBED
            link to a missing lesson   | 23 | REF See [that](09-missing.md).
            """)
    void brokenContentFailsWithFileLineAndLeavesOutputAlone(String name, int line, String variant) throws Exception {
        Path root = course();
        assertEquals(0, generator(root, "build").exit());
        Map<String, String> before = hashes(root.resolve("output"));
        String file = "content/module-8-basics/03-broken.md";
        FixtureCourse.write(root, file, broken(variant));
        Run run = generator(root, "build");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(file + ":" + line + ": "), name + " expected at line " + line + ":\n" + run.err());
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace:\n" + all);
        assertEquals(before, hashes(root.resolve("output")), "output untouched");
        assertTrue(run.err().contains("1 error"), run.err());
    }

    @Test
    void newLessonWritesASkeletonThatBakesWithTheNextOrder() throws Exception {
        Path root = course();
        Run run = generator(root, "new", "lesson", "--module", "8", "--title", "Queries & Keys, Again!");
        assertEquals(0, run.exit(), run.err());
        Path lesson = root.resolve("content/module-8-basics/03-queries-keys-again.md");
        assertTrue(Files.exists(lesson), run.out());
        assertTrue(Files.readString(lesson).contains("order=3"));
        assertEquals(0, generator(root, "check").exit());
        Run again = generator(root, "new", "lesson", "--module", "8", "--title", "Queries & Keys, Again!");
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.exists(root.resolve("content/module-8-basics/04-queries-keys-again.md")));
    }

    private static String broken(String variant) {
        String body = "\n## Slide\n\n" + BLOCK + "\nText.\n";
        return switch (variant) {
            case "NOHEADERTYPE" -> LESSON_HEAD.replace("type=lesson\n", "") + body;
            case "NOSEPARATOR" -> LESSON_HEAD.replace("~~~~~~\n", "") + body;
            case "QUIZ" -> LESSON_HEAD + body + "\n```quiz\nquestion: Q?\noptions:\n  - a\n  - b\nanswer: C\nexplanation: E.\n```\n";
            case "EMBED" -> LESSON_HEAD + body.replace("b: [0, 1]", "b: [0, 1, 2]");
            default -> variant.startsWith("REF ")
                    ? LESSON_HEAD + body + "\n" + variant.substring(4) + "\n"
                    : LESSON_HEAD + body.replace("sentence: a b", variant);
        };
    }

    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
