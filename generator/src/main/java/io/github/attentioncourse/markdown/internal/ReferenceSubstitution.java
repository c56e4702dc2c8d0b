package io.github.attentioncourse.markdown.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.example.Tokens;
import io.github.attentioncourse.figure.References;
import io.github.attentioncourse.format.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces prose references such as {@code {{percent i-love-ai AI love}}} with numbers from the
 * examples' traces. It works on the Markdown source, before the final parse, so that a token
 * like {@code <eos>} or {@code a_b} in a reference is never taken for markup; code spans and
 * code blocks are left alone, so the syntax can be shown literally.
 */
public final class ReferenceSubstitution {

    static final String SYNTAX = "{{percent|weight|score EXAMPLE-ID QUERY KEY [HEAD]}}";
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}\\n]*)\\}\\}");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private ReferenceSubstitution() {
    }

    /**
     * @param examplesFailed whether some example block of the lesson has errors; references to
     *                       unknown ids are then not reported, since the id may be that block's
     */
    public static String apply(String body, Document parsed, Map<String, ComputedExample> examples, boolean examplesFailed,
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

    private static String resolve(String inner, int line, Map<String, ComputedExample> examples, boolean examplesFailed,
                                  Problems problems) {
        List<String> words = words(inner);
        if (words.isEmpty()) {
            problems.atLine(line, "empty reference {{}}; expected " + SYNTAX);
            return null;
        }
        References kind;
        try {
            kind = References.valueOf(words.get(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.atLine(line, "unknown reference '" + words.get(0) + "'; expected percent, weight or score, as in " + SYNTAX);
            return null;
        }
        if (words.size() < 4 || words.size() > 5) {
            problems.atLine(line, "reference {{" + inner.trim() + "}} has " + (words.size() - 1)
                    + " arguments; expected " + SYNTAX);
            return null;
        }
        ComputedExample example = examples.get(words.get(1));
        if (example == null && examplesFailed) {
            return null;
        }
        if (example == null) {
            problems.atLine(line, "reference to unknown example '" + words.get(1) + "'; expected one of the ids in this lesson: "
                    + (examples.isEmpty() ? "(none that computed)" : String.join(", ", examples.keySet())));
            return null;
        }
        int query = Tokens.indexOf(example.spec().tokens(), words.get(2));
        if (query < 0) {
            problems.atLine(line, "'" + words.get(2) + "' is not a query token of example '" + words.get(1)
                    + "'; expected one of " + example.spec().tokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int key = Tokens.indexOf(example.spec().keyTokens(), words.get(3));
        if (key < 0) {
            problems.atLine(line, "'" + words.get(3) + "' is not a key token of example '" + words.get(1)
                    + "'; expected one of " + example.spec().keyTokens() + " (tok#2 for a second occurrence)");
            return null;
        }
        int heads = example.trace().heads().size();
        int head = 0;
        if (words.size() == 5) {
            head = parseHead(words.get(4), heads);
            if (head < 0) {
                problems.atLine(line, "'" + words.get(4) + "' is not a head of example '" + words.get(1)
                        + "'; expected a head number from 1 to " + heads);
                return null;
            }
        }
        return kind.format(example.trace(), head, query, key);
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
}
