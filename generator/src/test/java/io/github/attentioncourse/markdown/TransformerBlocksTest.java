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

/** Module 3's blocks (the parts of a transformer block, on the real course model): what they fill in and what they refuse. */
class TransformerBlocksTest {

    private static final RenderContext COURSE = new RenderContext(null, CourseModels.of(FixtureCourse.projectRoot()));

    private static RenderedLesson render(String body) {
        return CourseMarkdown.render("content/m/01-x.md", 10, body, "01-x", null, COURSE);
    }

    @Test
    void everyKindComputesItsFigureJsonAndReferences() {
        RenderedLesson lesson = render("""
                ## S

                ```residual
                id: r
                model: course
                sentence: the animal was tired
                ```

                ```layernorm
                id: n
                model: course
                sentence: the animal was tired
                norm: final
                ```

                ```feedforward
                id: f
                model: course
                sentence: the animal was tired
                ```

                ```output
                id: o
                model: course
                sentence: the animal was [MASK]
                target: tired
                learning_rate: 1
                ```

                ```checkpoints
                id: c
                model: course
                sentence: the animal was tired
                ```

                ```patterns
                id: p
                model: course
                ```

                ```parameters
                id: q
                columns:
                  - model: course
                  - name: original
                    layers: 6
                    d_model: 512
                    d_ff: 2048
                ```

                ```complexity
                id: x
                d: 512
                lengths: [50, 512]
                ```

                [{{length r sum tired}}] [{{variance n tired normalized}}] [{{units f}}] [{{guess o 1}}]
                [{{loss o}}] [{{step c 1}}] [{{even p 1 first}}] [{{count q 1 total}}] [{{size q 2 d_ff}}]
                [{{operations x self-attention 512}}] [{{operations x recurrent 512}}]
                """);
        assertEquals(List.of(), lesson.errors());
        assertEquals(List.of("01-x.r.json", "01-x.n.json", "01-x.f.json", "01-x.o.json", "01-x.c.json", "01-x.p.json",
                "01-x.q.json", "01-x.x.json"), lesson.examples().stream().map(RenderedLesson.ExampleFile::fileName).toList());
        String html = lesson.html();
        // LayerNorm leaves a variance of 1 before its gain; the original Transformer's d_ff is 2,048; at n = d the
        // two layers' costs are equal: 512² · 512 = 134,217,728.
        assertTrue(html.contains("[1.00] [32]"), html);
        assertTrue(html.contains("[2,048]"), html);
        assertTrue(html.contains("[134,217,728] [134,217,728]"), html);
        assertTrue(html.matches("(?s).*\\[\\d+\\.\\d\\d\\].*\\[3,540\\].*"), "the residual sum's length and the course model's size");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no sentence          | residual    | model: course\\n                                          | 13 | the residual block is missing 'sentence'
            bad sublayer         | residual    | model: course\\nsentence: the animal\\nsublayer: both\\n  | 15 | sublayer is 'both'; expected one of attention, feed-forward
            unknown word         | feedforward | model: course\\nsentence: the zebra\\n                     | 14 | model course cannot read this sentence
            focus not in it      | layernorm   | model: course\\nsentence: the animal\\nfocus: road\\n     | 15 | focus 'road' is not a word of the sentence
            bad norm             | layernorm   | model: course\\nsentence: the animal\\nnorm: 3\\n         | 15 | norm is '3'; expected one of 1, 2, final
            layer too high       | feedforward | model: course\\nsentence: the animal\\nlayer: 2\\n        | 15 | layer is '2'; expected a whole number from 1 to 1
            rate without target  | output      | model: course\\nsentence: the [MASK]\\nlearning_rate: 1\\n| 15 | learning_rate takes one step towards a target word
            unknown target       | output      | model: course\\nsentence: the [MASK]\\ntarget: zebra\\n   | 15 | model course does not know the word 'zebra'
            head too high        | checkpoints | model: course\\nsentence: the animal\\nhead: 3\\n         | 15 | head is '3'; expected a whole number from 1 to 2
            unknown model        | patterns    | model: gpt\\n                                             | 13 | there is no model 'gpt'
            unknown key          | patterns    | model: course\\nsentence: the animal\\n                   | 14 | unknown key 'sentence' in the patterns block
            model in parameters  | parameters  | model: course\\ncolumns:\\n  - model: course\\n           | 13 | unknown key 'model' in the parameters block
            column and sizes     | parameters  | columns:\\n  - model: course\\n    d_ff: 8\\n             | 15 | d_ff cannot be used with model:
            column size missing  | parameters  | columns:\\n  - name: tiny\\n    layers: 1\\n    d_model: 4\\n | 14 | column 1 is missing 'd_ff'
            d and model          | complexity  | model: course\\nd: 8\\n                                    | 14 | d cannot be used with model:
            no lengths           | complexity  | d: 8\\n                                                    | 12 | the complexity block has no lengths
            length not whole     | complexity  | d: 8\\nlengths: [4, 2.5]\\n                               | 14 | length 2 is '2.5'; expected a whole number from 1 to 1,000,000
            """)
    void reportsMistakesAtTheirLine(String name, String kind, String text, int line, String message) {
        List<ContentError> errors = render("## S\n\n```" + kind + "\n" + text.replace("\\n", "\n") + "```\n").errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.message().startsWith(message)), name + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown vector    | {{length r whole tired}}         | 'whole' is not
            unknown word      | {{length r sum zebra}}           | 'zebra' is not
            too few arguments | {{value r sum tired}}            | the reference to 'r' has 3 arguments
            unknown layer     | {{path x transformer 512}}       | 'transformer' is not
            unknown length    | {{path x recurrent 7}}           | '7' is not
            """)
    void reportsReferenceMistakesAtTheirLine(String name, String reference, String message) {
        String body = "## S\n\n```residual\nid: r\nmodel: course\nsentence: the animal was tired\n```\n\n"
                + "```complexity\nid: x\nd: 512\nlengths: [50, 512]\n```\n\n" + reference + "\n";
        List<ContentError> errors = render(body).errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == 24 && e.message().contains(message)), name + ": " + errors);
    }
}
