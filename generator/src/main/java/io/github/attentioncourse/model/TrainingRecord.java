package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a training run was and how it went, as the weights file keeps it.
 *
 * @param configSha256     SHA-256 of {@link ModelConfig#canonical()} it was trained with
 * @param corpusSha256     SHA-256 of {@link Corpus#canonical()} it was trained on
 * @param trainedSentences how many sentences it was trained on
 * @param heldOutSentences how many it never saw
 * @param steps            optimizer steps
 * @param lossEvery        steps per point of the loss curve
 * @param losses           the loss curve: the mean loss per predicted word over each {@code lossEvery}
 *                         steps (the last point may cover fewer), to 4 decimals as written
 */
public record TrainingRecord(String configSha256, String corpusSha256, int trainedSentences, int heldOutSentences,
        int steps, int lossEvery, List<Double> losses) {

    /** Points in the loss curve: enough for a chart, few enough for a small file. */
    static final int CURVE_POINTS = 100;

    public TrainingRecord {
        losses = List.copyOf(losses);
    }

    /** The last point of the loss curve. */
    public double finalLoss() {
        return losses.get(losses.size() - 1);
    }

    /** The curve of a run's per-step losses, each point rounded as the file writes it. */
    static TrainingRecord of(String configSha256, String corpusSha256, int trained, int heldOut, double[] stepLosses) {
        int every = Math.max(1, (stepLosses.length + CURVE_POINTS - 1) / CURVE_POINTS);
        List<Double> curve = new ArrayList<>();
        for (int from = 0; from < stepLosses.length; from += every) {
            double sum = 0;
            int to = Math.min(stepLosses.length, from + every);
            for (int s = from; s < to; s++) {
                sum += stepLosses[s];
            }
            curve.add(Double.parseDouble(format(sum / (to - from))));
        }
        return new TrainingRecord(configSha256, corpusSha256, trained, heldOut, stepLosses.length, every, curve);
    }

    static String format(double loss) {
        return String.format(Locale.ROOT, "%.4f", loss);
    }
}
