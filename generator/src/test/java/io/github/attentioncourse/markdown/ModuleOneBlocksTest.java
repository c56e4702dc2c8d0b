package io.github.attentioncourse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.testing.FixtureCourse;
import io.github.attentioncourse.testing.ModuleOneJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five kinds of Module 1 on the course's real models: their references, their JSON recomputed, and their mistakes. */
class ModuleOneBlocksTest {

    private static final RenderContext COURSE = new RenderContext(null, CourseModels.of(FixtureCourse.projectRoot()));

    private static final String BLOCKS = """
            ## S

            ```tokens
            id: t
            model: course
            sentence: the dog was [MASK] zebra
            ```

            ```embeddings
            id: e
            model: course
            groups:
              animals: [horse, cow, bird]
              places: [bridge, path, square]
            neighbours: 2
            ```

            ```predictions
            id: p
            model: course
            sentence: the dog was [MASK]
            top: 3
            ```

            ```classifier
            id: c
            features: [alive, walked on]
            input: [0.9, 0.2]
            classes: [animal, place]
            weights:
              - [3.0, -1.0]
              - [-0.5, 2.5]
            bias: [0, 0.5]
            target: animal
            ```

            ```descent
            id: d
            points: [[1, 2], [2, 4]]
            start: 0
            learning_rate: 0.1
            steps: 3
            ```

            """;

    private static RenderedLesson render(String body) {
        return CourseMarkdown.render("content/m/01-x.md", 10, body, "01-x", null, COURSE);
    }

    @Test
    void everyKindFillsItsReferencesAndPublishesNumbersThatRecompute() throws Exception {
        RenderedLesson lesson = render(BLOCKS + "[{{tokens t}}] [{{unknown t}}] [{{probability c animal}}] [{{loss c}}] [{{best d}}]"
                + " [{{w d 1}}] [{{steps d}}] [{{shown e}}]\n");
        assertEquals(List.of(), lesson.errors());
        // z = (0.9·3 + 0.2·−0.5, 0.9·−1 + 0.2·2.5 + 0.5) = (2.6, 0.1); p(animal) = 1/(1+e^−2.5) = 92%; w* = 10/5 = 2;
        // the first step: slope at 0 is (2/2)(1·−2 + 2·−4) = −10, so w = 0 − 0.1·−10 = 1.
        assertTrue(lesson.html().contains("[5] [1] [92%] [0.08] [2.00] [1.00] [3] [6]"),
                lesson.html().replaceAll("(?s).*(<p>\\[.*?</p>).*", "$1"));
        assertEquals(List.of("01-x.t.json", "01-x.e.json", "01-x.p.json", "01-x.c.json", "01-x.d.json"),
                lesson.examples().stream().map(RenderedLesson.ExampleFile::fileName).toList());
        for (RenderedLesson.ExampleFile file : lesson.examples()) {
            ModuleOneJson.verify(file.fileName(), new ObjectMapper().readTree(file.json()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tokens, no sentence      | tokens      | model: course\\n                                      | 13 | the tokens block is missing 'sentence'
            tokens, unknown show     | tokens      | model: course\\nsentence: a b\\nshow: [pie]\\n       | 15 | show has 'pie'; expected any of
            embeddings, unknown word | embeddings  | model: course\\nwords: [horse, unicorn]\\n            | 14 |
            embeddings, both lists   | embeddings  | model: course\\nwords: [horse]\\ngroups:\\n  a: [cow]\\n | 15 | the block has both words and groups
            predictions, no mask     | predictions | model: course\\nsentence: the dog was tired\\n        | 14 |
            predictions, next mask   | predictions | model: course-next\\nsentence: the [MASK] was\\n      | 14 | model course-next guesses the next word
            classifier, input size   | classifier  | features: [a, b]\\ninput: [1]\\nclasses: [x, y]\\nweights: [[1, 0], [0, 1]]\\n | 14 | input has 1 number but there are 2 features
            classifier, weights size | classifier  | features: [a, b]\\ninput: [1, 2]\\nclasses: [x, y]\\nweights: [[1, 0]]\\n | 16 | weights is 1 × 2; expected 2 × 2
            classifier, model key    | classifier  | model: course\\n                                      | 13 | unknown key 'model' in the classifier block
            descent, zero rate       | descent     | points: [[1, 2]]\\nstart: 0\\nlearning_rate: 0\\nsteps: 3\\n | 15 | learning_rate is '0'; expected a number above 0
            descent, all x zero      | descent     | points: [[0, 2]]\\nstart: 0\\nlearning_rate: 0.1\\nsteps: 3\\n | 13 | every x of points is 0
            descent, diverges        | descent     | points: [[10, 2]]\\nstart: 0\\nlearning_rate: 5\\nsteps: 30\\n | 15 | w reaches
            descent, bad id          | descent     | id: One\\npoints: [[1, 2]]\\nstart: 0\\nlearning_rate: 0.1\\nsteps: 3\\n | 13 | id 'One' is not allowed
            reference, wrong verb    | REF         | {{cosine c a b}}                                     | 54 | 'c' has no cosine
            reference, no such step  | REF         | {{w d 9}}                                            | 54 |
            """)
    void reportsMistakesAtTheirLine(String name, String kind, String text, int line, String message) {
        String body = kind.equals("REF") ? BLOCKS + text + "\n" : "## S\n\n```" + kind + "\n" + text.replace("\\n", "\n") + "```\n";
        List<ContentError> errors = render(body).errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.message().startsWith(message == null ? "" : message)),
                name + ": " + errors);
        assertTrue(errors.stream().allMatch(e -> e.message().contains("expected")), name + ": " + errors);
    }
}
