package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.example.Tokens;
import java.util.List;
import java.util.function.Consumer;

/**
 * The arguments of one reference {@code {{VERB ID ARGS…}}} to a model's computed block, read one
 * by one; what does not fit is told to the reference's problem with what was expected, and the
 * reader gets -1 (or false), so that the reference resolves to nothing.
 */
final class Args {

    private final String id;
    private final List<String> args;
    private final Consumer<String> problem;
    private final String syntax;

    /** @param syntax the verb's form, e.g. {@code {{length ID VECTOR WORD}}} */
    Args(String id, List<String> args, Consumer<String> problem, String syntax) {
        this.id = id;
        this.args = args;
        this.problem = problem;
        this.syntax = syntax;
    }

    /** Whether there are {@code min} to {@code max} arguments after the id; told otherwise. */
    boolean count(int min, int max) {
        if (args.size() >= min && args.size() <= max) {
            return true;
        }
        problem.accept("the reference to '" + id + "' has " + (args.size() + 1) + " arguments; expected " + syntax);
        return false;
    }

    int size() {
        return args.size();
    }

    String get(int index) {
        return args.get(index);
    }

    /** Argument {@code index} as a word of {@code words} ({@code tok#2} for a second occurrence), 0-based. */
    int word(int index, List<String> words) {
        int at = Tokens.indexOf(words, args.get(index));
        if (at < 0) {
            problem.accept("'" + args.get(index) + "' is not a word of '" + id + "'; expected one of " + words
                    + " (tok#2 for a second occurrence)");
        }
        return at;
    }

    /** Argument {@code index} as a whole number from {@code min} to {@code max}. */
    int whole(int index, int min, int max, String what) {
        String text = args.get(index);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below, with what was expected
        }
        problem.accept("'" + text + "' is not " + what + " of '" + id + "'; expected a whole number from " + min + " to " + max);
        return -1;
    }

    /** Argument {@code index} as one of {@code choices}, by its index; {@code what} names them, e.g. "the vectors". */
    int choice(int index, List<String> choices, String what) {
        int at = choices.indexOf(args.get(index));
        if (at < 0) {
            problem.accept("'" + args.get(index) + "' is not one of " + what + " of '" + id + "'; expected one of "
                    + String.join(", ", choices) + ", as in " + syntax);
        }
        return at;
    }
}
