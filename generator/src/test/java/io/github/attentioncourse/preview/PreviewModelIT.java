package io.github.attentioncourse.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.TrainingProgress;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve with a model: new sentences are trained on in the background, and the pages follow. */
class PreviewModelIT {

    private static final String MODEL_YAML = """
            task: masked-word
            layers: 1
            heads: 1
            d_model: 4
            d_ff: 4
            context: 6
            seed: 1
            steps: 40
            batch: 4
            learning_rate: 0.05
            held_out: 0
            """;
    private static final String LESSON = """
            title=Tiny
            type=lesson
            status=published
            module=1
            order=1
            ~~~~~~

            ## Slide

            ```attention
            id: tiny
            model: tiny
            sentence: the cat sat
            ```

            "sat" looks most at "{{top tiny sat}}".
            """;

    @TempDir
    Path dir;

    @Test
    void newSentencesAreTrainedOnAndThePagesThatShowTheModelRebuilt() throws Exception {
        Path root = FixtureCourse.create(dir.resolve("course"), Files.createDirectories(dir.resolve("empty")));
        FixtureCourse.write(root, "content/module-1-tiny/01-tiny.md", LESSON);
        FixtureCourse.write(root, "content/models/tiny/model.yaml", MODEL_YAML);
        FixtureCourse.write(root, "content/models/tiny/sentences.txt", "the cat sat\nthe dog sat\n");
        assertEquals(List.of(), Models.train(root, "tiny", TrainingProgress.NONE).errors());
        Path weights = root.resolve("content/models/tiny/weights.txt");
        Path json = root.resolve("output/module-1-tiny/01-tiny.tiny.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Preview preview = Preview.start(new CourseSource(root), root.resolve("output"), 0,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8))) {
            String weightsBefore = Files.readString(weights);
            String jsonBefore = Files.readString(json);
            FixtureCourse.write(root, "content/models/tiny/sentences.txt", "the cat sat\nthe dog sat\nthe dog ran\n");
            waitFor(() -> !read(weights).equals(weightsBefore));
            waitFor(() -> out.toString(StandardCharsets.UTF_8).contains("Rebuilt") && !read(json).equals(jsonBefore));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Trained model tiny"), out.toString(StandardCharsets.UTF_8));
            assertNotEquals(jsonBefore, read(json));
            assertEquals(List.of(), Models.load(root, "tiny").errors(), "the weights are the new sentences'");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() - start < 60_000_000_000L, "timed out");
            Thread.sleep(20);
        }
    }
}
