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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces prose references such as {@code {{percent i-love-ai AI love}}} with numbers from the
 * examples' traces. It works on the Markdown source, before the final parse, so that a token
 * like {@code <eos>} or {@code a_b} in a reference is never taken for markup; code spans and
 * code blocks are left alone, so the syntax can be shown literally.
 */
public final class ReferenceSubstitution {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}\\n]*)\\}\\}");

    private ReferenceSubstitution() {
    }

    /**
     * @param examplesFailed whether some example block of the lesson has errors; references to
     *                       unknown ids are then not reported, since the id may be that block's
     */
    public static String apply(String body, Document parsed, Map<String, ComputedExample> examples, boolean examplesFailed,
                               Problems problems) {
        List<int[]> code = codeRanges(parsed);
        ReferenceResolver resolver = new ReferenceResolver(examples, examplesFailed, problems);
        Matcher matcher = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        int last = 0;
        while (matcher.find()) {
            if (inside(code, matcher.start())) {
                continue;
            }
            int line = problems.fileLine(lineOf(body, matcher.start()));
            String value = resolver.resolve(matcher.group(1), line);
            // Escaped, so that "<1%" is not read as the start of a tag, nor ">99%" opening a line as a quote.
            out.append(body, last, matcher.start()).append(value == null ? matcher.group() : Html.escape(value));
            last = matcher.end();
        }
        return out.append(body, last, body.length()).toString();
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
