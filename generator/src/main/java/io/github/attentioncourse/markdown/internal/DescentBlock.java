package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.engine.OneWeightDescent;
import io.github.attentioncourse.engine.OneWeightDescent.Step;
import io.github.attentioncourse.example.Matrix;
import io.github.attentioncourse.figure.DescentFigure.Run;
import java.util.List;
import java.util.Locale;

/**
 * A {@code descent} block: gradient descent on the one weight of y = w·x, fitted to points the
 * author gives, from a start weight with a learning rate for some steps.
 */
final class DescentBlock {

    static final String INFO = "descent";
    static final List<String> VERBS = List.of("w", "loss", "slope", "best", "best-loss", "steps", "rate", "crossings",
            "limit", "points", "loss-function");
    static final int MAX_STEPS = 50;
    static final int MAX_POINTS = 50;
    /** A run beyond this has left any picture behind: the learning rate is far too large. */
    static final double MAX_WEIGHT = 1e6;
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "learning_rate: 0.05",
            "2 levels (the block's keys, the points)");
    private static final List<String> OWN_KEYS = List.of("points", "start", "learning_rate", "steps");
    private static final String EXPECTED = "keys points (pairs [x, y]), start (the first w), learning_rate, steps, and"
            + " optionally id and caption";

    private DescentBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN_KEYS, EXPECTED, fenceLine, defaultId, problems, models,
                ModelBlockKeys.ModelKey.NONE);
        if (keys == null) {
            return null;
        }
        YamlBlock block = keys.block();
        Fields fields = keys.fields();
        Entry pointsEntry = fields.required("points", EXPECTED);
        Entry startEntry = fields.required("start", EXPECTED);
        Entry rateEntry = fields.required("learning_rate", EXPECTED);
        Entry stepsEntry = fields.required("steps", EXPECTED);
        Matrix points = pointsEntry == null ? null : Matrix.read(pointsEntry, "points", "n × 2", block);
        double w0 = startEntry == null ? Double.NaN : Nodes.number(startEntry.value(), "start", block);
        double rate = rateEntry == null ? Double.NaN : Nodes.number(rateEntry.value(), "learning_rate", block);
        int steps = stepsEntry == null ? -1 : (int) Nodes.whole(stepsEntry.value(), "steps", 1, MAX_STEPS, block);
        if (points != null && (points.cols() != 2 || points.rows() > MAX_POINTS)) {
            block.at(pointsEntry.keyNode(), "points has " + Nodes.count(points.rows(), "row") + " of " + points.cols()
                    + "; expected 1 to " + MAX_POINTS + " pairs [x, y], such as [[1, 2], [2, 4.1]]");
        }
        if (!Double.isNaN(rate) && rate <= 0) {
            block.at(rateEntry.value(), "learning_rate is " + Nodes.describe(rateEntry.value()) + "; expected a number above 0");
        }
        if (!keys.ok() || points == null || startEntry == null || rateEntry == null || stepsEntry == null) {
            return null;
        }
        if (allZero(points.values())) {
            block.at(pointsEntry.keyNode(), "every x of points is 0, so w changes nothing; expected some x that is not 0");
            return null;
        }
        List<Step> path = OneWeightDescent.run(points.values(), w0, rate, steps);
        for (Step s : path) {
            if (!(Math.abs(s.w()) <= MAX_WEIGHT)) {
                block.at(rateEntry.keyNode(), "w reaches " + (Double.isFinite(s.w()) ? String.format(Locale.ROOT, "%.3g", s.w())
                        : "infinity") + " at step " + s.step() + "; expected a learning rate small enough that w stays between -1e6"
                        + " and 1e6, or fewer steps");
                return null;
            }
        }
        return new ComputedDescent(keys.id(), keys.idLine(), keys.idDefaulted(), text, new Run(points.values(), rate, path),
                keys.caption());
    }

    private static boolean allZero(double[][] points) {
        for (double[] p : points) {
            if (p[0] != 0) {
                return false;
            }
        }
        return true;
    }
}
