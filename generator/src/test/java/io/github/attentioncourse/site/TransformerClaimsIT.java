package io.github.attentioncourse.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Module 3's prose says in words about the numbers its figures compute ("the four adjectives
 * that fit an animal", "head 2 … the model can do without it", "No" attention sink …), checked on
 * the JSON of the baked pages, so that a retrained model cannot quietly make a sentence untrue.
 */
class TransformerClaimsIT {

    private static final Set<String> ANIMAL_ADJECTIVES = Set.of("tired", "hungry", "scared", "sleepy");
    private static final Set<String> PLACE_ADJECTIVES = Set.of("wide", "busy", "long", "wet");

    @TempDir
    static Path dir;
    static Path lessons;

    @BeforeAll
    static void bake() {
        Path output = dir.resolve("site");
        CompiledCourse compiled = FixtureCourse.build(FixtureCourse.projectRoot(), output);
        assertEquals(List.of(), compiled.errors());
        lessons = output.resolve("module-3-the-transformer");
    }

    private static JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(lessons.resolve(file).toFile());
    }

    /** An output figure's words, most probable first. */
    private static List<String> guesses(JsonNode output) {
        JsonNode p = output.get("probabilities");
        return IntStream.range(0, p.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer w) -> -p.get(w).asDouble()))
                .map(w -> output.get("vocabulary").get(w).asText()).toList();
    }

    @Test
    void theMaskedWordsGuessesAreTheAdjectivesThatFitTheNoun() throws IOException {
        // Lesson 4: "the four adjectives of its sentences that fit an animal"; with "road", those of a place.
        assertEquals(ANIMAL_ADJECTIVES, Set.copyOf(guesses(json("04-from-hidden-state-to-word.guess-tired.json")).subList(0, 4)));
        assertEquals(PLACE_ADJECTIVES, Set.copyOf(guesses(json("04-from-hidden-state-to-word.guess-road.json")).subList(0, 4)));
    }

    @Test
    void theHeadLearnsToLookAtTheNounOnlyAfterStepOneHundred() throws IOException {
        // Lesson 5: at step 100 "tired" looks mostly at another word than "animal"; trained, at "animal".
        JsonNode steps = json("05-training.forming.json").get("steps");
        List<Integer> tops = new ArrayList<>();
        List<Double> onAnimal = new ArrayList<>();
        for (JsonNode step : steps) {
            JsonNode tired = step.get("weights").get(3);
            tops.add(IntStream.range(0, tired.size()).boxed().max(Comparator.comparingDouble(k -> tired.get(k).asDouble())).orElseThrow());
            onAnimal.add(tired.get(1).asDouble());
        }
        assertEquals(List.of(0, 100, 300, 1200), steps.findValues("step").stream().map(JsonNode::asInt).toList());
        assertTrue(tops.get(1) != 1 && tops.get(3) == 1, "top keys by step: " + tops);
        assertTrue(onAnimal.get(3) > onAnimal.get(2) && onAnimal.get(2) > onAnimal.get(1), "weights on animal: " + onAnimal);
    }

    @Test
    void headOneCarriesTheWorkHeadTwoCanBeSpared() throws IOException {
        // Lesson 6: both look at the noun, head 2 "nearly as often"; head 1 off costs guesses, head 2 off "still" none.
        JsonNode survey = json("06-what-attention-learns.survey.json");
        int all = survey.get("all_heads").get("fitting").asInt();
        JsonNode one = survey.get("heads").get(0);
        JsonNode two = survey.get("heads").get(1);
        assertTrue(two.get("top_key_hits").asInt() >= 0.8 * one.get("top_key_hits").asInt(), survey.toString());
        assertTrue(one.get("head_off").get("fitting").asInt() < 0.8 * all, survey.toString());
        assertEquals(all, two.get("head_off").get("fitting").asInt(), survey.toString());
        // "in the long ones its heads often look at a position rather than at the word"
        for (JsonNode head : survey.get("heads")) {
            assertTrue(head.get("swap").get("top_key_follows").asInt() < 0.75 * head.get("swap").get("cases").asInt(), head.toString());
        }
    }

    @Test
    void theCourseModelHasNoAttentionSink() throws IOException {
        // Lesson 6: "No." Each head gives the first word less than an even spread, and it is rarely a top key.
        for (JsonNode head : json("06-what-attention-learns.positions.json").get("heads")) {
            JsonNode first = head.get("first");
            assertTrue(first.get("mean_weight").asDouble() < first.get("even_spread").asDouble(), head.toString());
            assertTrue(first.get("top_key").asInt() < 0.1 * first.get("cases").asInt(), head.toString());
        }
    }

    @Test
    void theNextWordTwinGuessesOnAndIsSureAfterTheNoun() throws IOException {
        // Lesson 7: after "the animal was" its first guess is not an adjective; after "the animal" it is nearly certain.
        assertFalse(ANIMAL_ADJECTIVES.contains(guesses(json("07-encoders-decoders-both.next.json")).get(0)));
        JsonNode afterNoun = json("07-encoders-decoders-both.after-noun.json");
        String first = guesses(afterNoun).get(0);
        assertTrue(afterNoun.get("probabilities").get(indexOf(afterNoun, first)).asDouble() > 0.9, first);
    }

    @Test
    void attentionIsCheaperThanRecurrenceBelowTheWidthAndDearerAbove() throws IOException {
        // Lesson 8: at the course's longest sentence n < d, so self-attention costs less; at 2,048 words of width 512, more.
        JsonNode course = json("08-against-rnns-and-cnns.course-sizes.json");
        assertTrue(operations(course, 0, -1) < operations(course, 1, -1), course.toString());
        JsonNode base = json("08-against-rnns-and-cnns.base-sizes.json");
        assertTrue(operations(base, 0, -1) > operations(base, 1, -1), base.toString());
    }

    private static int indexOf(JsonNode output, String word) {
        JsonNode vocabulary = output.get("vocabulary");
        return IntStream.range(0, vocabulary.size()).filter(w -> vocabulary.get(w).asText().equals(word)).findFirst().orElseThrow();
    }

    /** The operations of layer {@code layer} (0 self-attention, 1 recurrent) at its {@code k}-th length, -1 the last. */
    private static long operations(JsonNode sizes, int layer, int k) {
        JsonNode lengths = sizes.get("layers").get(layer).get("lengths");
        return lengths.get(k < 0 ? lengths.size() - 1 : k).get("operations").asLong();
    }
}
