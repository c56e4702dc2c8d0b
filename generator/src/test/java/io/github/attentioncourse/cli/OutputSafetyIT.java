package io.github.attentioncourse.cli;

import static io.github.attentioncourse.cli.GeneratorCliIT.generator;
import static io.github.attentioncourse.cli.GeneratorCliIT.hashes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.cli.GeneratorCliIT.Run;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing an author owns is lost, whatever folder {@code --output} names and however a bake ends:
 * each case runs the packaged jar on a copy of the real course and compares a hash of every file
 * around it before and after.
 */
class OutputSafetyIT {

    @TempDir
    Path dir;
    Path world;
    Path course;

    @BeforeEach
    void copyTheCourse() throws IOException {
        world = dir.resolve("world");
        Path project = FixtureCourse.projectRoot();
        course = FixtureCourse.create(world.resolve("course"), project.resolve("content"));
        FixtureCourse.write(course, "README.md", "The author's readme.\n");
        FixtureCourse.write(course, "docs/NOTES.md", "The author's notes.\n");
        FixtureCourse.write(course, ".git/HEAD", "ref: refs/heads/main\n");
        FixtureCourse.write(course, "generator/pom.xml", "<project/>\n");
        FixtureCourse.write(world, "notes/shopping.txt", "A stranger's file.\n");
        FixtureCourse.write(world, "a-file.txt", "A regular file.\n");
        Files.createSymbolicLink(world.resolve("link-to-course"), course);
    }

    @ParameterizedTest(name = "--output {0}")
    @ValueSource(strings = {"COURSE", ".", "..", "content", "templates", "assets", "generator", ".git",
        "content/module-2-attention", "../notes", "../a-file.txt", "../link-to-course", "../link-to-course/content", "docs"})
    void refusesAFolderThatIsNotTheGeneratorsAndTouchesNothing(String output) throws Exception {
        Map<String, String> before = everything();
        for (String command : List.of("build", "serve")) {
            Run run = generator(course, command, "--output", output.equals("COURSE") ? course.toString() : output, "--port", "0");
            assertEquals(2, run.exit(), command + " --output " + output + ":\n" + run.out() + run.err());
            List<String> lines = run.err().lines().toList();
            assertEquals(1, lines.size(), "one line:\n" + run.err());
            assertTrue(lines.get(0).startsWith("error: refusing to write the site into "), lines.get(0));
            assertTrue(lines.get(0).contains("--output DIR"), "says what to do instead: " + lines.get(0));
            assertEquals(before, everything(), "not one byte touched by " + command + " --output " + output);
        }
    }

    @Test
    void bakesIntoAMissingOrEmptyFolderAndAgainIntoItsOwn() throws Exception {
        Files.createDirectories(world.resolve("empty"));
        for (String output : List.of("../site", "../site", "../empty", "output")) {
            Run run = generator(course, "build", "--output", output);
            assertEquals(0, run.exit(), output + ":\n" + run.err());
        }
        assertTrue(Files.exists(world.resolve("empty/index.html")));
        assertEquals(hashes(world.resolve("site")), hashes(course.resolve("output")), "the same site each time");
    }

    @Test
    void aBakeKilledOutrightLeavesItsStagingFolderAndTheNextBakeRemovesIt() throws Exception {
        assertEquals(0, generator(course, "build").exit());
        Map<String, String> site = hashes(course.resolve("output"));
        Map<String, String> before = everything();
        // One JVM, so that the process killed is the one writing.
        Process bake = start(List.of("-Dgenerator.relaunch=false"), "build");
        Path staging = awaitStagingWithPages(bake);
        bake.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.isDirectory(staging), "killed part-way, it left " + staging.getFileName());
        assertEquals(site, hashes(course.resolve("output")), "the output is the previous bake, whole");

