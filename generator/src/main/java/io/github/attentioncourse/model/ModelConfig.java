package io.github.attentioncourse.model;

import java.util.List;
import java.util.Locale;

/**
 * Everything model.yaml says: the architecture, the task and how to train.
 *
 * @param task         masked-word or next-word
 * @param architecture layers, heads, d_model, d_ff, context
 * @param seed         of the random draws: initial weights, sentences, hidden words
 * @param steps        optimizer steps
 * @param batch        sentences per step
 * @param learningRate the peak of the schedule: a linear warm-up over the first 5% of the steps,
 *                     then a linear decay towards 0
 * @param weightDecay  AdamW's λ, on matrices only
 * @param masking      masked-word only: which positions are hidden and how
 * @param heldOut      share of the sentences set aside, never trained on, for the lessons' claims
 * @param checkpoints  steps (below {@code steps}) after which the weights are kept as well; 0 is before training
 */
public record ModelConfig(Task task, Architecture architecture, long seed, int steps, int batch, double learningRate,
        double weightDecay, Masking masking, double heldOut, List<Integer> checkpoints) {

    /**
     * Which words the masked-word task hides, after BERT (Devlin et al. 2019).
     *
     * @param share   of the positions of a sentence to predict (at least one per sentence)
     * @param mask    of those, the share shown as [MASK]
     * @param replace of those, the share shown as the word another training sentence of the same length
     *                has in that place; the rest are shown unchanged
     */
    public record Masking(double share, double mask, double replace) {
    }

    public ModelConfig {
        checkpoints = List.copyOf(checkpoints);
    }

    /**
     * The config as text in one fixed form, whatever the comments, order or spelling of numbers in
     * model.yaml: its SHA-256 says whether weights were trained on this config.
     */
    public String canonical() {
        Architecture a = architecture;
        return String.format(Locale.ROOT, "task=%s%nlayers=%d%nheads=%d%nd_model=%d%nd_ff=%d%ncontext=%d%nseed=%d%n"
                + "steps=%d%nbatch=%d%nlearning_rate=%s%nweight_decay=%s%nmasking=%s,%s,%s%nheld_out=%s%n"
                + "checkpoints=%s%n", task.key(), a.layers(), a.heads(), a.dModel(), a.dFf(), a.context(), seed, steps,
                batch, learningRate, weightDecay, masking.share(), masking.mask(), masking.replace(), heldOut,
                checkpoints);
    }
}
