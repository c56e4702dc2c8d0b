package io.github.attentioncourse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Nu HTML Checker, the validator behind validator.w3.org/nu, run over baked pages. It runs in
 * a JVM of its own: it needs Jetty 9's jetty-util (copied to {@code target/nu-checker/} by the
 * build), where the tests' class path has the generator's Jetty 12.
 */
public final class HtmlChecker {

    private static final String MAIN = "nu.validator.client.SimpleCommandLineValidator";

    private HtmlChecker() {
    }

    /** The checker's errors for the pages, each as "file:line:column: message [extract]"; empty when all are valid. */
    public static List<String> errors(List<Path> pages) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(), MAIN,
                "--format", "json", "--stdout", "--errors-only", "--exit-zero-always",
                // Language detection only ever warns, and the course is in English; it costs seconds.
                "--no-langdetect"));
        pages.forEach(page -> command.add(page.toString()));
        JsonNode report;
        try {
            report = new ObjectMapper().readTree(run(command));
        } catch (IOException e) {
            throw new UncheckedIOException("the Nu HTML Checker's report is not JSON", e);
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            String file = message.path("url").asText().replaceFirst("^file:", "");
            errors.add(file + ":" + message.path("lastLine").asInt() + ":" + message.path("firstColumn").asInt()
                    + ": " + message.path("message").asText() + " [" + message.path("extract").asText().strip() + "]");
        }
        return errors;
    }

    private static String run(List<String> command) {
        try {
            Path out = Files.createTempFile("nu-checker", ".json");
            Path err = Files.createTempFile("nu-checker", ".log");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the Nu HTML Checker did not finish in 5 minutes");
            }
            String json = Files.readString(out);
            String log = Files.readString(err);
            Files.delete(out);
            Files.delete(err);
            if (process.exitValue() != 0 || json.isBlank()) {
                throw new IllegalStateException("the Nu HTML Checker failed (exit " + process.exitValue() + "):\n" + log);
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The tests' class path with Jetty 9's jetty-util first and the generator's Jetty 12 left out. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(FixtureCourse.projectRoot().resolve("generator/target/nu-checker"))) {
            jars.map(Path::toString).sorted().forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("run the build (mvn verify), which copies the checker's jetty-util", e);
        }
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Arrays.stream(testClassPath.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').contains("/org/eclipse/jetty/jetty-util/"))
                .filter(entry -> !entry.replace('\\', '/').matches(".*/org/eclipse/jetty/jetty-(server|http|io)/.*"))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }
}
