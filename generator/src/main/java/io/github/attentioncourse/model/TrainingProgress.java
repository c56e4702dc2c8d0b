package io.github.attentioncourse.model;

/** Told after every training step, for a progress line. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = (step, steps, loss) -> { };

    /**
     * @param step  steps done, 1 to {@code steps}
     * @param steps steps in all
     * @param loss  the mean loss per predicted word of the step's batch
     */
    void stepDone(int step, int steps, double loss);
}
