package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.OutputFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.OutputStep;
import io.github.attentioncourse.model.Task;
import io.github.attentioncourse.model.Tokenizer;
import java.util.List;
import java.util.function.Consumer;

/**
 * An {@code output} block: a course model's output layer at one position of a sentence, from the
 * last hidden state to a probability for every word; optionally the loss for a target word, its
 * gradient, and one gradient step on the output bias. Prose refers to {@code {{guess ID K}}} (the K-th most probable
 * word) and {@code {{guess-probability ID K}}},
 * {@code {{probability ID WORD…}}} (several words: their sum), {@code {{logit ID WORD}}},
 * {@code {{rank ID WORD}}}, {@code {{vocabulary ID}}}, and with a target to {@code {{loss ID}}},
 * {@code {{gradient ID WORD}}}, and with a learning rate to {@code {{learning-rate ID}}},
 * {@code {{probability-after ID WORD…}}} and {@code {{loss-after ID}}}.
 */
final class OutputBlock {

    static final String INFO = "output";
    static final List<String> VERBS = List.of("guess", "guess-probability", "probability", "logit", "rank", "vocabulary",
            "loss", "gradient", "probability-after", "loss-after", "learning-rate");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN = List.of("sentence", "focus", "top", "target", "learning_rate");
    private static final String EXPECTED = "keys model (a folder under content/models) and sentence, and optionally id,"
            + " focus, top, target, learning_rate and caption";
    private static final int MAX_TOP = 12;

    private OutputBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        OwnKeys own = new OwnKeys(keys);
        int top = own.whole("top", 1, MAX_TOP, 5, "");
        double learningRate = own.number("learning_rate", 1e-6, 100, Double.NaN);
        OwnKeys.Sentence s = own.sentence(EXPECTED, OutputBlock::defaultFocus);
        int target = s == null ? -1 : target(keys, s.model());
        if (keys.fields().has("learning_rate") && !keys.fields().has("target")) {
            keys.block().at(keys.fields().get("learning_rate").keyNode(), "learning_rate takes one step towards a target word,"
                    + " and there is none; expected a target: beside it");
        }
        if (!keys.ok() || s == null) {
            return null;
        }
        Model model = s.model();
        OutputStep step = OutputStep.of(model.forward(model.weights(), s.words()), s.focus(), target, learningRate);
        OutputFigure.Guesses guesses = new OutputFigure.Guesses(model.name(), model.config().task() == Task.NEXT_WORD,
                s.words(), model.vocabulary().words(), model.weights().tokenEmbedding(), model.weights().outputBias().data,
                step, top, Tokenizer.MASK);
        return new Output(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), guesses,
                ModelExamples.source(model, "output layer"), keys.caption());
    }

    /** The first [MASK], or the last word: where a masked-word model guesses, or the word a next-word model continues. */
    private static int defaultFocus(List<String> words) {
        int mask = words.indexOf(Tokenizer.MASK);
        return mask >= 0 ? mask : words.size() - 1;
    }

    /** The optional {@code target:} as a word's index in the vocabulary, -1 when absent or once reported. */
    private static int target(ModelBlockKeys keys, Model model) {
        Entry entry = keys.fields().get("target");
        if (entry == null) {
            return -1;
        }
        String word = Nodes.text(entry, "a word the model knows", keys.block());
        if (word == null) {
            return -1;
        }
        if (word.equals(Tokenizer.MASK) || !model.vocabulary().contains(word)) {
            keys.block().at(entry.keyNode(), "model " + model.name() + " does not know the word " + Nodes.quote(word)
                    + "; expected a word of its vocabulary, such as " + String.join(", ", model.vocabulary().closest(word, 3)));
            return -1;
        }
        return model.vocabulary().indexOf(word).orElseThrow();
    }

    private record Output(String id, int idLine, boolean idDefaulted, String fingerprint, OutputFigure.Guesses guesses,
            String source, String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            OutputStep step = guesses.step();
            boolean stepped = verb.endsWith("-after") || verb.equals("learning-rate");
            boolean needsTarget = verb.equals("loss") || verb.equals("gradient") || stepped;
            if (needsTarget && !(stepped ? step.hasStep() : step.hasTarget())) {
                problem.accept("'" + id + "' has no " + (stepped ? "learning_rate" : "target")
                        + ", so no " + verb + "; expected it in the block, or another reference");
                return null;
            }
            return switch (verb) {
                case "vocabulary" -> new Args(id, args, problem, "{{vocabulary ID}}").count(0, 0)
                        ? Integer.toString(guesses.vocabulary().size()) : null;
                case "loss" -> new Args(id, args, problem, "{{loss ID}}").count(0, 0) ? Numbers.fixed(step.loss(), 2) : null;
                case "loss-after" -> new Args(id, args, problem, "{{loss-after ID}}").count(0, 0)
                        ? Numbers.fixed(step.lossAfter(), 2) : null;
                case "learning-rate" -> new Args(id, args, problem, "{{learning-rate ID}}").count(0, 0)
                        ? Numbers.plain(step.learningRate()) : null;
                case "guess", "guess-probability" -> {
                    List<Integer> ranked = guesses.ranked(step.probabilities());
                    Args a = new Args(id, args, problem, "{{" + verb + " ID RANK}}");
                    int rank = a.count(1, 1) ? a.whole(0, 1, ranked.size(), "a rank") : -1;
                    if (rank < 0) {
                        yield null;
                    }
                    int word = ranked.get(rank - 1);
                    yield verb.equals("guess") ? guesses.vocabulary().get(word) : Weights.percent(step.probabilities()[word]);
                }
                case "probability", "probability-after" -> {
                    Args a = new Args(id, args, problem, "{{" + verb + " ID WORD…}}");
                    double[] p = verb.equals("probability") ? step.probabilities() : step.probabilitiesAfter();
                    double sum = 0;
                    if (!a.count(1, guesses.vocabulary().size())) {
                        yield null;
                    }
                    for (int i = 0; i < a.size(); i++) {
                        int word = a.word(i, guesses.vocabulary());
                        if (word < 0) {
                            yield null;
                        }
                        sum += p[word];
                    }
                    yield Weights.percent(sum);
                }
                default -> {
                    Args a = new Args(id, args, problem, "{{" + verb + " ID WORD}}");
                    int word = a.count(1, 1) ? a.word(0, guesses.vocabulary()) : -1;
                    if (word < 0) {
                        yield null;
                    }
                    if (verb.equals("rank") && guesses.vocabulary().get(word).equals(guesses.mask())) {
                        problem.accept(guesses.mask() + " is never a guess, so it has no rank; expected another word");
                        yield null;
                    }
                    yield switch (verb) {
                        case "logit" -> Numbers.fixed(step.logits()[word], 2);
                        case "gradient" -> Numbers.fixed(step.gradient()[word], 2);
                        default -> Integer.toString(guesses.ranked(step.probabilities()).indexOf(word) + 1);
                    };
                }
            };
        }

        @Override
        public Figure figure(String jsonFile) {
            return OutputFigure.render(id, guesses, source, caption, jsonFile);
        }
    }
}
