package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.engine.OneWeightDescent;
import io.github.attentioncourse.engine.OneWeightDescent.Step;
import io.github.attentioncourse.figure.DescentFigure;
import io.github.attentioncourse.figure.DescentFigure.Run;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Numbers;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code descent} block, run. Prose refers to {@code {{w ID STEP}}}, {@code {{loss ID STEP}}} and
 * {@code {{slope ID STEP}}} (STEP from 0, the start, or {@code last}), {@code {{best ID}}} and
 * {@code {{best-loss ID}}} (the weight with the least loss, and that loss), {@code {{steps ID}}},
 * {@code {{rate ID}}} (the learning rate as written), {@code {{crossings ID}}} (how many steps
 * jumped past the best weight), {@code {{limit ID}}} (the learning rate above which the steps grow
 * without end), {@code {{points ID}}} and {@code {{loss-function ID}}} (the points and the loss
 * written out). Computed numbers have two decimals.
 */
record ComputedDescent(String id, int idLine, boolean idDefaulted, String fingerprint, Run run, String caption)
        implements Computed {

    @Override
    public List<String> verbs() {
        return DescentBlock.VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        boolean perStep = verb.equals("w") || verb.equals("loss") || verb.equals("slope");
        if (args.size() != (perStep ? 1 : 0)) {
            return ReferenceSubstitution.wrongArguments(verb, id, args, "{{" + verb + " ID" + (perStep ? " STEP}}, STEP from 0 to "
                    + (run.steps().size() - 1) + " or last" : "}}"), problem);
        }
        if (!perStep) {
            return switch (verb) {
                case "best" -> Numbers.fixed(run.best(), 2);
                case "best-loss" -> Numbers.fixed(OneWeightDescent.loss(run.points(), run.best()), 2);
                case "steps" -> Integer.toString(run.steps().size() - 1);
                case "rate" -> Numbers.plain(run.rate());
                case "limit" -> Numbers.fixed(run.limit(), 2);
                case "points" -> run.pointsText();
                case "loss-function" -> run.lossText();
                default -> Integer.toString(run.crossings());
            };
        }
        Step step = step(args.get(0));
        if (step == null) {
            problem.accept("'" + args.get(0) + "' is not a step of block " + id + "; expected a whole number from 0 to "
                    + (run.steps().size() - 1) + ", or last");
            return null;
        }
        return Numbers.fixed(verb.equals("w") ? step.w() : verb.equals("loss") ? step.loss() : step.gradient(), 2);
    }

    private Step step(String text) {
        if (text.equals("last")) {
            return run.last();
        }
        int t = text.matches("[0-9]{1,3}") ? Integer.parseInt(text) : -1;
        return t >= 0 && t < run.steps().size() ? run.steps().get(t) : null;
    }

    @Override
    public Figure figure(String jsonFile) {
        return DescentFigure.render(id, run, caption, jsonFile);
    }
}
