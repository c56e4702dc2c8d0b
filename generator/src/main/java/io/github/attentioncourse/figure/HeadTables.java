package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.ExampleSpec.Positional;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Every matrix of one head as a table, in the order they are computed: the data behind its charts. */
final class HeadTables {

    private HeadTables() {
    }

    /**
     * @param prefix    of the head's ids on the page
     * @param inExample ends every caption, to tell the tables of the page's examples apart
     * @param divisor   the scale as the scaled scores' caption writes it
     */
    static String of(String prefix, String inExample, ExampleSpec spec, AttentionTrace trace, HeadTrace head, String divisor) {
        List<String> queries = spec.tokens();
        List<String> keys = spec.keyTokens();
        DMatrixRMaj x = trace.input().queryInputs();
        DMatrixRMaj context = trace.input().keyValueInputs();
        boolean rotated = head.qRotated() != null;
        boolean additive = head.vA() != null;
        String inputs = spec.fromModel()
                ? "Inputs X (layer " + spec.model().layer() + "'s input after its LayerNorm)"
                : "Inputs X (embeddings" + (spec.positional() == Positional.SINUSOIDAL ? " + positional encodings" : "") + ")";
        StringBuilder html = new StringBuilder(8192);
        html.append(MatrixTable.of(prefix + "x", inputs + inExample, "token", queries, dimensions(x), x));
        if (spec.isCrossAttention()) {
            html.append(MatrixTable.of(prefix + "cx", "Context inputs (keys and values come from these)" + inExample, "token",
                    keys, dimensions(context), context));
        }
        html.append(MatrixTable.of(prefix + "q", "Q = X W<sub>Q</sub>" + inExample, "query", queries, dimensions(head.q()), head.q()));
        if (rotated) {
            html.append(MatrixTable.of(prefix + "qr", "Q̃: each query turned by its position (RoPE)" + inExample, "query",
                    queries, dimensions(head.qRotated()), head.qRotated()));
        }
        html.append(MatrixTable.of(prefix + "k", "K" + inExample, "token", keys, dimensions(head.k()), head.k()));
        if (rotated) {
            html.append(MatrixTable.of(prefix + "kr", "K̃: each key turned by its position (RoPE)" + inExample, "token",
                    keys, dimensions(head.kRotated()), head.kRotated()));
        }
        html.append(MatrixTable.of(prefix + "v", "V" + inExample, "token", keys, dimensions(head.v()), head.v()));
        if (additive) {
            DMatrixRMaj vA = CommonOps_DDRM.transpose(head.vA(), null);
            html.append(MatrixTable.of(prefix + "va", "v<sub>a</sub>, the weights of the tanh units" + inExample, "vector",
                    List.of("v_a"), dimensions(vA), vA));
        }
        String scores = additive ? "Scores v<sub>a</sub><sup>T</sup> tanh(q + k)"
                : rotated ? "Scores Q̃ K̃<sup>T</sup>" : "Scores Q K<sup>T</sup>";
        return html.append(MatrixTable.of(prefix + "scores", scores + inExample, "query \\ key", queries, keys, head.scores()))
                .append(MatrixTable.of(prefix + "scaled", "Scaled scores (÷ " + divisor + ")" + inExample, "query \\ key",
                        queries, keys, head.scaled()))
                .append(MatrixTable.weights(prefix + "weights", "Attention weights (each row sums to 1)" + inExample,
                        queries, keys, head))
                .append(MatrixTable.of(prefix + "out", "Output: weights × V" + inExample, "token",
                        queries, dimensions(head.output()), head.output()))
                .toString();
    }

    private static List<String> dimensions(DMatrixRMaj m) {
        return MatrixTable.dimensions(m.numCols);
    }
}
