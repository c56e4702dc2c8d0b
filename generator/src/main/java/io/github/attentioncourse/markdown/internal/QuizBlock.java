package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code quiz} block: one question, lettered options, the right letter and an explanation.
 * Without JavaScript the answer sits in a disclosure; with it, choosing an option gives feedback.
 */
final class QuizBlock {

    static final String INFO = "quiz";
    static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "question: What does softmax return?",
            "at most 2 levels (the block and its options)");
    private static final List<String> KEYS = List.of("question", "options", "answer", "explanation");
    private static final String EXPECTED = "keys question, options (a list of 2 to 8 choices), answer (a letter) and explanation";
    private static final String TEXT = "one line of text";

    private QuizBlock() {
    }

    /** The quiz's HTML, or null after reporting what is wrong with it. */
    static String render(YamlBlock block, String id, UnaryOperator<String> inline) {
        Node root = block.readMapping(EXPECTED);
        Fields fields = root == null ? null : block.fields(root, "the quiz block", KEYS);
        if (fields == null) {
            return null;
        }
        Entry questionEntry = fields.required("question", EXPECTED);
        Entry optionsEntry = fields.required("options", EXPECTED);
        Entry answerEntry = fields.required("answer", EXPECTED);
        Entry explanationEntry = fields.required("explanation", EXPECTED);
        String question = questionEntry == null ? null : Nodes.text(questionEntry, TEXT, block);
        String explanation = explanationEntry == null ? null : Nodes.text(explanationEntry, TEXT, block);
        List<String> options = optionsEntry == null ? null : options(block, optionsEntry);
        String answer = answerEntry == null ? null : Nodes.text(answerEntry, "a letter, such as B", block);
        if (question == null || explanation == null || options == null || answer == null) {
            return null;
        }
        int correct = answer.trim().length() == 1 ? Character.toUpperCase(answer.trim().charAt(0)) - 'A' : -1;
        if (correct < 0 || correct >= options.size()) {
            block.at(answerEntry.keyNode(), "answer '" + answer + "' is not one of the options; expected a letter from A to "
                    + (char) ('A' + options.size() - 1));
            return null;
        }
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"quiz\" id=\"").append(id).append("\" data-quiz>")
                .append("<p class=\"quiz-question\" id=\"").append(id).append("-question\">")
                .append(inline.apply(question)).append("</p>")
                .append("<ol class=\"quiz-options\" type=\"A\" aria-labelledby=\"").append(id).append("-question\">");
        for (int i = 0; i < options.size(); i++) {
            html.append("<li><button type=\"button\" class=\"quiz-option\" data-letter=\"").append((char) ('A' + i))
                    .append('"').append(i == correct ? " data-correct" : "").append('>')
                    .append(inline.apply(options.get(i))).append("</button></li>");
        }
        html.append("</ol><p class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></p>")
                .append("<details class=\"quiz-answer\"><summary>Show the answer</summary><p><strong>")
                .append((char) ('A' + correct)).append(".</strong> ").append(inline.apply(explanation))
                .append("</p></details></div>");
        return html.toString();
    }

    private static List<String> options(YamlBlock block, Entry entry) {
        String expected = "expected a list of 2 to 8 choices, one per line starting with '- '";
        if (!(entry.value() instanceof SequenceNode sequence)) {
            block.at(entry.keyNode(), "options is " + Nodes.describe(entry.value()) + "; " + expected);
            return null;
        }
        if (sequence.getValue().size() < 2 || sequence.getValue().size() > 8) {
            block.at(entry.keyNode(), "options has " + Nodes.count(sequence.getValue().size(), "choice") + "; " + expected);
            return null;
        }
        List<String> options = new ArrayList<>();
        for (Node option : sequence.getValue()) {
            String text = Nodes.text(option, option, "option " + (options.size() + 1), TEXT, block);
            if (text == null) {
                return null;
            }
            options.add(text);
        }
        return options;
    }
}
