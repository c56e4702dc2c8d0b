package io.github.attentioncourse.cli;

import static io.github.attentioncourse.cli.GeneratorCliIT.generator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.cli.GeneratorCliIT.Run;
import io.github.attentioncourse.testing.FixtureCourse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train [NAME]} as an author runs it: the weights written, or the mistakes at their lines and nothing written. */
class TrainCommandIT {

    private static final String MODEL = """
            task: masked-word
            layers: 1
            heads: 2
            d_model: 8
            d_ff: 8
            context: 6
            seed: 3
            steps: 30
            batch: 4
            learning_rate: 0.02
            """;

    @TempDir
    Path dir;

    private Path course() throws Exception {
        Path root = FixtureCourse.create(dir.resolve("course"), FixtureCourse.fixtureContent());
        Path toy = Files.createDirectories(root.resolve("content/models/toy"));
        Files.writeString(toy.resolve("model.yaml"), MODEL);
        Files.writeString(toy.resolve("sentences.txt"), "the dog was tired\nthe road was wide\nthe cat was hungry\n"
                + "the river was wet\nthe dog was hungry\nthe road was wet\n");
        return root;
    }

    @Test
    void trainsEveryModelAndSaysSoOnOneLineEach() throws Exception {
        Path root = course();
        Run run = generator(root, "train");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Trained toy: 30 steps on "), run.out());
        assertTrue(run.out().contains("wrote content/models/toy/weights.txt"), run.out());
        assertTrue(Files.readString(root.resolve("content/models/toy/weights.txt")).contains("\nsteps: 30\n"));
        assertEquals(0, generator(root, "check").exit(), "a course with trained models checks");
    }

    @Test
    void reportsMistakesAtTheirLinesAndKeepsTheWeights() throws Exception {
        Path root = course();
        assertEquals(0, generator(root, "train", "toy").exit());
        Path weights = root.resolve("content/models/toy/weights.txt");
        String before = Files.readString(weights);
        Files.writeString(root.resolve("content/models/toy/sentences.txt"), "the dog\twas tired\n");
        Files.writeString(root.resolve("content/models/toy/model.yaml"), MODEL.replace("steps: 30", "steps: 0"));
        Run run = generator(root, "train", "toy");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("content/models/toy/model.yaml:8: steps is '0'; expected a whole number"),
                run.err());
        assertFalse((run.out() + run.err()).contains("Exception"), run.err());
        assertEquals(before, Files.readString(weights), "the weights are as they were");
    }

    @Test
    void refusesAModelThatDoesNotExist() throws Exception {
        Run run = generator(course(), "train", "nosuch");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("there is no model folder content/models/nosuch; expected one of: toy"),
                run.err());
    }
}
