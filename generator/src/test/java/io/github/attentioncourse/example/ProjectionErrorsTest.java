package io.github.attentioncourse.example;

import static io.github.attentioncourse.example.Blocks.MULTI_HEAD;
import static io.github.attentioncourse.example.Blocks.assertOnlyError;
import static io.github.attentioncourse.example.Blocks.minimalReplacing;
import static io.github.attentioncourse.example.Blocks.minimalWith;

import org.junit.jupiter.api.Test;

class ProjectionErrorsTest {

    @Test
    void rejectsAProjectionWithOneRowTooMany() {
        assertOnlyError(minimalReplacing(6, "w_q: [[1, 0], [0, 1], [1, 1]]"), 6,
                "w_q has 3 rows but d_model is 2 (one row per embedding dimension); expected a 2 × d_k matrix");
    }

    @Test
    void rejectsAValueProjectionWithTooFewRows() {
        assertOnlyError(minimalReplacing(8, "w_v: [[1, 0]]"), 8, "w_v has 1 row but d_model is 2",
                "expected a 2 × d_v matrix");
    }

    @Test
    void rejectsKeysProjectedToAnotherWidthThanQueries() {
        assertOnlyError(minimalReplacing(7, "w_k: [[0, 1, 1], [1, 0, 1]]"), 7, "w_k has 3 columns but w_q has 2",
                "expected w_q and w_k to have the same number of columns d_k");
    }

    @Test
    void rejectsARaggedMatrixAtTheShortRow() {
        assertOnlyError(minimalReplacing(6, "w_q:\n  - [1, 0]\n  - [0]"), 8,
                "row 2 of w_q has 1 number but row 1 has 2", "expected every row to have the same length");
    }

    @Test
    void rejectsAMatrixWrittenAsOneRow() {
        assertOnlyError(minimalReplacing(6, "w_q: [1, 0]"), 6, "row 1 of w_q is '1'",
                "expected a d_model × d_k matrix written as a list of rows");
    }

    @Test
    void rejectsAMatrixWrittenAsText() {
        assertOnlyError(minimalReplacing(6, "w_q: identity"), 6, "w_q is 'identity'", "list of rows");
    }

    @Test
    void rejectsAMatrixWithoutRowsOrColumns() {
        assertOnlyError(minimalReplacing(6, "w_q: []"), 6, "w_q has no rows", "expected a d_model × d_k matrix");
        assertOnlyError(minimalReplacing(6, "w_q: [[], []]"), 6, "row 1 of w_q is empty", "expected");
    }

    @Test
    void rejectsAMissingProjectionAtTheFence() {
        assertOnlyError(minimalReplacing(8, "# no w_v"), 0, "missing w_v", "expected a d_model × d_v matrix",
                "heads");
    }

    @Test
    void rejectsMoreThan1024Columns() {
        String wide = "[" + "1, ".repeat(1024) + "1]";
        assertOnlyError(minimalReplacing(8, "w_v: [" + wide + ", " + wide + "]"), 8, "1025 columns",
                "at most 1024");
    }

    @Test
    void rejectsAnOutputProjectionWithoutHeads() {
        assertOnlyError(minimalWith("w_o: [[1, 0], [0, 1]]\n"), 9, "w_o is only used with heads",
                "expected no w_o for a single head");
    }

    @Test
    void rejectsHeadsTogetherWithTopLevelProjections() {
        assertOnlyError(MULTI_HEAD + "w_v: [[1, 0], [0, 1]]\n", 11, "w_v cannot be used together with heads",
                "expected either w_q, w_k, w_v for one head");
    }

    @Test
    void rejectsHeadsWithoutOutputProjection() {
        assertOnlyError(MULTI_HEAD.replace("w_o: [[1, 0], [0, 1]]\n", ""), 3, "heads needs w_o",
                "expected a (heads·d_v) × d_model matrix");
    }

    @Test
    void rejectsAnOutputProjectionWithoutOneRowPerHeadOutput() {
        assertOnlyError(MULTI_HEAD.replace("w_o: [[1, 0], [0, 1]]", "w_o: [[1, 0], [0, 1], [1, 1]]"), 10,
                "w_o has 3 rows but heads·d_v is 2·1 = 2", "expected a 2 × d_model matrix");
    }

    @Test
    void rejectsAnOutputProjectionOfAnotherWidthThanTheEmbeddings() {
        assertOnlyError(MULTI_HEAD.replace("w_o: [[1, 0], [0, 1]]", "w_o: [[1], [0]]"), 10,
                "w_o has 1 column but d_model is 2", "expected a 2 × 2 matrix");
    }

