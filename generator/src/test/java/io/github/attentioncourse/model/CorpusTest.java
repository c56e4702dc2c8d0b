package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model folder's sentences: made by the grammar, listed by the author, split into training and held out. */
class CorpusTest {

    @TempDir
    Path root;

    @Test
    void makesEverySentenceOfTheGrammarOnceSortedAndSplitsOffTheHeldOut() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        Corpus c = prepare().corpus();
        assertEquals(3 * 2 + 3 * 2 + 3 * 3, c.training().size() + c.heldOut().size());
        assertFalse(c.heldOut().isEmpty());
        List<String> texts = c.training().stream().map(Sentence::text).toList();
        assertEquals(texts.stream().sorted().toList(), texts);
        assertTrue(c.heldOut().stream().noneMatch(s -> texts.contains(s.text())));
    }

    @Test
    void holdsOutTheSameSentencesWhateverElseChanges() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        List<Sentence> before = prepare().corpus().heldOut();
        ModelFolders.overwrite(root, "toy", "model.yaml", ModelFolders.TINY_YAML.replace("seed: 7", "seed: 99"));
        ModelFolders.overwrite(root, "toy", "sentences.txt", "the dog saw the cat\n");
        List<String> after = prepare().corpus().heldOut().stream().map(Sentence::text).toList();
        assertTrue(after.containsAll(before.stream().map(Sentence::text).toList()), before + " → " + after);
    }

    @Test
    void keepsTheNamedHeldOutSentencesFromTrainingAndKnowsTheirSlots() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "held-out.txt", "# shown in a lesson\nThe Dog was tired\nthe cow was hungry\n");
        Corpus c = prepare().corpus();
        assertTrue(c.training().stream().noneMatch(s -> s.text().equals("the cow was hungry")));
        Sentence cow = c.heldOut().stream().filter(s -> s.text().equals("the cow was hungry")).findFirst().orElseThrow();
        assertEquals(java.util.Arrays.asList(null, "animal", null, "animal-adjective"), cow.slots());
        assertEquals(3, cow.line());
        assertTrue(c.heldOut().stream().anyMatch(s -> s.text().equals("the dog was tired")));
    }

    @Test
    void rejectsAFolderWithoutModelYaml() throws Exception {
        Files.createDirectories(root.resolve("content/models/empty"));
        assertOnly("empty", "model.yaml", 1, "the model folder content/models/empty has no model.yaml",
                "expected a model.yaml");
    }

    @Test
    void rejectsAnEmptyCorpus() {
        ModelFolders.write(root, "toy", Map.of("model.yaml", ModelFolders.TINY_YAML, "sentences.txt", "# none yet\n"));
        assertOnly("toy", "model.yaml", 1, "no sentences to train on", "expected sentences in sentences.txt");
    }

    @Test
    void rejectsAWordOfTwoHundredCharacters() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "sentences.txt", "the dog was tired\nthe " + "a".repeat(200) + " was wet\n");
        assertOnly("toy", "sentences.txt", 2, "has 200 characters", "expected words of at most 40");
    }

    @Test
    void rejectsATab() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "sentences.txt", "the dog\twas tired\n");
        assertOnly("toy", "sentences.txt", 1, "the line has a tab", "expected words separated by spaces");
    }

    @Test
    void rejectsASentenceLongerThanTheContext() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "sentences.txt", "\n\nthe dog saw the cat on the road\n");
        assertOnly("toy", "sentences.txt", 3, "has 8 words", "expected at most 6 (context in model.yaml)");
    }

    @Test
    void rejectsAHeldOutSentenceWithAWordNoTrainingSentenceHas() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "held-out.txt", "the zebra was tired\n");
        assertOnly("toy", "held-out.txt", 1, "'zebra', which no training sentence has");
    }

    @Test
    void rejectsTheMaskTokenInASentence() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "sentences.txt", "the dog was [MASK]\n");
        assertOnly("toy", "sentences.txt", 1, "[MASK], which the model uses for hidden words");
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws Exception {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        Files.write(root.resolve("content/models/toy/sentences.txt"), new byte[] {'a', ' ', (byte) 0xE9, '\n'});
        assertOnly("toy", "sentences.txt", 1, "not valid UTF-8");
    }

    @Test
    void rejectsGrammarMistakesAtTheirLines() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "grammar.yaml", ModelFolders.TINY_GRAMMAR
                .replace("the {place} was {place-adjective}", "the {plac} was {place-adjective}"));
        assertOnly("toy", "grammar.yaml", 8, "{plac} names 'plac', which is not a slot", "expected one of: animal");
        ModelFolders.overwrite(root, "toy", "grammar.yaml", ModelFolders.TINY_GRAMMAR
                .replace("the {animal} saw the {place}", "the {animal saw the place"));
        assertOnly("toy", "grammar.yaml", 9, "a '{' that is never closed");
        ModelFolders.overwrite(root, "toy", "grammar.yaml", ModelFolders.TINY_GRAMMAR.replace("[dog, cat, cow]",
                "[dog, cat, dog]"));
        assertOnly("toy", "grammar.yaml", 2, "has 'dog' twice");
        ModelFolders.overwrite(root, "toy", "grammar.yaml", ModelFolders.TINY_GRAMMAR.replace("slots:", "slot:"));
        List<ContentError> errors = Models.load(root, "toy").errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == 1 && e.message().contains("unknown key 'slot'")
                && e.message().contains("did you mean 'slots'")), errors.toString());
        ModelFolders.overwrite(root, "toy", "grammar.yaml", ModelFolders.TINY_GRAMMAR.replace("[animal]", "[animl]"));
        assertOnly("toy", "grammar.yaml", 12, "names a slot that grammar.yaml does not have");
    }

    @Test
    void rejectsAGrammarThatMakesTooManySentences() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        StringBuilder many = new StringBuilder("slots:\n  w: [");
        for (int i = 0; i < 50; i++) {
            many.append(i == 0 ? "" : ", ").append("w").append(i);
        }
        many.append("]\nsentences:\n  - '{w} {w} {w} {w}'\n");
        ModelFolders.overwrite(root, "toy", "grammar.yaml", many.toString());
        assertOnly("toy", "grammar.yaml", 3, "the templates make 6250000 sentences", "expected at most 100000");
    }

    @Test
    void rejectsAModelTooLargeForItsWeightsFile() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        ModelFolders.overwrite(root, "toy", "model.yaml", ModelFolders.TINY_YAML.replace("d_model: 8", "d_model: 64")
                .replace("d_ff: 8", "d_ff: 256"));
        assertOnly("toy", "model.yaml", 1, "too many for a weights file of at most 64 KB");
    }

    private ModelFolder.Prepared prepare() {
        Result<ModelFolder.Prepared> prepared = ModelFolder.prepare(root, "toy");
        assertEquals(List.of(), prepared.errors());
        return prepared.value();
    }

    private void assertOnly(String model, String file, int line, String... parts) {
        List<ContentError> errors = Models.load(root, model).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/models/" + model + "/" + file, errors.get(0).file(), errors.toString());
        assertEquals(line, errors.get(0).line(), errors.toString());
        for (String part : parts) {
            assertTrue(errors.get(0).message().contains(part), errors.get(0) + " lacks: " + part);
        }
    }
}
