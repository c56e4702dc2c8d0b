package io.github.attentioncourse.bench;

import io.github.attentioncourse.model.ForwardTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.Result;
import io.github.attentioncourse.model.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The course's model (content/models/course): one training step (a batch of its sentences
 * forward and backward, then AdamW), and the forward pass on one sentence that a lesson's
 * example costs. A step's time × the config's steps is most of {@code train course}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// As train runs (cli/TunedJvm): both compilers, since training outlasts C2's warm-up, and the serial
// collector, under which a step took half the time it took under G1 on two busy cores.
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class TrainingBenchmark {

    private Trainer trainer;
    private Model model;

    @Setup(Level.Trial)
    public void load() {
        Path root = courseRoot();
        Result<Trainer> started = Models.trainer(root, "course");
        Result<Model> loaded = Models.load(root, "course");
        if (!started.ok() || !loaded.ok()) {
            throw new IllegalStateException("the course model does not load: " + started.errors() + loaded.errors());
        }
        trainer = started.value();
        model = loaded.value();
    }

    @Benchmark
    public double trainingStep() {
        return trainer.step();
    }

    @Benchmark
    public ForwardTrace forwardOneSentence() {
        return model.forward("the dog was near the road and it was too tired");
    }

    /** JMH runs in bench/harness; the course is two folders up, wherever the checkout is. */
    private static Path courseRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("content/models/course/model.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no content/models/course above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
