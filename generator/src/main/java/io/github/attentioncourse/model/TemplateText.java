package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.model.Grammar.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Parses one template, {@code the {animal} was {animal-adjective|place-adjective}}, into words and slots. */
final class TemplateText {

    private final String text;
    private final int line;
    private final Map<String, List<String>> slots;
    private final List<List<String>> parts = new ArrayList<>();
    private final List<String> fixed = new ArrayList<>();
    private String problem;

    TemplateText(String text, int line, Map<String, List<String>> slots) {
        this.text = text;
        this.line = line;
        this.slots = slots;
    }

    /** The template, or null if it is not valid; then {@link #problem} says why. */
    Template parse() {
        int at = 0;
        while (at < text.length() && problem == null) {
            int open = text.indexOf('{', at);
            int close = text.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                fail("a '}' without its '{'; expected slots written as {name}");
                break;
            }
            words(text.substring(at, open < 0 ? text.length() : open));
            if (open < 0) {
                break;
            }
            int end = text.indexOf('}', open);
            if (end < 0) {
                fail("a '{' that is never closed; expected slots written as {name}");
                break;
            }
            slot(text.substring(open + 1, end));
            at = end + 1;
        }
        if (problem == null && parts.isEmpty()) {
            problem = "the template " + Nodes.quote(text) + " has no words; expected text such as "
                    + "'the {animal} was {animal-adjective}'";
        }
        return problem == null ? new Template(text, line, parts, fixed) : null;
    }

    String problem() {
        return problem;
    }

    private void words(String literal) {
        if (literal.indexOf('\t') >= 0) {
            fail("a tab; expected words separated by spaces");
            return;
        }
        for (String word : Tokenizer.split(literal)) {
            String wordProblem = CorpusText.wordProblem(word);
            if (wordProblem != null) {
                fail(wordProblem);
            }
            parts.add(null);
            fixed.add(word);
        }
    }

    private void slot(String inside) {
        List<String> names = Arrays.stream(inside.split("\\|", -1)).map(String::strip).toList();
        for (String name : names) {
            if (!slots.containsKey(name)) {
                fail("{" + inside + "} names " + (name.isEmpty() ? "no slot" : "'" + name + "', which is not a slot")
                        + "; expected one of: " + String.join(", ", slots.keySet()));
                return;
            }
        }
        parts.add(names);
        fixed.add(null);
    }

    private void fail(String what) {
        if (problem == null) {
            problem = "in the template " + Nodes.quote(text) + ": " + what;
        }
    }
}
