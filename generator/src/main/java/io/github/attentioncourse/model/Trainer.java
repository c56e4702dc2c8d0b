package io.github.attentioncourse.model;

import io.github.attentioncourse.model.Weights.Tensor;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Trains the model, deterministically to the bit: one seeded generator for every draw, one
 * thread, every sum in a fixed order, StrictMath for every exp, log, sqrt, tanh and pow. The
 * same config and sentences give the same weights on any JVM, locale or machine.
 */
final class Trainer {

    /**
     * @param weights     the trained weights, rounded to float32
     * @param losses      the mean loss per predicted word of each step's batch, before its update
     * @param checkpoints the weights (rounded to float32) after each checkpoint's number of steps
     */
    record Result(Weights weights, double[] losses, SortedMap<Integer, Weights> checkpoints) {
    }

    private Trainer() {
    }

    /**
     * @param sentences training sentences as vocabulary indices, in a fixed order
     * @param maskToken the index of [MASK] (masked-word task only)
     */
    static Result train(ModelConfig config, int vocabulary, int maskToken, List<int[]> sentences,
            TrainingProgress listener) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to train on");
        }
        SplitMix64 random = new SplitMix64(config.seed());
        Batches batches = new Batches(sentences);
        Weights w = Initialization.draw(config.architecture(), vocabulary, random);
        AdamW optimizer = new AdamW(w, config.weightDecay());
        Weights grad = Weights.zeros(config.architecture(), vocabulary);
        List<Tensor> gradients = grad.tensors();
        double[] losses = new double[config.steps()];
        SortedMap<Integer, Weights> checkpoints = new TreeMap<>();
        for (int step = 0; step < config.steps(); step++) {
            if (config.checkpoints().contains(step)) {
                checkpoints.put(step, w.roundedToFloat());
            }
            for (Tensor t : gradients) {
                t.values().zero();
            }
            double loss = 0;
            int predicted = 0;
            for (int b = 0; b < config.batch(); b++) {
                Batches.Example example = batches.draw(config, maskToken, random);
                ForwardTrace trace = Forward.run(w, example.input(), config.task().mask(), example.targets());
                loss += Backward.accumulate(w, trace, example.targets(), grad);
                predicted += example.predicted();
            }
            // The loss is the mean over the batch's predicted words; so is its gradient.
            for (Tensor t : gradients) {
                double[] g = t.values().data;
                for (int i = 0; i < g.length; i++) {
                    g[i] /= predicted;
                }
            }
            losses[step] = loss / predicted;
            optimizer.step(grad, learningRate(config, step));
            listener.stepDone(step + 1, config.steps(), losses[step]);
        }
        return new Result(w.roundedToFloat(), losses, checkpoints);
    }

    /** A linear warm-up over the first 5% of the steps, then a linear decay to 0 at the end. */
    static double learningRate(ModelConfig config, int step) {
        int warmup = Math.max(1, config.steps() / 20);
        if (step < warmup) {
            return config.learningRate() * (step + 1) / warmup;
        }
        return config.learningRate() * (config.steps() - step) / (config.steps() - warmup + 1);
    }
}
