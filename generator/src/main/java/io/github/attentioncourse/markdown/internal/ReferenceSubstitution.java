package io.github.attentioncourse.markdown.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.format.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces prose references such as {@code {{percent i-love-ai AI love}}} with numbers from the
 * examples' traces. It works on the Markdown source, before the final parse, so that a token
 * like {@code <eos>} or {@code a_b} in a reference is never taken for markup; code spans and
 * code blocks are left alone, so the syntax can be shown literally.
 */
public final class ReferenceSubstitution {

    static final String SYNTAX = "{{percent EXAMPLE-ID QUERY KEY}}";
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}\\n]*)\\}\\}");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private ReferenceSubstitution() {
    }

    /**
     * @param examplesFailed whether some example block of the lesson has errors; references to
     *                       unknown ids are then not reported, since the id may be that block's
     */
    public static String apply(String body, Document parsed, Map<String, Computed> examples, boolean examplesFailed,
                               Problems problems) {
        List<int[]> code = codeRanges(parsed);
        Matcher matcher = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        int last = 0;
        while (matcher.find()) {
            if (inside(code, matcher.start())) {
                continue;
            }
            int line = problems.fileLine(lineOf(body, matcher.start()));
            String value = resolve(matcher.group(1), line, examples, examplesFailed, problems);
            // Escaped, so that "<1%" is not read as the start of a tag, nor ">99%" opening a line as a quote.
            out.append(body, last, matcher.start()).append(value == null ? matcher.group() : Html.escape(value));
            last = matcher.end();
        }
        return out.append(body, last, body.length()).toString();
    }

    private static String resolve(String inner, int line, Map<String, Computed> blocks, boolean blocksFailed,
                                  Problems problems) {
        List<String> words = words(inner);
        if (words.isEmpty()) {
            problems.atLine(line, "empty reference {{}}; expected " + SYNTAX);
            return null;
        }
        String verb = words.get(0);
        if (verb.equals(Comparison.VERB)) {
            return new Comparison(blocks, blocksFailed, message -> problems.atLine(line, message)).resolve(words);
        }
        if (!ComputedBlocks.verbs().contains(verb)) {
            problems.atLine(line, "unknown reference '" + verb + "'; expected one of " + String.join(", ", ComputedBlocks.verbs())
                    + ", as in " + SYNTAX);
            return null;
        }
        if (words.size() < 2) {
            problems.atLine(line, "reference {{" + inner.trim() + "}} names no block; expected " + SYNTAX);
            return null;
        }
        Computed block = blocks.get(words.get(1));
        if (block == null && blocksFailed) {
            return null;
        }
        if (block == null) {
            problems.atLine(line, "reference to unknown example '" + words.get(1) + "'; expected one of the ids in this lesson: "
                    + (blocks.isEmpty() ? "(none that computed)" : String.join(", ", blocks.keySet())));
            return null;
        }
        if (!block.verbs().contains(verb)) {
            problems.atLine(line, "'" + words.get(1) + "' has no " + verb + "; expected " + (block.verbs().isEmpty()
                    ? "a reference to a block with numbers: '" + words.get(1) + "' has none to refer to"
                    : "one of " + String.join(", ", block.verbs())));
            return null;
        }
        return block.reference(verb, words.subList(2, words.size()), message -> problems.atLine(line, message));
    }

    private static List<String> words(String inner) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(inner);
        while (matcher.find()) {
            words.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return words;
    }

    private static List<int[]> codeRanges(Document document) {
        List<int[]> ranges = new ArrayList<>();
        collectCode(document, ranges);
        return ranges;
    }

    private static void collectCode(Node node, List<int[]> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code || child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock
                    || child instanceof HtmlBlock) {
                into.add(new int[] {child.getStartOffset(), child.getEndOffset()});
            } else {
                collectCode(child, into);
            }
        }
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] range : ranges) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The message for a reference with the wrong number of arguments, told to {@code problem}; returns null. */
    static String wrongArguments(String verb, String id, List<String> args, String expected, Consumer<String> problem) {
        problem.accept("{{" + verb + " " + id + " …}} has " + (args.size() + 1) + " arguments; expected " + expected);
        return null;
    }
}
