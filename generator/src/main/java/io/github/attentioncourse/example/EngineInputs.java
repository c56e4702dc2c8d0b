package io.github.attentioncourse.example;

import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.HeadWeights;
import io.github.attentioncourse.engine.Mask;
import io.github.attentioncourse.engine.PositionalEncoding;
import io.github.attentioncourse.engine.RotaryEmbedding;
import io.github.attentioncourse.example.ExampleSpec.HeadSpec;
import io.github.attentioncourse.example.ExampleSpec.Positional;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** The engine input an example describes. */
public final class EngineInputs {

    private EngineInputs() {
    }

    public static AttentionInput of(ExampleSpec spec) {
        DMatrixRMaj queries = inputs(spec.tokens(), spec);
        // Self-attention hands the engine one matrix twice, so that it can tell the cases apart.
        DMatrixRMaj keysAndValues = spec.isCrossAttention() ? inputs(spec.contextTokens(), spec) : queries;
        List<HeadWeights> heads = spec.heads().stream().map(EngineInputs::weights).toList();
        DMatrixRMaj wO = spec.wO() == null ? null : new DMatrixRMaj(spec.wO());
        double scale = spec.scale() == null ? Double.NaN : spec.scale();
        Mask mask = spec.mask() == ExampleSpec.MaskKind.CAUSAL ? Mask.causal() : Mask.none();
        RotaryEmbedding rotary = spec.positional() == Positional.ROPE ? new RotaryEmbedding(RotaryEmbedding.BASE) : null;
        return new AttentionInput(queries, keysAndValues, heads, wO, scale, mask, rotary);
    }

    private static HeadWeights weights(HeadSpec h) {
        // v_a as a column, d_k×1, as it stands in v_aᵀ·tanh(q + k)
        DMatrixRMaj vA = h.vA() == null ? null : new DMatrixRMaj(h.vA().length, 1, true, h.vA());
        return new HeadWeights(new DMatrixRMaj(h.wQ()), new DMatrixRMaj(h.wK()), new DMatrixRMaj(h.wV()), vA);
    }

    /** One embedding row per token, plus its position's encoding when asked for. */
    private static DMatrixRMaj inputs(List<String> tokens, ExampleSpec spec) {
        double[][] rows = tokens.stream().map(token -> spec.embeddings().get(token).clone()).toArray(double[][]::new);
        // X = E + PE   (n×d_model) + (n×d_model) → (n×d_model), positions counted from 0 in each sequence
        DMatrixRMaj x = new DMatrixRMaj(rows);
        if (spec.positional() == Positional.SINUSOIDAL) {
            CommonOps_DDRM.addEquals(x, PositionalEncoding.sinusoidal(x.numRows, x.numCols));
        }
        return x;
    }
}
