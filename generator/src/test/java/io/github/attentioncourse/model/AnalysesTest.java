package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.engine.HeadTrace;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurements lessons quote, on the tiny model: each computes what it says. */
class AnalysesTest {

    @TempDir
    static Path root;

    private static Model model;

    @BeforeAll
    static void train() {
        ModelFolders.write(root, "toy", ModelFolders.tiny());
        model = Models.train(root, "toy", TrainingProgress.NONE).value();
    }

    @Test
    void switchingAHeadOffRemovesExactlyItsShareOfTheOutput() {
        Weights off = Ablation.withoutHead(model.weights(), new HeadId(1, 1));
        ForwardTrace t = model.forward(off, "the dog was tired");
        List<HeadTrace> heads = t.layers().get(0).attention().heads();
        // With head 1 off, the output is head 2's output times head 2's rows of W_O alone.
        DMatrixRMaj rowsOfHead2 = CommonOps_DDRM.extract(off.blocks().get(0).wO(), 4, 8, 0, 8);
        DMatrixRMaj expected = CommonOps_DDRM.mult(heads.get(1).output(), rowsOfHead2, null);
        assertArrayEquals(expected.data, t.layers().get(0).attention().output().data, 1e-12);
        assertArrayEquals(CommonOps_DDRM.extract(model.weights().blocks().get(0).wO(), 4, 8, 0, 8).data,
                rowsOfHead2.data);
        assertThrows(IllegalArgumentException.class, () -> Ablation.withoutHead(model.weights(), new HeadId(1, 3)));
    }

    @Test
    void findsEachAdjectiveAndTheNounItDescribes() {
        Link describes = Link.of(model, "describes").orElseThrow();
        Sentence s = new Sentence(List.of("the", "dog", "was", "tired"), Arrays.asList(null, "animal", null,
                "animal-adjective"), "x", 1);
        assertEquals(List.of(new Link.Case(3, 1)), describes.cases(s));
        Sentence noNoun = new Sentence(List.of("it", "was", "tired"), Arrays.asList(null, null, "animal-adjective"),
                "x", 1);
        assertEquals(List.of(), describes.cases(noNoun));
        assertTrue(Link.of(model, "refers-to").isEmpty());
    }

    @Test
    void countsTheTopKeyHitsAndTheMeanWeightOverTheCases() {
        HeadId head = new HeadId(1, 2);
        Link describes = Link.of(model, "describes").orElseThrow();
        List<Sentence> sentences = model.corpus().heldOut();
        HeadSurvey survey = HeadSurvey.of(model, head, describes);
        int cases = 0;
        int hits = 0;
        double sum = 0;
        for (Sentence s : sentences) {
            for (Link.Case c : describes.cases(s)) {
                ForwardTrace t = model.forward(s.text());
                cases++;
                hits += head.topKey(t, c.query()) == c.expected() ? 1 : 0;
                sum += head.weights(t).get(c.query(), c.expected());
            }
        }
        assertEquals(new HeadSurvey(cases, hits, sum / cases), survey);
    }

    @Test
    void swapsTwoWordsAndFollowsTheTopKey() {
        SwapTest t = SwapTest.run(model, List.of("the", "dog", "was", "tired"), new HeadId(1, 1), 3, 1, 2);
        assertEquals(List.of("the", "was", "dog", "tired"), t.swapped());
        assertEquals(t.topAfter() == t.moved(t.topBefore()), t.follows());
        assertEquals(2, t.moved(1));
        assertEquals(0, t.moved(0));
        assertThrows(IllegalArgumentException.class,
                () -> SwapTest.run(model, List.of("the", "dog", "was", "tired"), new HeadId(1, 1), 1, 1, 2));
    }

    @Test
    void guessesInOrderOfProbabilityAndNeverTheMaskToken() {
        ForwardTrace t = model.forward("the [MASK] was tired");
        List<Predictions.Guess> all = Predictions.top(model.vocabulary(), t, 1, 100);
        assertEquals(model.vocabulary().size() - 1, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).probability() >= all.get(i).probability());
        }
        assertTrue(all.stream().noneMatch(g -> g.word().equals(Tokenizer.MASK)));
    }

    @Test
    void namesUnknownWordsWithTheClosestKnownOnesAndTooLongSentences() {
        Tokenized t = model.tokenize("The Dgo was tird.");
        assertEquals(List.of("the", "dgo", "was", "tird", "."), t.words());
        assertEquals("the model does not know 'dgo' (closest: dog, cat, cow), 'tird' (closest: tired, road, the),"
                + " '.' (closest: cat, cow, dog); expected words of its vocabulary", t.problem());
        assertEquals("the sentence has 7 words; expected at most 6, the longest sentence the model reads",
                model.tokenize("the dog was the dog was tired").problem());
        assertTrue(model.tokenize("the dog was tired").ok());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.forward("the gnu"));
        assertTrue(e.getMessage().startsWith("the model does not know 'gnu'"), e.getMessage());
    }

    @Test
    void measuresAccuracyWithEveryWordHiddenInTurn() {
        Accuracy all = Ablation.accuracy(model, model.weights(), model.corpus().heldOut(), null);
        int words = model.corpus().heldOut().stream().mapToInt(s -> s.words().size()).sum();
        assertEquals(words, all.predictions());
        assertTrue(all.exact() <= all.fitting() && all.fitting() <= all.predictions());
        Accuracy adjectives = Ablation.accuracy(model, model.weights(), model.corpus().heldOut(),
                List.of("animal-adjective", "place-adjective"));
        assertTrue(adjectives.predictions() < all.predictions());
    }
}