        assertEquals(0, generator(course, "build").exit());
        assertEquals(List.of(), leftovers(), "the next bake removed what the killed one left");
        assertEquals(site, hashes(course.resolve("output")));
        assertEquals(withoutWorkFolder(before), withoutWorkFolder(everything()));
    }

    @Test
    void anInterruptedBakeDeletesItsStagingFolderBeforeItExits() throws Exception {
        assertEquals(0, generator(course, "build").exit());
        Map<String, String> site = hashes(course.resolve("output"));
        Map<String, String> before = everything();
        for (String signal : List.of("INT", "TERM")) {
            // As a terminal does: Ctrl+C reaches the jar's JVM and the tuned JVM it started.
            Process bake = start(List.of(), "build");
            awaitStagingWithPages(bake);
            List<ProcessHandle> group = new ArrayList<>(bake.descendants().toList());
            group.add(bake.toHandle());
            for (ProcessHandle process : group) {
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
            }
            assertTrue(bake.waitFor(30, TimeUnit.SECONDS), "stopped");
            assertTrue(bake.exitValue() != 0, "SIG" + signal + " stopped the bake before it ended");
            for (ProcessHandle process : group) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of(), leftovers(), "SIG" + signal + " left nothing beside the output");
            assertEquals(site, hashes(course.resolve("output")), "the output is one whole bake");
            assertEquals(withoutWorkFolder(before), withoutWorkFolder(everything()), "SIG" + signal);
        }
    }

    @Test
    void concurrentBakesAndAPreviewLeaveOneWholeSite() throws Exception {
        assertEquals(0, generator(course, "build", "--output", "../reference").exit());
        Map<String, String> reference = hashes(world.resolve("reference"));
        Map<String, String> before = everything();
        List<Process> builds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            builds.add(start(List.of(), "build"));
        }
        Process serve = start(List.of(), "serve", "--port", "0");
        for (Process build : builds) {
            assertTrue(build.waitFor(120, TimeUnit.SECONDS), "each build ends: it waits for a build, and gives way to serve");
            String err = new String(build.getErrorStream().readAllBytes());
            assertTrue(build.exitValue() == 0 || build.exitValue() == 2 && err.contains("is previewing it"),
                    "exit " + build.exitValue() + ": " + err);
        }
        awaitLine(serve, "Serving http://127.0.0.1:");
        assertEquals(2, generator(course, "build").exit(), "no build while serve holds the folder");
        serve.destroy();
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        assertEquals(reference, hashes(course.resolve("output")), "one complete bake, never a mix");
        assertEquals(List.of(), leftovers());
        assertEquals(withoutWorkFolder(before), withoutWorkFolder(everything()));
    }

    @ParameterizedTest(name = "new lesson --title {0}")
    @ValueSource(strings = {"Self-Attention in Practice", "Self-Attention in Practice", "?!…", "../../../escape",
        "a/b\\c", "..", "Ünïcödé Wörds", "日本語"})
    void newLessonNeverOverwritesAndStaysInItsModule(String title) throws Exception {
        Map<String, String> before = everything();
        generator(course, "new", "lesson", "--module", "2", "--title", "Self-Attention in Practice");
        Map<String, String> afterFirst = everything();
        Run run = generator(course, "new", "lesson", "--module", "2", "--title", title);
        assertEquals(0, run.exit(), run.err());
        Map<String, String> after = everything();
        for (Map.Entry<String, String> file : afterFirst.entrySet()) {
            assertEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " kept as it was");
        }
        List<String> added = after.keySet().stream().filter(name -> !afterFirst.containsKey(name)).toList();
        assertEquals(1, added.size(), "one new file: " + added);
        assertTrue(added.get(0).startsWith("course/content/module-2-attention/"), added.get(0));
        assertTrue(before.keySet().stream().allMatch(after::containsKey));
    }

    @Test
    void newLessonRefusesATitleOfSeveralLines() throws Exception {
        Map<String, String> before = everything();
        Run run = generator(course, "new", "lesson", "--module", "2", "--title", "One\nstatus=published");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("one line"), run.err());
        assertEquals(before, everything());
    }

    private Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of(System.getProperty("generator.jar", "target/generator.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(course.toFile()).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    /** Waits until a bake has written some pages into its staging folder, and returns that folder. */
    private Path awaitStagingWithPages(Process bake) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && bake.isAlive()) {
            for (Path staging : leftovers()) {
                if (Files.exists(staging.resolve("module-2-attention"))) {
                    return staging;
                }
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the bake never had pages in a staging folder (exit " + (bake.isAlive() ? "-" : bake.exitValue()) + ")");
    }

    private static void awaitLine(Process process, String start) throws IOException {
        try (var lines = process.inputReader().lines()) {
            assertTrue(lines.anyMatch(line -> line.startsWith(start)), "printed a line starting " + start);
        }
    }

    /** Staging and old-site folders beside the output. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(course)) {
            return siblings.filter(p -> p.getFileName().toString().matches("\\.output-(baking|old)-.*")).sorted().toList();
        }
    }

    /** A hash of every file in the world around the course: the course, its neighbours, the link. */
    private Map<String, String> everything() throws IOException {
        Map<String, String> all = hashes(world);
        try (Stream<Path> paths = Files.walk(world)) {
            for (Path path : paths.filter(Files::isSymbolicLink).toList()) {
                all.put(world.relativize(path) + " ->", Files.readSymbolicLink(path).toString());
            }
        }
        return all;
    }

    private static Map<String, String> withoutWorkFolder(Map<String, String> hashes) {
        Map<String, String> kept = new TreeMap<>(hashes);
        kept.keySet().removeIf(name -> name.startsWith("course/.output-cache/") || name.startsWith("course/output/"));
        return kept;
    }

    @Test
    void theWorkFolderOfAStrangerIsRefusedToo() throws Exception {
        FixtureCourse.write(world, ".site-cache/diary.txt", "Not a figure.\n");
        Map<String, String> before = everything();
        Run run = generator(course, "build", "--output", "../site");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(".site-cache"), run.err());
        assertFalse(Files.exists(world.resolve("site")));
        assertEquals(before, everything());
    }
}
