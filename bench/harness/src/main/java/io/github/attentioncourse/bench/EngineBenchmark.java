package io.github.attentioncourse.bench;

import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadWeights;
import io.github.attentioncourse.engine.Mask;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The engine on a lesson-sized example: 6 tokens, d_model = 4, d_k = d_v = 2, one head and two. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// The serial collector, as the bake's own JVM uses (cli/TunedJvm): under G1 on two cores the time
// of one chart swung between about 80 µs and 1 ms from one iteration to the next.
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class EngineBenchmark {

    private final DMatrixRMaj x = matrix(6, 4, 0.1);
    private final HeadWeights head = new HeadWeights(matrix(4, 2, 0.3), matrix(4, 2, 0.7), matrix(4, 2, 0.5));
    private final HeadWeights other = new HeadWeights(matrix(4, 2, 0.2), matrix(4, 2, 0.9), matrix(4, 2, 0.4));
    private final AttentionInput oneHead = new AttentionInput(x, x, List.of(head), null, Double.NaN, Mask.none());
    private final AttentionInput twoHeadsCausal = new AttentionInput(x, x, List.of(head, other), matrix(4, 4, 0.6),
            Double.NaN, Mask.causal());

    @Benchmark
    public AttentionTrace selfAttention() {
        return Attention.compute(oneHead);
    }

    @Benchmark
    public AttentionTrace twoHeadsCausal() {
        return Attention.compute(twoHeadsCausal);
    }

    /** Deterministic, varied entries in [-1, 1]. */
    private static DMatrixRMaj matrix(int rows, int cols, double seed) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.data[i] = Math.sin(seed * 13 + i * 1.7);
        }
        return m;
    }
}
