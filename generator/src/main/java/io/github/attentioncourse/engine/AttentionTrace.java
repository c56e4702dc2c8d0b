package io.github.attentioncourse.engine;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The result of {@link Attention#compute} with every intermediate on the way to it.
 *
 * @param input  what was computed
 * @param scale  the divisor actually used: the input's, or √d_k when it gave none
 * @param heads  one trace per head, in the input's order
 * @param output single head: that head's output (n×d_v); several: concat(heads)·W_O (n×d_model)
 */
public record AttentionTrace(AttentionInput input, double scale, List<HeadTrace> heads, DMatrixRMaj output) {

    public AttentionTrace {
        heads = List.copyOf(heads);
    }
}
