package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.figure.References.Cell;
import io.github.attentioncourse.figure.References;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code {{compare percent|weight|score ID QUERY KEY [HEAD] ID QUERY KEY [HEAD]}}}: how one number
 * of an attention example stands to another, as the page shows both ("3 percentage points higher
 * than", "the same as"), so that prose comparing two computed numbers cannot drift from them.
 */
final class Comparison {

    static final String VERB = "compare";
    static final String SYNTAX = "{{compare percent|weight|score EXAMPLE-ID QUERY KEY [HEAD] EXAMPLE-ID QUERY KEY [HEAD]}}";
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final Map<String, Computed> blocks;
    private final boolean blocksFailed;
    private final Consumer<String> problem;

    /** @param blocksFailed whether some computed block of the lesson has errors: an unknown id may be its */
    Comparison(Map<String, Computed> blocks, boolean blocksFailed, Consumer<String> problem) {
        this.blocks = blocks;
        this.blocksFailed = blocksFailed;
        this.problem = problem;
    }

    /** @param words the reference's words, {@code compare} first */
    String resolve(List<String> words) {
        if (words.size() < 8 || words.size() > 10) {
            return arguments(words);
        }
        References number;
        try {
            number = List.of("percent", "weight", "score").contains(words.get(1))
                    ? References.valueOf(words.get(1).toUpperCase(Locale.ROOT)) : null;
        } catch (IllegalArgumentException e) {
            number = null;
        }
        if (number == null) {
            problem.accept("'" + words.get(1) + "' is not a number to compare; expected percent, weight or score, as in "
                    + SYNTAX);
            return null;
        }
        // A head number, when given, follows its key; digits there begin the second number only
        // if no room is left for one after them.
        boolean firstHead = DIGITS.matcher(words.get(5)).matches() && words.size() - 6 >= 3;
        int second = firstHead ? 6 : 5;
        if (words.size() - second != 3 && words.size() - second != 4) {
            return arguments(words);
        }
        Cell a = cell(words, 2, firstHead);
        Cell b = a == null ? null : cell(words, second, words.size() - second == 4);
        if (b == null) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            Cell c = i == 0 ? a : b;
            int at = i == 0 ? 2 : second;
            if (!number.comparable(c.trace(), c.head(), c.query(), c.key())) {
                problem.accept("the score of '" + words.get(at + 1) + "' for '" + words.get(at + 2) + "' in example '"
                        + words.get(at) + "' is masked (-∞); expected two numbers that can be compared, e.g. percent");
                return null;
            }
        }
        return number.compare(a, b);
    }

    /** The number that words[from…] name (ID QUERY KEY [HEAD]), or null after reporting. */
    private Cell cell(List<String> words, int from, boolean withHead) {
        Computed block = blocks.get(words.get(from));
        if (block instanceof ComputedExample example) {
            return example.cell(words.subList(from + 1, words.size()), true, withHead, problem);
        }
        if (block != null) {
            problem.accept("'" + words.get(from) + "' is not an attention example; expected the id of one, as in " + SYNTAX);
        } else if (!blocksFailed) {
            problem.accept("reference to unknown example '" + words.get(from) + "'; expected one of the ids in this lesson: "
                    + (blocks.isEmpty() ? "(none that computed)" : String.join(", ", blocks.keySet())));
        }
        return null;
    }

    private String arguments(List<String> words) {
        problem.accept("reference {{" + String.join(" ", words) + "}} has " + Nodes.count(words.size() - 1, "argument") + "; expected "
                + SYNTAX);
        return null;
    }
}
