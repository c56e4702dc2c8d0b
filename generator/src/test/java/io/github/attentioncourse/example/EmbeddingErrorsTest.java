package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.example.ExampleParser.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.github.attentioncourse.example.Blocks.assertOnlyError;
import static io.github.attentioncourse.example.Blocks.minimalReplacing;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddingErrorsTest {

    @Test
    void rejectsABlockWithoutEmbeddingsAtTheFence() {
        String yaml = Blocks.MINIMAL.replace("embeddings:\n  I: [1, 0]\n  love: [0, 1]\n  AI: [1, 1]\n", "");

        assertOnlyError(yaml, 0, "missing embeddings", "expected one vector per token");
    }

    @Test
    void rejectsMissingEmbeddingsAtTheEmbeddingsKeyNamingTheTokens() {
        assertOnlyError(minimalReplacing(1, "sentence: I love AI and C#"), 2, "no vector for 'and', 'C#'",
                "expected one vector for every token of the sentence");
    }

    @Test
    void rejectsAnEmbeddingForATokenThatOccursNowhere() {
        assertOnlyError(minimalReplacing(1, "sentence: I love"), 5, "embedding is given for 'AI'",
                "expected only its tokens: I, love");
    }

    @Test
    void rejectsEmbeddingOfWrongLength() {
        assertOnlyError(minimalReplacing(4, "  love: [0, 1, 2]"), 4, "'love' has 3 numbers",
                "'I' (line " + (Blocks.FENCE + 3) + ") has 2", "expected every embedding to have the same length");
    }

    @Test
    void rejectsOnlyTheFirstEmbeddingOfADifferentLength() {
        String yaml = minimalReplacing(4, "  love: [0]").replace("AI: [1, 1]", "AI: [1]");

        assertOnlyError(yaml, 4, "'love' has 1 number");
    }

    @Test
    void rejectsAnEmptyEmbedding() {
        assertOnlyError(minimalReplacing(5, "  AI: []"), 5, "'AI' is empty", "expected d_model ≥ 1 numbers");
    }

    @Test
    void rejectsAnEmbeddingWrittenAsText() {
        assertOnlyError(minimalReplacing(5, "  AI: 1 1"), 5, "'AI' is '1 1'", "expected a list of numbers");
    }

    @Test
    void rejectsEmbeddingsWrittenAsAList() {
        String yaml = Blocks.MINIMAL.replace("embeddings:\n  I: [1, 0]\n  love: [0, 1]\n  AI: [1, 1]\n",
                "embeddings:\n  - [1, 0]\n  - [0, 1]\n  - [1, 1]\n");

        assertOnlyError(yaml, 2, "embeddings is a list", "expected a mapping from each token to its vector");
    }

    @Test
    void rejectsEmptyEmbeddings() {
        String yaml = Blocks.MINIMAL.replace("embeddings:\n  I: [1, 0]\n  love: [0, 1]\n  AI: [1, 1]\n",
                "embeddings: {}\n");

        assertOnlyError(yaml, 2, "embeddings is empty", "expected one vector per token");
    }

    @Test
    void rejectsATokenEmbeddedTwice() {
        assertOnlyError(minimalReplacing(5, "  AI: [1, 1]\n  I: [1, 1]"), 6, "duplicate key 'I' in embeddings",
                "first at line " + (Blocks.FENCE + 3));
    }

    @Test
    void rejectsMoreThan1024Dimensions() {
        String wide = "[" + "1, ".repeat(1024) + "1]";
        String yaml = "sentence: a\nembeddings:\n  a: " + wide + "\nw_q: [[1]]\nw_k: [[1]]\nw_v: [[1]]\n";

        assertOnlyError(yaml, 3, "1025 numbers", "at most 1024 dimensions");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ".inf          | is .inf, which is not finite",
        "-.Inf         | is -.Inf, which is not finite",
        ".nan          | is .nan, which is not finite",
        "1e999         | too large to be finite",
        "-2e15         | expected a finite number between -1e15 and 1e15",
        "'\"1\"'       | quoted text '1'",
        "'''0.5'''     | quoted text '0.5'",
        "true          | 'true'",
        "yes           | 'yes'",
        "null          | 'null'",
        "~             | '~'",
        "0x1F          | '0x1F'",
        "1_000         | '1_000'",
        "one           | 'one'",
        "[1]           | a list"})
    void rejectsAnythingButAFiniteNumberAtItsLine(String number, String found) {
        assertOnlyError(minimalReplacing(4, "  love: [0, " + number + "]"), 4,
                "number 2 of the embedding of 'love'", found, "expected a finite number");
    }

    @Test
    void reportsEveryWrongNumberOfAMatrixAtItsOwnLine() {
        String yaml = Blocks.MINIMAL.replace("w_q: [[1, 0], [0, 1]]", "w_q:\n  - [x, 0]\n  - [0, .nan]");

        Parsed parsed = Blocks.parse(yaml);

        assertEquals(List.of(Blocks.FENCE + 7, Blocks.FENCE + 8),
                parsed.errors().stream().map(ContentError::line).toList(), parsed.errors()::toString);
    }
}
