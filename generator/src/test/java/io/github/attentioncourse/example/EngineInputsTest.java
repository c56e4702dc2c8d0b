package io.github.attentioncourse.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.PositionalEncoding;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

class EngineInputsTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void feedsOneEmbeddingRowPerTokenToBothSidesOfSelfAttention() {
        AttentionInput input = EngineInputs.of(Blocks.spec(Blocks.MINIMAL.replace("I love AI", "AI love I AI")));

        assertMatrix(new double[][] {{1, 1}, {0, 1}, {1, 0}, {1, 1}}, input.queryInputs());
        assertSame(input.queryInputs(), input.keyValueInputs());
        assertEquals(1, input.heads().size());
        assertMatrix(new double[][] {{0, 1}, {1, 0}}, input.heads().get(0).wK());
        assertNull(input.wO());
        assertTrue(Double.isNaN(input.scale()));
    }

    @Test
    void feedsTheContextToKeysAndValuesOfCrossAttention() {
        AttentionInput input = EngineInputs.of(Blocks.spec(Blocks.minimalWith("context: AI AI\nscale: 2\n")));

        assertMatrix(new double[][] {{1, 0}, {0, 1}, {1, 1}}, input.queryInputs());
        assertMatrix(new double[][] {{1, 1}, {1, 1}}, input.keyValueInputs());
        assertNotSame(input.queryInputs(), input.keyValueInputs());
        assertEquals(2.0, input.scale());
    }

    @Test
    void addsPositionalEncodingCountingFromZeroInEachSequence() {
        AttentionInput input = EngineInputs.of(Blocks.spec(
                Blocks.minimalWith("context: love AI love AI\npositional: sinusoidal\n")));

        DMatrixRMaj queries = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        CommonOps_DDRM.addEquals(queries, PositionalEncoding.sinusoidal(3, 2));
        DMatrixRMaj context = new DMatrixRMaj(new double[][] {{0, 1}, {1, 1}, {0, 1}, {1, 1}});
        CommonOps_DDRM.addEquals(context, PositionalEncoding.sinusoidal(4, 2));
        assertTrue(MatrixFeatures_DDRM.isIdentical(queries, input.queryInputs(), TOLERANCE));
        assertTrue(MatrixFeatures_DDRM.isIdentical(context, input.keyValueInputs(), TOLERANCE));
    }

    @Test
    void leavesTheSpecsEmbeddingsUntouchedByPositionalEncoding() {
        ExampleSpec spec = Blocks.spec(Blocks.minimalWith("positional: sinusoidal\n"));

        EngineInputs.of(spec);

        assertEquals(1.0, spec.embeddings().get("AI")[0]);
    }

    @Test
    void passesEveryHeadAndTheOutputProjection() {
        AttentionInput input = EngineInputs.of(Blocks.spec("""
                sentence: a b
                embeddings: {a: [1, 0], b: [0, 1]}
                heads:
                  - {w_q: [[1], [0]], w_k: [[1], [0]], w_v: [[1], [2]]}
                  - {w_q: [[0], [1]], w_k: [[0], [1]], w_v: [[3], [4]]}
                w_o: [[1, 0], [0, 1]]
                """));

        assertEquals(2, input.heads().size());
        assertMatrix(new double[][] {{3}, {4}}, input.heads().get(1).wV());
        assertMatrix(new double[][] {{1, 0}, {0, 1}}, input.wO());
    }

    @Test
    void choosesTheMaskTheAuthorNamed() {
        assertEquals("none", EngineInputs.of(Blocks.spec(Blocks.MINIMAL)).mask().name());
        assertEquals("causal", EngineInputs.of(Blocks.spec(Blocks.minimalWith("mask: causal\n"))).mask().name());
    }

    @Test
    void givesAdditiveWeightsAsAColumnAndNoDefaultScale() {
        AttentionInput input = EngineInputs.of(Blocks.spec(Blocks.minimalWith("score: additive\nv_a: [2, -1]\n")));

        assertMatrix(new double[][] {{2}, {-1}}, input.heads().get(0).vA());
        assertTrue(input.additive());
        assertTrue(Double.isNaN(input.scale()), "the engine's default, 1 for additive scores");
        assertNull(input.rotary());
    }

    @Test
    void turnsQueriesAndKeysForRopeWithoutTouchingTheEmbeddings() {
        AttentionInput input = EngineInputs.of(Blocks.spec(Blocks.minimalWith("positional: rope\n")));

        assertEquals(10000, input.rotary().base());
        assertMatrix(new double[][] {{1, 0}, {0, 1}, {1, 1}}, input.queryInputs());
        assertNull(input.heads().get(0).vA());
    }

    @Test
    void givesTheEngineInputsItAcceptsForEveryKindOfExample() {
        for (String yaml : List.of(Blocks.DESIGN, Blocks.MINIMAL,
                Blocks.minimalWith("context: AI love\nmask: causal\npositional: sinusoidal\n"),
                Blocks.minimalWith("context: AI love\nscore: additive\nv_a: [1, -1]\nmask: causal\n"),
                Blocks.minimalWith("positional: rope\nmask: causal\nscale: 3\n"),
                "sentence: a b\nembeddings: {a: [1e15], b: [-1e15]}\nw_q: [[1e15]]\nw_k: [[1e15]]\nw_v: [[1]]\n",
                "sentence: a\nembeddings: {a: [1, 2, 3]}\nheads:\n"
                        + "  - {w_q: [[1], [0], [0]], w_k: [[1], [0], [0]], w_v: [[1], [0], [0]]}\n"
                        + "  - {w_q: [[0], [1], [0]], w_k: [[0], [1], [0]], w_v: [[0], [1], [0]]}\n"
                        + "w_o: [[1, 0, 0], [0, 1, 0]]\n")) {
            AttentionTrace trace = Attention.compute(EngineInputs.of(Blocks.spec(yaml)));

            assertFalse(MatrixFeatures_DDRM.hasUncountable(trace.output()), yaml);
        }
    }

    private static void assertMatrix(double[][] expected, DMatrixRMaj actual) {
        assertTrue(MatrixFeatures_DDRM.isIdentical(new DMatrixRMaj(expected), actual, TOLERANCE), actual::toString);
    }
}
