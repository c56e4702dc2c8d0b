package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelYamlTest {

    private static final String FILE = "content/models/toy/model.yaml";

    @Test
    void readsEveryKey() {
        ModelConfig c = ModelYaml.read(ModelFolders.TINY_YAML, FILE).value();
        assertEquals(Task.MASKED_WORD, c.task());
        assertEquals(new Architecture(1, 2, 8, 8, 6), c.architecture());
        assertEquals(7, c.seed());
        assertEquals(40, c.steps());
        assertEquals(new ModelConfig.Masking(0.2, 0.5, 0.4), c.masking());
        assertEquals(List.of(0, 10), c.checkpoints());
    }

    @Test
    void canonicalTextIgnoresCommentsOrderAndSpelling() {
        String reordered = "# a comment\n" + ModelFolders.TINY_YAML.replace("learning_rate: 0.02", "learning_rate: 2e-2")
                .replace("seed: 7\n", "") + "seed: 7 # moved\n";
        assertEquals(ModelYaml.read(ModelFolders.TINY_YAML, FILE).value().canonical(),
                ModelYaml.read(reordered, FILE).value().canonical());
    }

    @Test
    void rejectsAnUnknownKeyAndGuessesTheMeantOne() {
        assertOnly(ModelFolders.TINY_YAML + "learning_rte: 0.1\n", 17, "unknown key 'learning_rte'",
                "did you mean 'learning_rate'", "expected one of");
    }

    @Test
    void rejectsADModelNotDivisibleByTheHeads() {
        assertOnly(ModelFolders.TINY_YAML.replace("heads: 2", "heads: 3"), 4, "d_model 8 is not divisible by heads 3",
                "expected a multiple of 3");
    }

    @Test
    void rejectsZeroAndABillionSteps() {
        assertOnly(ModelFolders.TINY_YAML.replace("steps: 40", "steps: 0"), 8, "steps is '0'",
                "expected a whole number from 1 to 100000");
        assertOnly(ModelFolders.TINY_YAML.replace("steps: 40", "steps: 1000000000"), 8, "steps is '1000000000'",
                "expected a whole number from 1 to 100000");
    }

    @Test
    void rejectsANotANumberLearningRate() {
        assertOnly(ModelFolders.TINY_YAML.replace("learning_rate: 0.02", "learning_rate: .nan"), 10, "not finite",
                "expected a finite number");
        assertOnly(ModelFolders.TINY_YAML.replace("learning_rate: 0.02", "learning_rate: NaN"), 10,
                "learning_rate is 'NaN'", "expected a finite number");
        assertOnly(ModelFolders.TINY_YAML.replace("learning_rate: 0.02", "learning_rate: 0"), 10,
                "expected a number above 0.0 to 1.0");
    }

    @Test
    void namesEveryMissingKey() {
        List<ContentError> errors = ModelYaml.read("task: masked-word\n", FILE).errors();
        assertEquals(9, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.line() == 1 && e.message().contains("has no 'layers'; expected layers: 1")),
                errors.toString());
    }

    @Test
    void rejectsAnEmptyFile() {
        assertOnly("# nothing yet\n\n", 1, "model.yaml is empty", "expected the model's settings");
    }

    @Test
    void rejectsMaskingForTheNextWordTask() {
        assertOnly(ModelFolders.TINY_YAML.replace("masked-word", "next-word"), 11, "masking is for the masked-word task");
    }

    @Test
    void rejectsShareOfHiddenWordsAboveOne() {
        assertOnly(ModelFolders.TINY_YAML.replace("mask: 0.5", "mask: 0.8"), 11, "together above 1");
    }

    @Test
    void rejectsCheckpointsOutOfOrderOrPastTheEnd() {
        assertOnly(ModelFolders.TINY_YAML.replace("[0, 10]", "[10, 5]"), 16, "checkpoint 5 is not after 10");
        assertOnly(ModelFolders.TINY_YAML.replace("[0, 10]", "[0, 40]"), 16, "a checkpoint is '40'",
                "from 0 to 39");
        assertOnly(ModelFolders.TINY_YAML.replace("[0, 10]", "[0, 1, 2, 3]"), 16, "checkpoints has 4 steps");
    }

    @Test
    void rejectsAnUnknownTask() {
        assertOnly(ModelFolders.TINY_YAML.replace("masked-word", "translation"), 1, "task is 'translation'",
                "expected masked-word or next-word");
    }

    @Test
    void reportsInvalidYamlAtItsLine() {
        assertOnly(ModelFolders.TINY_YAML.replace("checkpoints: [0, 10]", "checkpoints: [0, 10"), 17,
                "not valid YAML", "expected YAML lines such as 'layers: 1'");
    }

    private static void assertOnly(String yaml, int line, String... parts) {
        List<ContentError> errors = ModelYaml.read(yaml, FILE).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(FILE, errors.get(0).file());
        assertEquals(line, errors.get(0).line(), errors.toString());
        for (String part : parts) {
            assertTrue(errors.get(0).message().contains(part), errors.get(0) + " lacks: " + part);
        }
    }
}
