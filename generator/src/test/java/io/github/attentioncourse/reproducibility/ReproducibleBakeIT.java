package io.github.attentioncourse.reproducibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import io.github.attentioncourse.testing.SiteDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes one course (the real one, the fixture and the hostile module together) three times: in
 * the test's own JVM with the machine's defaults, and with the packaged generator in two JVMs of
 * their own, one with a German locale 14 hours ahead of UTC, the other with a Turkish locale, a
 * Latin-1 default charset, a half-hour time zone and, as on a machine with other fonts,
 * Liberation Sans as the generic sans-serif. Those two bake copies whose files were created in
 * reverse order, in folders at other paths. Every file of the three sites must be the same bytes.
 */
class ReproducibleBakeIT {

    /** Makes fontconfig, which the JDK asks for its logical fonts, answer Liberation Sans for sans-serif. */
    private static final String OTHER_SANS_SERIF = """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <match target="pattern">
                <test qual="any" name="family"><string>sans</string></test>
                <edit name="family" mode="prepend" binding="strong"><string>Liberation Sans</string></edit>
              </match>
              <match target="pattern">
                <test qual="any" name="family"><string>sans-serif</string></test>
                <edit name="family" mode="prepend" binding="strong"><string>Liberation Sans</string></edit>
              </match>
            </fontconfig>
            """;

    @TempDir
    static Path dir;
    static Path content;

    @BeforeAll
    static void writeTheCourse() {
        content = FixtureCourse.everything(dir.resolve("content"));
    }

    @Test
    void bakesTheSameBytesWhateverTheLocaleTimeZoneCharsetFontsAndFileOrder() throws Exception {
        Path plain = course("plain", false);
        Path german = course("german-reversed", true);
        Path turkish = course("turkish-reversed", true);

        Process second = bake(german, Map.of("TZ", "Pacific/Kiritimati"), "-Duser.language=de", "-Duser.country=DE");
        Path fonts = Files.writeString(dir.resolve("fonts.conf"), OTHER_SANS_SERIF);
        // The JDK caches what fontconfig said under the user's home: a fresh home makes it ask again.
        Process third = bake(turkish, Map.of("TZ", "America/St_Johns", "FONTCONFIG_FILE", fonts.toString()),
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
                "-Duser.home=" + Files.createDirectories(dir.resolve("home")));
        try {
            CompiledCourse compiled = FixtureCourse.build(plain, plain.resolve("output"));
            assertEquals(List.of(), compiled.errors());
            finished(second, german);
            finished(third, turkish);
        } finally {
            second.destroyForcibly();
            third.destroyForcibly();
        }

        int files = SiteDiff.hashes(plain.resolve("output")).size();
        assertTrue(files >= 60, "the site has all its pages, charts' JSON and assets: " + files + " files");
        assertNull(SiteDiff.firstDifference(plain.resolve("output"), german.resolve("output")),
                "de_DE, UTC+14, reversed file order");
        assertNull(SiteDiff.firstDifference(plain.resolve("output"), turkish.resolve("output")),
                "tr_TR, ISO-8859-1, UTC-3:30, Liberation Sans as sans-serif, reversed file order");
    }

    /** A course root; with {@code reversed}, its content files are created last file first. */
    private static Path course(String name, boolean reversed) throws IOException {
        Path root = FixtureCourse.create(dir.resolve(name), Files.createDirectories(dir.resolve("empty")));
        List<Path> files;
        try (Stream<Path> paths = Files.walk(content)) {
            files = new ArrayList<>(paths.filter(Files::isRegularFile).sorted().toList());
        }
        if (reversed) {
            Collections.reverse(files);
        }
        for (Path file : files) {
            Path target = root.resolve("content").resolve(content.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return root;
    }

    private static Process bake(Path root, Map<String, String> environment, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", System.getProperty("generator.jar", "target/generator.jar"), "build"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("bake.log").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void finished(Process process, Path root) throws Exception {
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "bake of " + root.getFileName() + " finished");
        assertEquals(0, process.exitValue(), () -> root.getFileName() + ":\n" + log(root));
    }

    private static String log(Path root) {
        try {
            return Files.readString(root.resolve("bake.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
