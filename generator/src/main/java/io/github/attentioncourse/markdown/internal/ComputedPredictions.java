package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.PredictionsFigure;
import io.github.attentioncourse.figure.PredictionsFigure.Output;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.Tokenizer;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code predictions} block, computed. Prose refers to {@code {{guess ID}}} (the most probable
 * word; {@code {{guess ID 2}}} the second), {@code {{probability ID WORD}}} (a word's probability as
 * a percentage; with several words, their sum; with none, the first guess's), {@code {{logit ID WORD}}}
 * (its score before the softmax; with no word, the first guess's), {@code {{outputs ID}}} (how many words the output layer scores) and {@code {{inputs ID}}}
 * (how many numbers it reads).
 */
record ComputedPredictions(String id, int idLine, boolean idDefaulted, String fingerprint, Output output, String source,
        String caption) implements Computed {

    @Override
    public List<String> verbs() {
        return PredictionsBlock.VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        return switch (verb) {
            case "guess" -> guess(args, problem);
            case "probability" -> probability(args, problem);
            case "logit" -> logit(args, problem);
            default -> !args.isEmpty() ? ReferenceSubstitution.wrongArguments(verb, id, args, "{{" + verb + " ID}}", problem)
                    : Integer.toString(verb.equals("outputs") ? output.vocabulary().size() : output.hidden().length);
        };
    }

    private String guess(List<String> args, Consumer<String> problem) {
        int count = output.ranking().size();
        if (args.size() > 1) {
            return ReferenceSubstitution.wrongArguments("guess", id, args, "{{guess ID}} or {{guess ID N}}, N from 1 to " + count, problem);
        }
        int n = 1;
        if (args.size() == 1) {
            n = args.get(0).matches("[0-9]{1,4}") ? Integer.parseInt(args.get(0)) : 0;
            if (n < 1 || n > count) {
                problem.accept("'" + args.get(0) + "' is not a rank; expected a whole number from 1 to " + count);
                return null;
            }
        }
        return output.vocabulary().get(output.ranking().get(n - 1));
    }

    private String logit(List<String> args, Consumer<String> problem) {
        if (args.size() > 1) {
            return ReferenceSubstitution.wrongArguments("logit", id, args, "{{logit ID}} (the first guess's) or {{logit ID WORD}}", problem);
        }
        int v = args.isEmpty() ? output.ranking().get(0) : word(args.get(0), problem);
        return v < 0 ? null : Numbers.fixed(output.logits()[v], 2);
    }

    private String probability(List<String> args, Consumer<String> problem) {
        if (args.isEmpty()) {
            return Weights.percent(output.probabilities()[output.ranking().get(0)]);
        }
        double sum = 0;
        for (String word : args) {
            int v = word(word, problem);
            if (v < 0) {
                return null;
            }
            sum += output.probabilities()[v];
        }
        return Weights.percent(sum);
    }

    /** The word's index in the vocabulary, or −1 once {@code problem} is told it is not one the model can guess. */
    private int word(String word, Consumer<String> problem) {
        int v = output.vocabulary().indexOf(word);
        if (v < 0 || word.equals(Tokenizer.MASK)) {
            problem.accept("'" + word + "' is not a word model " + output.model() + " can guess; expected a word of its"
                    + " vocabulary, in lower case");
            return -1;
        }
        return v;
    }

    @Override
    public Figure figure(String jsonFile) {
        return PredictionsFigure.render(id, output, source, caption, jsonFile);
    }
}
