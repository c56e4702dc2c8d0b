package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.engine.Mask;
import io.github.attentioncourse.model.Weights.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The hand-written backward pass against central finite differences, (L(θ+h) − L(θ−h)) / 2h,
 * for every entry of every parameter tensor, in a model with two blocks and two heads.
 * <p>
 * The bound: with h = 1e-5 the truncation error is about h²/6·|L‴| ≈ 1e-11 and the rounding
 * error about ε·|L|/h ≈ 2e-16·10/1e-5 = 2e-10, so a correct gradient entry differs from the
 * estimate by about 1e-9 at most (2e-9 measured); the test allows 1e-6 relative plus 1e-8
 * absolute, and prints the worst errors it saw. A missing term, a transposed matrix or a wrong
 * factor is off by a relative error near 1.
 */
class GradientCheckTest {

    private static final double H = 1e-5;
    private static final double RELATIVE = 1e-6;
    private static final double ABSOLUTE = 1e-8;

    private static final Architecture SMALL = new Architecture(2, 2, 8, 12, 6);
    private static final int VOCABULARY = 7;
    private static final int[] TOKENS = {3, 0, 6, 2, 5};

    @Test
    void matchesFiniteDifferencesForEveryTensorWithoutAMask() {
        check(Mask.none(), new int[] {Backward.NO_TARGET, 4, Backward.NO_TARGET, 1, 2});
    }

    @Test
    void matchesFiniteDifferencesForEveryTensorWithTheCausalMask() {
        check(Mask.causal(), new int[] {0, 6, 2, 5, Backward.NO_TARGET});
    }

    private static void check(Mask mask, int[] targets) {
        Weights w = weights();
        Weights grad = Weights.zeros(SMALL, VOCABULARY);
        Backward.accumulate(w, Forward.run(w, TOKENS, mask, targets), targets, grad);
        List<String> failures = new ArrayList<>();
        List<Tensor> tensors = w.tensors();
        List<Tensor> gradients = grad.tensors();
        double worst = 0;
        double worstAbsolute = 0;
        for (int t = 0; t < tensors.size(); t++) {
            double[] values = tensors.get(t).values().data;
            double[] analytic = gradients.get(t).values().data;
            for (int i = 0; i < values.length; i++) {
                double kept = values[i];
                values[i] = kept + H;
                double up = loss(w, mask, targets);
                values[i] = kept - H;
                double down = loss(w, mask, targets);
                values[i] = kept;
                double numeric = (up - down) / (2 * H);
                double error = Math.abs(analytic[i] - numeric);
                double scale = Math.max(Math.abs(analytic[i]), Math.abs(numeric));
                worstAbsolute = Math.max(worstAbsolute, error);
                if (scale > 1e-3) {
                    worst = Math.max(worst, error / scale);
                }
                if (error > RELATIVE * scale + ABSOLUTE) {
                    failures.add(String.format(Locale.ROOT, "%s[%d]: backward %.10g, finite differences %.10g",
                            tensors.get(t).name(), i, analytic[i], numeric));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " entries differ, e.g. "
                + failures.subList(0, Math.min(5, failures.size())));
        assertTrue(tensors.size() == 2 + SMALL.layers() * (2 + 3 * SMALL.heads() + 1 + 2 + 4) + 2 + 1,
                "every tensor was checked");
        System.out.printf(Locale.ROOT, "gradient check (%s): %d tensors, worst relative error %.1e (entries"
                + " above 1e-3), worst absolute error %.1e%n", mask.name(), tensors.size(), worst, worstAbsolute);
    }

    private static double loss(Weights w, Mask mask, int[] targets) {
        return Backward.accumulate(w, Forward.run(w, TOKENS, mask, targets), targets, Weights.zeros(SMALL, VOCABULARY));
    }

    /** Drawn weights, with gains and biases moved off 1 and 0 so that their gradients are tested in general. */
    private static Weights weights() {
        SplitMix64 random = new SplitMix64(42);
        Weights w = Initialization.draw(SMALL, VOCABULARY, random);
        for (Tensor t : w.tensors()) {
            if (t.values().numRows == 1) {
                for (int i = 0; i < t.values().data.length; i++) {
                    t.values().data[i] += random.uniform(0.5);
                }
            }
        }
        return w;
    }
}
