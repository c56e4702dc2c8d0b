package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.Weights.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** weights.txt and checkpoints.txt: written by training, read back exactly, and refused when touched. */
class WeightsFileTest {

    @TempDir
    Path root;

    private Model trained;

    @BeforeEach
    void train() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        trained = Models.train(root, "toy", TrainingProgress.NONE).value();
    }

    @Test
    void readsBackExactlyTheWeightsTrainingEndedWith() {
        Model loaded = Models.load(root, "toy").value();
        List<Tensor> written = trained.weights().tensors();
        List<Tensor> read = loaded.weights().tensors();
        for (int t = 0; t < written.size(); t++) {
            assertArrayEquals(written.get(t).values().data, read.get(t).values().data, written.get(t).name());
        }
        assertEquals(trained.training(), loaded.training());
        assertEquals(trained.checkpoints().keySet(), loaded.checkpoints().keySet());
        assertArrayEquals(trained.checkpoints().get(10).tokenEmbedding().data,
                loaded.checkpoints().get(10).tokenEmbedding().data);
    }

    @Test
    void writesEveryWeightAsAFloat32() {
        for (Tensor t : trained.weights().tensors()) {
            for (double x : t.values().data) {
                assertEquals(x, (double) (float) x, t.name());
            }
        }
    }

    @Test
    void recordsHashesStepsLossCurveAndVocabulary() {
        String text = ModelFolders.read(root, "toy", WeightsFile.NAME);
        assertTrue(text.contains("\nsteps: 40\n"), text);
        assertTrue(text.contains("\nloss-every: 1\n"), text);
        assertTrue(text.contains("\nvocabulary: [MASK] cat cow dog hungry lane river road saw the tired was wet wide\n"),
                text);
        assertTrue(text.contains("\nconfig-sha256: " + Hashes.sha256(trained.config().canonical()) + "\n"), text);
        assertTrue(text.contains("\ncorpus-sha256: " + Hashes.sha256(trained.corpus().canonical()) + "\n"), text);
        assertEquals(40, trained.training().losses().size());
    }

    @Test
    void refusesAHandEditedFileAtItsLastLine() {
        String text = ModelFolders.read(root, "toy", WeightsFile.NAME);
        ModelFolders.overwrite(root, "toy", WeightsFile.NAME, text.replace("steps: 40", "steps: 41"));
        assertOnly(WeightsFile.NAME, (int) text.lines().count(), "changed after training",
                "run 'train toy' again");
    }

    @Test
    void refusesATensorThatIsNotBase64EvenWhenResealed() {
        int line = resealed(body -> body.replaceFirst("(tensor token_embedding 14x8 )(\\S)", "$1!"),
                "tensor token_embedding");
        assertOnly(WeightsFile.NAME, line, "token_embedding cannot be read", "not valid base64");
    }

    @Test
    void refusesATensorOfTheWrongShapeEvenWhenResealed() {
        int line = resealed(body -> body.replace("tensor block1.w_o 8x8 ", "tensor block1.w_o 4x16 "),
                "tensor block1.w_o");
        assertOnly(WeightsFile.NAME, line, "block1.w_o 4x16", "the model needs block1.w_o 8x8");
    }

    /** Changes weights.txt and seals it again, as a forger would; returns the line starting with {@code start}. */
    private int resealed(java.util.function.UnaryOperator<String> change, String start) {
        String text = ModelFolders.read(root, "toy", WeightsFile.NAME);
        String broken = change.apply(text.substring(0, text.lastIndexOf(LockFile.SHA256)));
        ModelFolders.overwrite(root, "toy", WeightsFile.NAME, LockFile.seal(broken));
        return lineOf(broken, start);
    }

    @Test
    void refusesAFileThatIsNotAWeightsFile() {
        ModelFolders.overwrite(root, "toy", WeightsFile.NAME, "weights, trust me\n");
        assertOnly(WeightsFile.NAME, 1, "no final 'sha256:' line");
    }

    @Test
    void asksForTrainingWhenTheWeightsAreMissing() throws Exception {
        Files.delete(root.resolve("content/models/toy/weights.txt"));
        assertOnly("model.yaml", 1, "the model has no weights yet (weights.txt is missing); run 'train toy'");
    }

    @Test
    void asksForTrainingWhenTheCorpusChanged() {
        ModelFolders.overwrite(root, "toy", "grammar.yaml", ModelFolders.TINY_GRAMMAR.replace("cow]", "cow, fox]"));
        assertOnly("model.yaml", 1, "the weights were trained on another corpus; run 'train toy'");
    }

    @Test
    void asksForTrainingWhenTheConfigChangedButNotForAComment() {
        ModelFolders.overwrite(root, "toy", "model.yaml", "# a new comment\n" + ModelFolders.TINY_YAML);
        assertEquals(List.of(), Models.load(root, "toy").errors());
        ModelFolders.overwrite(root, "toy", "model.yaml", ModelFolders.TINY_YAML.replace("steps: 40", "steps: 41"));
        assertOnly("model.yaml", 1, "the weights were trained with another config; run 'train toy'");
    }

    @Test
    void refusesCheckpointsOfOtherWeights() {
        String weights = ModelFolders.read(root, "toy", WeightsFile.NAME);
        ModelFolders.write(root, "other", ModelFolders.tiny());
        ModelFolders.overwrite(root, "other", "model.yaml", ModelFolders.TINY_YAML.replace("seed: 7", "seed: 8"));
        Models.train(root, "other", TrainingProgress.NONE);
        ModelFolders.overwrite(root, "toy", CheckpointsFile.NAME, ModelFolders.read(root, "other",
                CheckpointsFile.NAME));
        assertEquals(weights, ModelFolders.read(root, "toy", WeightsFile.NAME));
        assertOnly(CheckpointsFile.NAME, 4, "written with other weights than weights.txt");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        try (var files = Files.list(root.resolve("content/models/toy"))) {
            assertEquals(List.of("checkpoints.txt", "grammar.yaml", "model.yaml", "weights.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private void assertOnly(String file, int line, String... parts) {
        List<ContentError> errors = Models.load(root, "toy").errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/models/toy/" + file, errors.get(0).file(), errors.toString());
        assertEquals(line, errors.get(0).line(), errors.toString());
        for (String part : parts) {
            assertTrue(errors.get(0).message().contains(part), errors.get(0) + " lacks: " + part);
        }
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in the file");
    }
}
