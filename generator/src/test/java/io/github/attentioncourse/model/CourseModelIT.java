package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training the course's model again gives the committed files byte for byte: in this JVM; with
 * the packaged {@code train} in a JVM with a Turkish locale, a Latin-1 default charset and a
 * half-hour time zone; and on the machine's second JDK (Temurin 25) with a German locale 14 hours
 * ahead of UTC. And a model trained from another seed learns what the lessons claim as well.
 */
class CourseModelIT {

    /** The second JDK of the project's machines; where it is absent that check is skipped, loudly. */
    static final Path SECOND_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path dir;

    @Test
    void retrainingGivesTheCommittedBytesInThisJvmAndInOthers() throws Exception {
        Path inProcess = copy("here");
        Process turkish = train(copy("turkish"), Path.of(System.getProperty("java.home"), "bin", "java"),
                Map.of("TZ", "America/St_Johns"), "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1");
        Process german = null;
        if (Files.isExecutable(SECOND_JDK)) {
            german = train(copy("german-jdk25"), SECOND_JDK, Map.of("TZ", "Pacific/Kiritimati"), "-Duser.language=de",
                    "-Duser.country=DE", "-Dfile.encoding=ISO-8859-15");
        } else {
            System.err.println("SKIPPED: no second JDK at " + SECOND_JDK + "; retraining on it is not checked here");
        }
        try {
            assertEquals(List.of(), Models.train(inProcess, "course", TrainingProgress.NONE).errors());
            assertSameFiles(inProcess, "this JVM");
            finished(turkish, dir.resolve("turkish"));
            assertSameFiles(dir.resolve("turkish"), "tr_TR, ISO-8859-1, UTC-3:30");
            if (german != null) {
                finished(german, dir.resolve("german-jdk25"));
                assertSameFiles(dir.resolve("german-jdk25"), "Temurin 25, de_DE, ISO-8859-15, UTC+14");
            }
        } finally {
            turkish.destroyForcibly();
            if (german != null) {
                german.destroyForcibly();
            }
        }
        Assumptions.assumeTrue(german != null, "no second JDK at " + SECOND_JDK);
    }

    @Test
    void aModelFromAnotherSeedLearnsTheSameHead() throws Exception {
        Path root = copy("seed2");
        Path yaml = root.resolve("content/models/course/model.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^seed: 1 ", "seed: 2 "));
        Result<Model> trained = Models.train(root, "course", TrainingProgress.NONE);
        assertEquals(List.of(), trained.errors());
        Model m = trained.value();
        assertEquals(2, m.config().seed());
        CourseClaims.assertAdjectiveHead(m, CourseClaims.adjectiveHead(m));
    }

    @Test
    void theNextWordTwinRetrainsToItsCommittedWeights() throws Exception {
        Path root = copy("next", "course-next");
        assertEquals(List.of(), Models.train(root, "course-next", TrainingProgress.NONE).errors());
        assertEquals(Files.readString(FixtureCourse.projectRoot().resolve("content/models/course-next").resolve(WeightsFile.NAME)),
                Files.readString(root.resolve("content/models/course-next").resolve(WeightsFile.NAME)));
    }

    /** A course root with the course model's sources and no weights. */
    private Path copy(String name) throws IOException {
        return copy(name, "course");
    }

    /** A course root with one model's sources and no weights. */
    private Path copy(String name, String modelName) throws IOException {
        Path root = dir.resolve(name);
        Path from = FixtureCourse.projectRoot();
        Path model = Files.createDirectories(root.resolve("content/models").resolve(modelName));
        for (String file : List.of("model.yaml", "grammar.yaml", "held-out.txt")) {
            Files.copy(from.resolve("content/models").resolve(modelName).resolve(file), model.resolve(file));
        }
        Files.createDirectories(root.resolve("templates"));
        Files.copy(from.resolve("jbake.properties"), root.resolve("jbake.properties"));
        return root;
    }

    private static Process train(Path root, Path java, Map<String, String> environment, String... options)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", System.getProperty("generator.jar", "target/generator.jar"), "train", "course"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("train.log").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void finished(Process process, Path root) throws Exception {
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "training in " + root.getFileName() + " finished");
        assertEquals(0, process.exitValue(), () -> root.getFileName() + ":\n" + log(root));
    }

    private static void assertSameFiles(Path root, String where) throws IOException {
        Path trained = root.resolve("content/models/course");
        Path committed = FixtureCourse.projectRoot().resolve("content/models/course");
        for (String file : List.of(WeightsFile.NAME, CheckpointsFile.NAME)) {
            assertEquals(Files.readString(committed.resolve(file)), Files.readString(trained.resolve(file)),
                    file + " trained in " + where);
        }
    }

    private static String log(Path root) {
        try {
            return Files.readString(root.resolve("train.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
