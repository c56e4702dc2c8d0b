package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.TokensFigure;
import io.github.attentioncourse.figure.TokensFigure.Split;
import io.github.attentioncourse.format.Weights;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@code tokens} block, split. Prose refers to {@code {{vocabulary ID}}} (how many tokens the model
 * knows), {@code {{tokens ID}}} (how many the sentence has), {@code {{token ID N}}} (the Nth),
 * {@code {{index ID TOKEN}}} (its number in the vocabulary), {@code {{unknown ID}}} (how many
 * different tokens the model does not know), {@code {{sentences ID}}} (its training sentences) and
 * {@code {{frequency ID TOKEN}}} (the share of them that hold the token).
 */
record ComputedTokens(String id, int idLine, boolean idDefaulted, String fingerprint, Split split, Set<String> show,
        String caption)
        implements Computed {

    @Override
    public List<String> verbs() {
        return TokensBlock.VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        boolean takesToken = verb.equals("token") || verb.equals("index") || verb.equals("frequency");
        if (args.size() != (takesToken ? 1 : 0)) {
            return ReferenceSubstitution.wrongArguments(verb, id, args, "{{" + verb + " ID" + (verb.equals("token") ? " N}}"
                    : takesToken ? " TOKEN}}" : "}}"), problem);
        }
        return switch (verb) {
            case "vocabulary" -> Integer.toString(split.vocabulary().size());
            case "tokens" -> Integer.toString(split.tokens().size());
            case "unknown" -> Long.toString(split.unknown());
            case "sentences" -> String.format(Locale.ROOT, "%,d", split.sentences());
            case "token" -> token(args.get(0), problem);
            default -> known(args.get(0), verb.equals("index"), problem);
        };
    }

    private String token(String n, Consumer<String> problem) {
        int count = split.tokens().size();
        int at = n.matches("[0-9]{1,3}") ? Integer.parseInt(n) : 0;
        if (at < 1 || at > count) {
            problem.accept("'" + n + "' is not a position in the sentence; expected a whole number from 1 to " + count);
            return null;
        }
        return split.tokens().get(at - 1);
    }

    private String known(String token, boolean index, Consumer<String> problem) {
        int at = split.tokens().indexOf(token);
        if (at < 0) {
            problem.accept("'" + token + "' is not a token of the sentence of block " + id + "; expected one of: "
                    + String.join(" ", split.tokens()));
            return null;
        }
        if (index && split.index(at) < 0) {
            problem.accept("'" + token + "' is not in the vocabulary of model " + split.model() + ", so it has no number;"
                    + " expected a token the model knows");
            return null;
        }
        return index ? Integer.toString(split.index(at)) : Weights.percent(split.frequency(at));
    }

    @Override
    public Figure figure(String jsonFile) {
        return TokensFigure.render(id, split, show, caption, jsonFile);
    }
}