    @Test
    void rejectsHeadsThatAreNotAList() {
        String yaml = "sentence: a\nembeddings: {a: [1]}\nheads: 2\nw_o: [[1]]\n";

        assertOnlyError(yaml, 3, "heads is '2'", "expected a list of heads");
    }

    @Test
    void rejectsAHeadListOfOneHeadWithoutOutputProjection() {
        String yaml = "sentence: a\nembeddings: {a: [1]}\nheads:\n  - {w_q: [[1]], w_k: [[1]], w_v: [[1]]}\n";

        assertOnlyError(yaml, 3, "heads needs w_o", "expected a (heads·d_v) × d_model matrix");
    }

    @Test
    void rejectsAnEmptyHeadList() {
        String yaml = "sentence: a\nembeddings: {a: [1]}\nheads: []\nw_o: [[1]]\n";

        assertOnlyError(yaml, 3, "heads is an empty list", "expected a list of heads");
    }

    @Test
    void rejectsAHeadThatIsNotAMapping() {
        String yaml = "sentence: a\nembeddings: {a: [1]}\nheads:\n  - {w_q: [[1]], w_k: [[1]], w_v: [[1]]}\n"
                + "  - [[1]]\nw_o: [[1], [1]]\n";

        assertOnlyError(yaml, 5, "head 2 is a list", "expected a mapping with w_q, w_k and w_v");
    }

    @Test
    void rejectsAHeadMissingAProjectionAtTheHead() {
        assertOnlyError(MULTI_HEAD.replace("    w_v: [[0], [1]]\n", ""), 7, "head 2: missing w_v",
                "expected a d_model × d_v matrix");
    }

    @Test
    void rejectsAnUnknownKeyInAHeadWithoutReportingItMissing() {
        assertOnlyError(MULTI_HEAD.replace("    w_v: [[0], [1]]", "    w_value: [[0], [1]]"), 9,
                "unknown key 'w_value' in head 2 (did you mean 'w_v'?)", "expected one of: w_q, w_k, w_v");
    }

    @Test
    void rejectsHeadsOfDifferentKeyWidths() {
        assertOnlyError(MULTI_HEAD.replace("  - w_q: [[0, 1], [1, 0]]\n    w_k: [[1, 0], [0, 1]]",
                        "  - w_q: [[0], [1]]\n    w_k: [[1], [0]]"), 7,
                "w_q of head 2 has 1 column but w_q of head 1 has 2", "expected every head to have the same d_k");
    }

    @Test
    void rejectsHeadsOfDifferentValueWidths() {
        assertOnlyError(MULTI_HEAD.replace("w_v: [[0], [1]]", "w_v: [[0, 1], [1, 0]]"), 9,
                "w_v of head 2 has 2 columns but w_v of head 1 has 1", "expected every head to have the same d_v");
    }

    @Test
    void rejectsAHeadProjectionWithWrongRows() {
        assertOnlyError(MULTI_HEAD.replace("w_k: [[1, 0], [0, 1]]", "w_k: [[1, 0]]"), 8,
                "w_k of head 2 has 1 row but d_model is 2", "expected a 2 × d_k matrix");
    }

    @Test
    void rejectsMoreThan16Heads() {
        String head = "  - {w_q: [[1]], w_k: [[1]], w_v: [[1]]}\n";
        String yaml = "sentence: a\nembeddings: {a: [1]}\nheads:\n" + head.repeat(17) + "w_o: [[1]]\n";

        assertOnlyError(yaml, 3, "heads has 17 heads", "at most 16");
    }

    @Test
    void checksNoShapeAgainstEmbeddingsThatAreMissing() {
        String yaml = "sentence: a\nw_q: [[1], [1], [1]]\nw_k: [[1]]\nw_v: [[1, 1]]\n";

        assertOnlyError(yaml, 0, "missing embeddings");
    }

    @Test
    void checksNoShapeAgainstEmbeddingsOfDifferentLengths() {
        String yaml = "sentence: a b\nembeddings: {a: [1], b: [1, 2]}\nw_q: [[1], [1], [1]]\nw_k: [[1]]\nw_v: [[1]]\n";

        assertOnlyError(yaml, 2, "'b' has 2 numbers");
    }

    @Test
    void checksNoHeadAgainstAnOutputProjectionWhenAHeadIsUnreadable() {
        assertOnlyError(MULTI_HEAD.replace("w_v: [[0], [1]]", "w_v: nothing"), 9, "w_v of head 2 is 'nothing'");
    }
}
