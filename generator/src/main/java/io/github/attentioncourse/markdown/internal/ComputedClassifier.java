package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.ClassifierFigure;
import io.github.attentioncourse.figure.ClassifierFigure.Named;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code classifier} block, computed. Prose refers to {@code {{logit ID CLASS}}} (the class's
 * score, two decimals), {@code {{probability ID CLASS}}} (a percentage), {@code {{top ID}}} (the
 * most probable class) and {@code {{loss ID}}} (−ln p of the target class, two decimals).
 */
record ComputedClassifier(String id, int idLine, boolean idDefaulted, String fingerprint, Named named, String caption)
        implements Computed {

    @Override
    public List<String> verbs() {
        return ClassifierBlock.VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        boolean perClass = verb.equals("logit") || verb.equals("probability");
        if (args.size() != (perClass ? 1 : 0)) {
            return ReferenceSubstitution.wrongArguments(verb, id, args, "{{" + verb + " ID" + (perClass ? " CLASS}}" : "}}"), problem);
        }
        if (verb.equals("top")) {
            return named.classes().get(named.top());
        }
        if (verb.equals("loss")) {
            if (named.target() < 0) {
                problem.accept("block " + id + " has no target, so no loss; expected a target: key naming the right class");
                return null;
            }
            return Numbers.fixed(named.classifier().loss(named.target()), 2);
        }
        int j = named.classes().indexOf(args.get(0));
        if (j < 0) {
            problem.accept("'" + args.get(0) + "' is not a class of block " + id + "; expected one of: "
                    + String.join(", ", named.classes()));
            return null;
        }
        return verb.equals("logit") ? Numbers.fixed(named.classifier().logits()[j], 2)
                : Weights.percent(named.classifier().probabilities()[j]);
    }

    @Override
    public Figure figure(String jsonFile) {
        return ClassifierFigure.render(id, named, caption, jsonFile);
    }
}
