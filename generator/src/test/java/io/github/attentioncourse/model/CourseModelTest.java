package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The course's own model as committed: its files are the ones training writes (their hashes
 * pinned; CourseModelIT retrains them), they load against the committed corpus and config, and
 * the model does what the lessons say it learned.
 */
class CourseModelTest {

    /** Retraining from the committed corpus and config must give these bytes (CourseModelIT checks that it does). */
    static final String WEIGHTS_SHA256 = "c0b8dd2558baf010165f2af4a090c890a8173a8552eafe407970d70405ce363b";
    static final String CHECKPOINTS_SHA256 = "c65e0ef455bb8dbe97eedfe66c7f3e8afb469981a3c406354cf3d4d540b581af";

    private static Model model;

    @BeforeAll
    static void load() {
        Result<Model> loaded = Models.load(FixtureCourse.projectRoot(), "course");
        assertEquals(List.of(), loaded.errors());
        model = loaded.value();
    }

    @Test
    void weightsAreTheCommittedBytes() throws IOException {
        Path folder = FixtureCourse.projectRoot().resolve("content/models/course");
        assertEquals(WEIGHTS_SHA256, sha256(folder.resolve(WeightsFile.NAME)));
        assertEquals(CHECKPOINTS_SHA256, sha256(folder.resolve(CheckpointsFile.NAME)));
        assertTrue(Files.size(folder.resolve(WeightsFile.NAME)) <= 64 * 1024);
        assertTrue(Files.size(folder.resolve(CheckpointsFile.NAME)) <= 64 * 1024);
    }

    @Test
    void headOneLooksFromEveryAdjectiveToItsNoun() {
        assertEquals(new HeadId(1, 1), CourseClaims.adjectiveHead(model));
        CourseClaims.assertAdjectiveHead(model, new HeadId(1, 1));
    }

    @Test
    void theLessonsSentenceIsOneTheModelNeverSaw() {
        assertTrue(model.corpus().heldOut().stream().anyMatch(s -> s.text().equals("the animal was tired")));
        assertTrue(model.corpus().training().stream().noneMatch(s -> s.text().equals("the animal was tired")));
    }

    @Test
    void guessesAnAnimalsAdjectiveForTheHiddenWord() {
        List<String> guesses = Predictions.top(model.vocabulary(), model.forward("the animal was [MASK]"), 3, 4)
                .stream().map(Predictions.Guess::word).sorted().toList();
        assertEquals(List.of("hungry", "scared", "sleepy", "tired"), guesses);
    }

    @Test
    void headOneLooksAtAPlaceNotAWordTheSwapTestShows() {
        // Exchange "animal" and "was": the top key stays at position 1, now "was". The head found
        // the noun by where it stands in these sentences, not by what it is.
        SwapTest swap = SwapTest.run(model, List.of("the", "animal", "was", "tired"), new HeadId(1, 1), 3, 1, 2);
        assertEquals(1, swap.topBefore());
        assertEquals(1, swap.topAfter());
        assertTrue(!swap.follows());
    }

    /**
     * What lesson 8 says of the two heads on the held-out sentences, long ones included: both
     * often look from an adjective to its noun; only head 1 is needed for guessing a hidden
     * adjective; and when two nouns swap places, either head follows the right one in at most
     * about half of the cases.
     */
    @Test
    void lessonEightsClaimsAboutBothHeadsHold() {
        Accuracy all = Ablation.accuracy(model, model.weights(), model.corpus().heldOut(), CourseClaims.ADJECTIVES);
        for (int h = 1; h <= 2; h++) {
            HeadId head = new HeadId(1, h);
            HeadSurvey survey = HeadSurvey.of(model, head, CourseClaims.describes(model));
            assertTrue(survey.share() >= 0.5, head + " looks from adjectives to nouns too rarely to say 'often': " + survey);
            Accuracy without = Ablation.accuracy(model, Ablation.withoutHead(model.weights(), head), model.corpus().heldOut(),
                    CourseClaims.ADJECTIVES);
            if (h == 1) {
                assertTrue(without.fittingShare() <= all.fittingShare() - 0.2, "head 1 off must cost: " + all + " → " + without);
            } else {
                assertTrue(without.fittingShare() >= all.fittingShare() - 0.02, "head 2 off must cost nothing: " + without);
            }
            SwapTest.Survey swap = SwapTest.survey(model, head, CourseClaims.describes(model));
            assertTrue(swap.cases() >= 20 && swap.after() <= 0.6 * swap.cases(), head + " follows swapped nouns too often"
                    + " for 'often look at a place': " + swap);
        }
    }

    @Test
    void keepsCheckpointsOfTheWeightsOnTheWayToTheFinalOnes() {
        assertEquals(List.of(0, 100, 300), List.copyOf(model.checkpoints().keySet()));
        HeadId head = new HeadId(1, 1);
        double atStart = HeadSurvey.of(model, model.checkpoints().get(0), CourseClaims.shortHeldOut(model), head,
                CourseClaims.describes(model)).meanWeight();
        double atEnd = HeadSurvey.of(model, model.weights(), CourseClaims.shortHeldOut(model), head,
                CourseClaims.describes(model)).meanWeight();
        assertTrue(atStart < 0.4 && atEnd > atStart + 0.3, "the pattern did not form: " + atStart + " → " + atEnd);
    }

    private static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(Hashes.sha256(Files.readAllBytes(file)));
    }
}
