package io.github.attentioncourse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of fenced YAML block is read by the same reader: the same hardening, the same errors. */
class YamlBlocksTest {

    /** The lesson body starts on line 10 of the file; a block's fence is on body line 2, its YAML from line 13. */
    private static List<ContentError> errors(String info, String yaml) {
        String body = "## Slide\n\n```" + info + "\n" + yaml + "```\n";
        return CourseMarkdown.render("content/m/01-x.md", 10, body, "01-x", null, RenderContext.none()).errors();
    }

    private static ContentError only(String info, String yaml) {
        List<ContentError> errors = errors(info, yaml);
        assertEquals(1, errors.size(), info + ": " + errors);
        ContentError error = errors.get(0);
        assertEquals("content/m/01-x.md", error.file());
        assertTrue(error.message().contains("; expected "), "says what was expected: " + error);
        return error;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"attention", "quiz", "concepts", "cost"})
    void refusesAliasesAtTheirLine(String info) {
        ContentError error = only(info, "a: &x [1, 2]\nb: *x\n");
        assertEquals(14, error.line());
        assertTrue(error.message().contains("the alias '*x'"), error.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"attention", "quiz", "concepts", "cost"})
    void refusesNestingDeeperThanTheOneLimit(String info) {
        ContentError error = only(info, "a: " + "[".repeat(YamlBlock.MAX_NESTING + 1) + "\n");
        assertEquals(13, error.line());
        assertTrue(error.message().contains("nested more than " + YamlBlock.MAX_NESTING + " deep"), error.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"attention", "quiz", "concepts", "cost"})
    void refusesASecondDocument(String info) {
        ContentError error = only(info, "a: 1\n---\nb: 2\n");
        assertEquals(14, error.line());
        assertTrue(error.message().contains("a second YAML document"), error.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"attention", "quiz", "concepts", "cost"})
    void reportsAnEmptyBlockAtItsFence(String info) {
        ContentError error = only(info, "\n");
        assertEquals(12, error.line());
        assertTrue(error.message().startsWith("the " + info + " block is empty; expected "), error.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"attention", "quiz", "concepts", "cost"})
    void reportsBrokenYamlAtItsLine(String info) {
        ContentError error = only(info, "a: 1\nb: [1, 2\nc: 3\n");
        assertTrue(error.message().startsWith("not valid YAML"), error.message());
        assertTrue(error.line() >= 14 && error.line() <= 16, error.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            quiz     | question: Q?\\noptions: [a, b]\\nanswer: A\\nexplanation: E.\\nanswr: B\\n | 17 | unknown key 'answr' in the quiz block (did you mean 'answer'?)
            cost     | lengths: [8]\\nd_model: 4\\nheads: 2\\nheads: 4\\n                          | 16 | duplicate key 'heads' in the cost block (first at line 15)
            concepts | - term: T\\n  txt: D\\n                                                    | 14 | unknown key 'txt' in a concept (did you mean 'text'?)
            """)
    void reportsKeysAlikeInEveryKind(String info, String yaml, int line, String message) {
        List<ContentError> errors = errors(info, yaml.replace("\\n", "\n"));
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.message().startsWith(message)), errors.toString());
    }
}
