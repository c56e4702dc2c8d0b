package io.github.attentioncourse.engine;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Rejects an {@link AttentionInput} whose matrices do not fit together. Authors' mistakes are
 * caught with {@code file:line} before the engine runs, so a failure here is a programming error
 * and the message names matrices and shapes rather than lines.
 */
final class InputCheck {

    private InputCheck() {
    }

    static void require(AttentionInput in) {
        DMatrixRMaj X = in.queryInputs();
        DMatrixRMaj Y = in.keyValueInputs();
        nonEmpty("queryInputs X", X);
        nonEmpty("keyValueInputs Y", Y);
        if (X.numCols != Y.numCols) {
            throw new IllegalArgumentException("queryInputs X is " + shape(X) + " but keyValueInputs Y is "
                    + shape(Y) + ": both need d_model columns");
        }
        List<HeadWeights> heads = in.heads();
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("heads is empty: attention needs at least one head");
        }
        HeadWeights first = heads.get(0);
        for (int h = 0; h < heads.size(); h++) {
            head(h + 1, heads.get(h), first, X.numCols);
        }
        outputProjection(in.wO(), heads.size(), first.wV().numCols, X.numCols);
        if (in.rotary() != null && first.wQ().numCols % 2 != 0) {
            throw new IllegalArgumentException("d_k is " + first.wQ().numCols + " but rotary embeddings turn "
                    + "queries and keys in pairs of dimensions: d_k must be even");
        }
        if (!Double.isNaN(in.scale()) && !(in.scale() > 0 && Double.isFinite(in.scale()))) {
            throw new IllegalArgumentException("scale is " + in.scale() + ": it must be positive and finite, "
                    + "or NaN for √d_k");
        }
    }

    static String shape(DMatrixRMaj m) {
        return m.numRows + "×" + m.numCols;
    }

    private static void head(int number, HeadWeights w, HeadWeights first, int dModel) {
        String name = "head " + number + " ";
        nonEmpty(name + "W_Q", w.wQ());
        nonEmpty(name + "W_K", w.wK());
        nonEmpty(name + "W_V", w.wV());
        rows(name + "W_Q", w.wQ(), dModel);
        rows(name + "W_K", w.wK(), dModel);
        rows(name + "W_V", w.wV(), dModel);
        if (w.wK().numCols != w.wQ().numCols) {
            throw new IllegalArgumentException(name + "W_Q is " + shape(w.wQ()) + " but W_K is " + shape(w.wK())
                    + ": queries and keys need the same d_k columns");
        }
        // One scale and one W_O serve every head, so their widths must agree.
        if (w.wQ().numCols != first.wQ().numCols) {
            throw new IllegalArgumentException(name + "W_Q is " + shape(w.wQ()) + " but head 1 W_Q is "
                    + shape(first.wQ()) + ": every head needs the same d_k");
        }
        if (w.wV().numCols != first.wV().numCols) {
            throw new IllegalArgumentException(name + "W_V is " + shape(w.wV()) + " but head 1 W_V is "
                    + shape(first.wV()) + ": every head needs the same d_v");
        }
        additive(name, w, first);
    }

    // One default scale serves every head, so they must all score the same way.
    private static void additive(String name, HeadWeights w, HeadWeights first) {
        if (w.additive() != first.additive()) {
            throw new IllegalArgumentException(name + (w.additive() ? "has" : "has no") + " v_a but head 1 "
                    + (first.additive() ? "has" : "has none") + ": every head scores additively or none does");
        }
        if (w.additive() && (w.vA().numRows != w.wQ().numCols || w.vA().numCols != 1)) {
            throw new IllegalArgumentException(name + "v_a is " + shape(w.vA()) + " but d_k is " + w.wQ().numCols
                    + ": v_a must be " + w.wQ().numCols + "×1, one weight per tanh unit");
        }
    }

    private static void outputProjection(DMatrixRMaj wO, int heads, int dV, int dModel) {
        // One head may have an output projection (a one-head `heads:` list) or not (w_q/w_k/w_v alone).
        if (heads == 1 && wO == null) {
            return;
        }
        if (wO == null) {
            throw new IllegalArgumentException("W_O is null but there are " + heads + " heads: W_O must be "
                    + (heads * dV) + "×" + dModel + " (h·d_v × d_model)");
        }
        if (wO.numRows != heads * dV || wO.numCols != dModel) {
            throw new IllegalArgumentException("W_O is " + shape(wO) + " but " + heads + " heads of d_v " + dV
                    + " and d_model " + dModel + " need " + (heads * dV) + "×" + dModel);
        }
    }

    private static void nonEmpty(String name, DMatrixRMaj m) {
        if (m.numRows == 0 || m.numCols == 0) {
            throw new IllegalArgumentException(name + " is " + shape(m) + ": it needs at least one row and column");
        }
    }

    private static void rows(String name, DMatrixRMaj m, int dModel) {
        if (m.numRows != dModel) {
            throw new IllegalArgumentException(name + " is " + shape(m) + " but the inputs have d_model "
                    + dModel + ": it needs " + dModel + " rows");
        }
    }
}
