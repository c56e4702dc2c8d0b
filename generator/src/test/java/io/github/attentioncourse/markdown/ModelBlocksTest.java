package io.github.attentioncourse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.testing.FixtureCourse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blocks about the course's trained model, on the real model: what they show and what they refuse. */
class ModelBlocksTest {

    private static final RenderContext COURSE = new RenderContext(null, CourseModels.of(FixtureCourse.projectRoot()));

    private static RenderedLesson render(String body) {
        return CourseMarkdown.render("content/m/01-x.md", 10, body, "01-x", null, COURSE);
    }

    @Test
    void aSentenceExampleHeadsAndTrainingFillTheirReferences() {
        RenderedLesson lesson = render("""
                ## S

                ```attention
                id: t
                model: course
                sentence: the animal was tired
                head: 1
                ```

                ```heads
                id: h
                model: course
                link: describes
                ```

                ```training
                id: r
                model: course
                ```

                [{{top t tired}}] [{{best h}}] [{{share h best}}] [{{baseline h}}] [{{steps r}}] [{{final-loss r}}]
                """);
        assertEquals(List.of(), lesson.errors());
        assertTrue(lesson.html().contains("[animal] [head 1] ["), lesson.html());
        assertTrue(lesson.html().matches("(?s).*\\[1,\\d{3}\\] \\[0\\.\\d\\d\\].*"), "steps and final loss");
        assertEquals(List.of("01-x.t.json", "01-x.h.json", "01-x.r.json"),
                lesson.examples().stream().map(RenderedLesson.ExampleFile::fileName).toList());
        assertEquals(1 + 1 + 4, lesson.charts(), "the loss curve, and the example's heatmap and four bar charts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown model  | heads    | model: gpt\\nlink: describes\\n      | 13 | there is no model 'gpt'; expected one of: course
            unknown link   | heads    | model: course\\nlink: rhymes\\n      | 14 | model course has no link 'rhymes'; expected one of: describes
            no link        | heads    | model: course\\n                     | 13 | the heads block is missing 'link'
            unknown key    | training | model: course\\nsteps: 3\\n           | 14 | unknown key 'steps' in the training block
            bad id         | training | id: Big One\\nmodel: course\\n        | 13 | id 'Big One' is not allowed
            unknown head   | REF      | {{share h 3}}                        | 23 | '3' is not a head of model course; expected best or a head number from 1 to 2
            extra argument | REF      | {{steps r 2}}                        | 23 | {{steps r …}} has 2 arguments; expected {{steps ID}}
            """)
    void reportsMistakesAtTheirLine(String name, String kind, String text, int line, String message) {
        String body = kind.equals("REF")
                ? "## S\n\n```heads\nid: h\nmodel: course\nlink: describes\n```\n\n```training\nid: r\nmodel: course\n```\n\n" + text + "\n"
                : "## S\n\n```" + kind + "\n" + text.replace("\\n", "\n") + "```\n";
        List<ContentError> errors = render(body).errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.message().startsWith(message)), name + ": " + errors);
    }
}
