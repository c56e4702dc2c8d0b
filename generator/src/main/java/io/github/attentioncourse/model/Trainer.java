package io.github.attentioncourse.model;

import io.github.attentioncourse.model.Weights.Tensor;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Trains a model step by step, deterministically to the bit: one seeded generator for every draw
 * (initial weights, sentences, hidden words, in that order), one thread, every sum in a fixed
 * order, StrictMath for every exp, log, sqrt and pow. The same config and sentences give the same
 * weights on any JVM, locale or machine.
 */
public final class Trainer {

    /**
     * @param weights     the trained weights, rounded to float32
     * @param losses      the mean loss per predicted word of each step's batch, before its update
     * @param checkpoints the weights (rounded to float32) after each checkpoint's number of steps
     */
    record Result(Weights weights, double[] losses, SortedMap<Integer, Weights> checkpoints) {
    }

    private final ModelConfig config;
    private final int maskToken;
    private final SplitMix64 random;
    private final Batches batches;
    private final Weights w;
    private final AdamW optimizer;
    private final Weights grad;
    private final double[] losses;
    private final SortedMap<Integer, Weights> checkpoints = new TreeMap<>();
    private int step;

    /**
     * @param sentences training sentences as vocabulary indices, in a fixed order
     * @param maskToken the index of [MASK] (masked-word task only)
     */
    Trainer(ModelConfig config, int vocabulary, int maskToken, List<int[]> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to train on");
        }
        this.config = config;
        this.maskToken = maskToken;
        this.random = new SplitMix64(config.seed());
        this.batches = new Batches(sentences);
        this.w = Initialization.draw(config.architecture(), vocabulary, random);
        this.optimizer = new AdamW(w, config.weightDecay());
        this.grad = Weights.zeros(config.architecture(), vocabulary);
        this.losses = new double[config.steps()];
    }

    /** All of the config's steps. */
    static Result train(ModelConfig config, int vocabulary, int maskToken, List<int[]> sentences,
            TrainingProgress listener) {
        Trainer trainer = new Trainer(config, vocabulary, maskToken, sentences);
        while (trainer.step < config.steps()) {
            double loss = trainer.step();
            listener.stepDone(trainer.step, config.steps(), loss);
        }
        return new Result(trainer.w.roundedToFloat(), trainer.losses, trainer.checkpoints);
    }

    /**
     * One optimizer step on a batch of sentences; returns the batch's mean loss per predicted word.
     * Past the config's steps the learning rate is 0: the work is the same, the weights stay.
     */
    public double step() {
        if (config.checkpoints().contains(step)) {
            checkpoints.put(step, w.roundedToFloat());
        }
        List<Tensor> gradients = grad.tensors();
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
        optimizer.step(grad, learningRate(config, step));
        if (step < losses.length) {
            losses[step] = loss / predicted;
        }
        step++;
        return loss / predicted;
    }

    /** A linear warm-up over the first 5% of the steps, then a linear decay to 0 at the end. */
    static double learningRate(ModelConfig config, int step) {
        int warmup = Math.max(1, config.steps() / 20);
        if (step < warmup) {
            return config.learningRate() * (step + 1) / warmup;
        }
        return Math.max(0, config.learningRate() * (config.steps() - step) / (config.steps() - warmup + 1));
    }
}
