package io.github.attentioncourse.bench;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.HeatmapData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One chart's SVG: the heatmap of a 4-token sentence, as every example's figure draws it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// The serial collector, as the bake's own JVM uses (cli/TunedJvm): under G1 on two cores the time
// of one chart swung between about 80 µs and 1 ms from one iteration to the next.
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class ChartBenchmark {

    private static final double M = Double.NaN;
    private static final List<String> TOKENS = List.of("The", "animal", "was", "tired");

    private final HeatmapData weights = new HeatmapData("ex-1-h1-hm-", "Attention weights", "Each row sums to 100%.",
            TOKENS, TOKENS, new double[][] {
                {0.05, 0.15, 0.30, 0.50}, {0.35, 0.55, 0.05, 0.05}, {0.20, 0.50, 0.25, 0.05}, {0.10, 0.20, 0.30, 0.40}});
    private final HeatmapData causal = new HeatmapData("ex-2-h1-hm-", "Causal attention", "Later keys are masked.",
            TOKENS, TOKENS, new double[][] {{1.00, M, M, M}, {0.35, 0.65, M, M}, {0.20, 0.50, 0.30, M}, {0.10, 0.20, 0.30, 0.40}});

    @Benchmark
    public String heatmap() {
        return Charts.heatmap(weights);
    }

    @Benchmark
    public String causalHeatmap() {
        return Charts.heatmap(causal);
    }
}
