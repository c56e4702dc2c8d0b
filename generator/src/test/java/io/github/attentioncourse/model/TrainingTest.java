package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {

    @TempDir
    Path root;

    @Test
    void trainingTwiceWritesTheSameBytes() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        Models.train(root, "toy", TrainingProgress.NONE);
        String weights = ModelFolders.read(root, "toy", WeightsFile.NAME);
        String checkpoints = ModelFolders.read(root, "toy", CheckpointsFile.NAME);
        Models.train(root, "toy", TrainingProgress.NONE);
        assertEquals(weights, ModelFolders.read(root, "toy", WeightsFile.NAME));
        assertEquals(checkpoints, ModelFolders.read(root, "toy", CheckpointsFile.NAME));
    }

    @Test
    void anotherSeedTrainsAnotherModel() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        Models.train(root, "toy", TrainingProgress.NONE);
        String weights = ModelFolders.read(root, "toy", WeightsFile.NAME);
        ModelFolders.overwrite(root, "toy", "model.yaml", ModelFolders.TINY_YAML.replace("seed: 7", "seed: 8"));
        Models.train(root, "toy", TrainingProgress.NONE);
        assertTrue(!weights.equals(ModelFolders.read(root, "toy", WeightsFile.NAME)));
    }

    @Test
    void lowersTheMaskedWordLoss() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "model.yaml", ModelFolders.TINY_YAML.replace("steps: 40", "steps: 300"));
        List<Double> curve = Models.train(root, "toy", TrainingProgress.NONE).value().training().losses();
        assertTrue(curve.get(curve.size() - 1) < 0.6 * curve.get(0), curve.toString());
    }

    @Test
    void learnsTheNextWordUnderTheCausalMask() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "model.yaml", ModelFolders.TINY_YAML.replace("masked-word", "next-word")
                .replace("steps: 40", "steps: 1500").replace("batch: 4", "batch: 16")
                .replaceAll("(?s)masking:.*?held_out", "held_out"));
        Model m = Models.train(root, "toy", TrainingProgress.NONE).value();
        assertEquals(io.github.attentioncourse.engine.Mask.causal(), m.mask());
        assertTrue(!m.vocabulary().contains(Tokenizer.MASK));
        // After "the dog was" only an animal's adjective may follow, after "the road was" a road's.
        for (String[] fits : new String[][] {{"the dog was", "hungry", "tired"}, {"the road was", "wet", "wide"}}) {
            List<Predictions.Guess> next = Predictions.top(m.vocabulary(), m.forward(fits[0]), 2, 2);
            assertEquals(List.of(fits[1], fits[2]), next.stream().map(Predictions.Guess::word).sorted().toList(),
                    fits[0] + ": " + next);
        }
    }

    @Test
    void reportsEveryStep() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        int[] seen = {0};
        Models.train(root, "toy", (step, steps, loss) -> {
            assertEquals(++seen[0], step);
            assertEquals(40, steps);
            assertTrue(loss > 0 && Double.isFinite(loss));
        });
        assertEquals(40, seen[0]);
    }
}
