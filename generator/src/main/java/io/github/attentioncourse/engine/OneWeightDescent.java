package io.github.attentioncourse.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Gradient descent on a single weight: a model that guesses y = w·x, its loss the mean squared error
 * over n points, L(w) = (1/n) Σ (w·x_i − y_i)², whose slope is dL/dw = (2/n) Σ x_i·(w·x_i − y_i);
 * each step moves w against the slope, w ← w − η·dL/dw, η being the learning rate.
 */
public final class OneWeightDescent {

    /**
     * Where a step starts.
     *
     * @param step     0 for the start
     * @param w        the weight
     * @param loss     L(w)
     * @param gradient dL/dw at w
     */
    public record Step(int step, double w, double loss, double gradient) {
    }

    private OneWeightDescent() {
    }

    /** L(w) = (1/n) Σ (w·x_i − y_i)², summed in order; {@code points} are (x, y) pairs. */
    public static double loss(double[][] points, double w) {
        double sum = 0;
        for (double[] p : points) {
            double error = w * p[0] - p[1];
            sum += error * error;
        }
        return sum / points.length;
    }

    /** dL/dw = (2/n) Σ x_i·(w·x_i − y_i). */
    public static double gradient(double[][] points, double w) {
        double sum = 0;
        for (double[] p : points) {
            sum += p[0] * (w * p[0] - p[1]);
        }
        return 2 * sum / points.length;
    }

    /** The weight with the least loss, where the slope is 0: w* = Σ x_i·y_i ÷ Σ x_i² (the x must not all be 0). */
    public static double best(double[][] points) {
        double xy = 0;
        double xx = 0;
        for (double[] p : points) {
            xy += p[0] * p[1];
            xx += p[0] * p[0];
        }
        return xy / xx;
    }

    /** The start and each of {@code steps} steps after it: steps + 1 entries. */
    public static List<Step> run(double[][] points, double start, double rate, int steps) {
        List<Step> path = new ArrayList<>(steps + 1);
        double w = start;
        for (int t = 0; t <= steps; t++) {
            double g = gradient(points, w);
            path.add(new Step(t, w, loss(points, w), g));
            w -= rate * g;
        }
        return path;
    }
}
