package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.ContentError;
import java.util.List;
import org.junit.jupiter.api.Test;
import static io.github.attentioncourse.example.Blocks.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;

class YamlErrorsTest {

    @Test
    void rejectsInvalidYamlAtTheLineWhereParsingFailed() {
        assertOnlyError("""
                sentence: I love AI
                embeddings: {I: [1, 0}
                """, 2, "not valid YAML", "expected");
    }

    @Test
    void namesWhereAnUnclosedBracketStarted() {
        assertOnlyError("""
                sentence: I love AI
                w_q: [[1, 0], [0, 1]
                w_k: [[1]]
                """, 3, "not valid YAML", "starts on line " + (Blocks.FENCE + 2));
    }

    @Test
    void rejectsTabIndentation() {
        assertOnlyError("sentence: I love AI\nembeddings:\n\tI: [1, 0]\n", 3, "TAB", "indented with spaces");
    }

    @Test
    void rejectsAnEmptyBlockAtTheFence() {
        for (String empty : List.of("", "   \n\n", "# only a comment\n", "---\n")) {
            assertOnlyError(empty, 0, "empty", "expected at least sentence");
        }
    }

    @Test
    void rejectsATopLevelListOrText() {
        assertOnlyError("- sentence: I love AI\n", 1, "is a list", "expected keys with values");
        assertOnlyError("I love AI\n", 1, "is 'I love AI'", "expected keys with values");
    }

    @Test
    void rejectsTheSecondOfTwoEqualKeys() {
        assertOnlyError(Blocks.minimalWith("mask: none\nmask: causal\n"), 10,
                "duplicate key 'mask'", "first at line " + (Blocks.FENCE + 9), "expected each key once");
    }

    @Test
    void rejectsAliasesAtTheAlias() {
        assertOnlyError("""
                sentence: I love AI
                embeddings: {I: &v [1, 0], love: *v, AI: [1, 1]}
                """, 2, "'*v'", "expected every value written out");
    }

    @Test
    void rejectsBillionLaughsWithoutExpandingThem() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(9))
                    .append("x]\n");
        }
        assertOnlyError(yaml.toString(), 2, "alias", "expected every value written out");
    }

    @Test
    void rejectsDeepNesting() {
        assertOnlyError("w_q: " + "[".repeat(5000) + "\n", 1, "nested more than 10 deep", "expected at most 5");
    }

    @Test
    void rejectsASecondDocument() {
        assertOnlyError(Blocks.MINIMAL + "---\nmask: causal\n", 9, "second YAML document", "expected a single");
    }

    @Test
    void rejectsControlCharactersAtTheirLine() {
        assertOnlyError("sentence: I love AI\ncaption: a\u0007b\n", 2, "U+0007", "expected printable text");
    }

    @Test
    void rejectsForeignTagsInsteadOfConstructingThem() {
        assertOnlyError(Blocks.minimalWith("caption: !!javax.script.ScriptEngineManager [x]\n"), 9, "tag");
    }

    @Test
    void countsEveryLineFromTheOpeningFence() {
        String yaml = Blocks.minimalWith("scale: -1\n");

        ContentError near = ExampleParser.parse(yaml, "content/a.md", 1, "example-1", ModelCatalog.NONE).errors().get(0);
        ContentError far = ExampleParser.parse(yaml, "content/a.md", 101, "example-1", ModelCatalog.NONE).errors().get(0);

        assertEquals(10, near.line());
        assertEquals(110, far.line());
        assertEquals("content/a.md:110: " + far.message(), far.toString());
    }

    @Test
    void countsSyntaxErrorLinesFromTheOpeningFenceToo() {
        ContentError error = ExampleParser.parse("a: 1\nb: [\n", "content/a.md", 40, "example-1", ModelCatalog.NONE).errors().get(0);

        assertEquals(43, error.line());
    }
}
