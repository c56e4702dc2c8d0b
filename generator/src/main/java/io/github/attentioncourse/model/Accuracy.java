package io.github.attentioncourse.model;

/**
 * How well a model guesses words it cannot see.
 *
 * @param predictions how many words were guessed
 * @param exact       how many guesses were the very word
 * @param fitting     how many made a sentence the grammar can make (another tired-like adjective
 *                    where "tired" was hidden counts); for the next-word task, the exact ones
 * @param meanLoss    the mean of −log p(the very word)
 */
public record Accuracy(int predictions, int exact, int fitting, double meanLoss) {

    public double exactShare() {
        return predictions == 0 ? Double.NaN : (double) exact / predictions;
    }

    public double fittingShare() {
        return predictions == 0 ? Double.NaN : (double) fitting / predictions;
    }
}
