package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.Tokens;
import io.github.attentioncourse.figure.References;
import io.github.attentioncourse.figure.References.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one prose reference, or null after reporting at its line what is wrong with it:
 * {@code {{percent|weight|score ID QUERY KEY [HEAD]}}} for a number of an example,
 * {@code {{vector ID TOKEN}}} for an embedding as the block writes it, and
 * {@code {{compare percent|weight|score ID QUERY KEY [HEAD] ID QUERY KEY [HEAD]}}} for how one
 * number stands to another.
 */
final class ReferenceResolver {

    static final String SYNTAX = "{{percent|weight|score EXAMPLE-ID QUERY KEY [HEAD]}}";
    static final String VECTOR = "{{vector EXAMPLE-ID TOKEN}}";
    static final String COMPARE = "{{compare percent|weight|score EXAMPLE-ID QUERY KEY [HEAD] EXAMPLE-ID QUERY KEY [HEAD]}}";
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final Map<String, ComputedExample> examples;
    private final boolean examplesFailed;
    private final Problems problems;
    private int line;
    private String inner;

    /**
     * @param examplesFailed whether some example block of the lesson has errors; references to
     *                       unknown ids are then not reported, since the id may be that block's
     */
    ReferenceResolver(Map<String, ComputedExample> examples, boolean examplesFailed, Problems problems) {
        this.examples = examples;
        this.examplesFailed = examplesFailed;
        this.problems = problems;
    }

    /** @param inner what stands between the braces; @param line its line in the lesson file */
    String resolve(String inner, int line) {
        this.inner = inner;
        this.line = line;
        List<String> words = words(inner);
        if (words.isEmpty()) {
            problems.atLine(line, "empty reference {{}}; expected " + SYNTAX);
            return null;
        }
        String kind = words.get(0).toLowerCase(Locale.ROOT);
        if (kind.equals("vector")) {
            return vector(words);
        }
        if (kind.equals("compare")) {
            return compare(words);
        }
        References number = kind(words.get(0), "unknown reference '" + words.get(0)
                + "'; expected percent, weight, score, vector or compare, as in " + SYNTAX);
        if (number == null) {
            return null;
        }
        if (words.size() < 4 || words.size() > 5) {
            return arguments(words.size() - 1, SYNTAX);
        }
        Cell cell = cell(words, 1, words.size() == 5);
        return cell == null ? null : number.format(cell.trace(), cell.head(), cell.query(), cell.key());
    }

    private String vector(List<String> words) {
        if (words.size() != 3) {
            return arguments(words.size() - 1, VECTOR);
        }
        ComputedExample example = example(words.get(1));
        if (example == null) {
            return null;
        }
        ExampleSpec spec = example.spec();
        String token = token(spec.tokens(), words.get(2));
        token = token != null ? token : token(spec.contextTokens(), words.get(2));
        if (token == null) {
            Set<String> all = new LinkedHashSet<>(spec.tokens());
            all.addAll(spec.contextTokens());
            problems.atLine(line, "'" + words.get(2) + "' is not a token of example '" + words.get(1) + "'; expected one of "
                    + all + " (tok#2 for a second occurrence)");
            return null;
        }
        return References.vector(spec.embeddings().get(token));
    }

    private String compare(List<String> words) {
        if (words.size() < 8 || words.size() > 10) {
            return arguments(words.size() - 1, COMPARE);
        }
        References number = kind(words.get(1), "'" + words.get(1) + "' is not a number to compare; expected percent,"
                + " weight or score, as in " + COMPARE);
        if (number == null) {
            return null;
        }
        // A head number, when given, follows its key; digits there begin the second number only
        // if no room is left for one after them.
        boolean firstHead = DIGITS.matcher(words.get(5)).matches() && words.size() - 6 >= 3;
        int second = firstHead ? 6 : 5;
        if (words.size() - second != 3 && words.size() - second != 4) {
            return arguments(words.size() - 1, COMPARE);
        }
        Cell a = cell(words, 2, firstHead);
        Cell b = cell(words, second, words.size() - second == 4);
        if (a == null || b == null) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            Cell c = i == 0 ? a : b;
            if (!number.comparable(c.trace(), c.head(), c.query(), c.key())) {
                int at = i == 0 ? 2 : second;
                problems.atLine(line, "the score of '" + words.get(at + 1) + "' for '" + words.get(at + 2) + "' in example '"
                        + words.get(at) + "' is masked (-∞); expected two numbers that can be compared, e.g. percent");
                return null;
            }
        }
        return number.compare(a, b);
    }

    /** The example, query, key and head named by words[from…], or null after reporting. */
    private Cell cell(List<String> words, int from, boolean withHead) {
        String id = words.get(from);
        ComputedExample example = example(id);
        if (example == null) {
            return null;
        }
        int query = Tokens.indexOf(example.spec().tokens(), words.get(from + 1));
        if (query < 0) {
            problems.atLine(line, "'" + words.get(from + 1) + "' is not a query token of example '" + id
                    + "'; expected one of " + example.spec().tokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int key = Tokens.indexOf(example.spec().keyTokens(), words.get(from + 2));
        if (key < 0) {
            problems.atLine(line, "'" + words.get(from + 2) + "' is not a key token of example '" + id
                    + "'; expected one of " + example.spec().keyTokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int heads = example.trace().heads().size();
        int head = withHead ? parseHead(words.get(from + 3), heads) : 0;
        if (head < 0) {
            problems.atLine(line, "'" + words.get(from + 3) + "' is not a head of example '" + id
                    + "'; expected a head number from 1 to " + heads);
            return null;
        }
        return new Cell(example.trace(), head, query, key);
    }

    /** The example of that id, or null, reported unless a failed block may be the one it names. */
    private ComputedExample example(String id) {
        ComputedExample example = examples.get(id);
        if (example == null && !examplesFailed) {
            problems.atLine(line, "reference to unknown example '" + id + "'; expected one of the ids in this lesson: "
                    + (examples.isEmpty() ? "(none that computed)" : String.join(", ", examples.keySet())));
        }
        return example;
    }

    private References kind(String word, String unknown) {
        try {
            return References.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.atLine(line, unknown);
            return null;
        }
    }

    private String arguments(int count, String syntax) {
        problems.atLine(line, "reference {{" + inner.trim() + "}} has " + Nodes.count(count, "argument") + "; expected " + syntax);
        return null;
    }

    /** The token a word names, {@code tok} or {@code tok#k}, or null. */
    private static String token(List<String> tokens, String word) {
        int index = Tokens.indexOf(tokens, word);
        return index < 0 ? null : tokens.get(index);
    }

    private static int parseHead(String word, int heads) {
        try {
            int head = Integer.parseInt(word);
            return head >= 1 && head <= heads ? head - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> words(String inner) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(inner);
        while (matcher.find()) {
            words.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return words;
    }
}
