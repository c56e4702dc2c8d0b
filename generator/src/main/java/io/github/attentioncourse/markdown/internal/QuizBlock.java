package io.github.attentioncourse.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code quiz} block: one question, lettered options, the right letter and an explanation.
 * Without JavaScript the answer sits in a disclosure; with it, choosing an option gives feedback.
 */
final class QuizBlock {

    static final String INFO = "quiz";
    private static final String EXPECTED = "keys question, options (a list of 2 to 8 choices), answer (a letter) and explanation";

    private QuizBlock() {
    }

    /** The quiz's HTML, or null after reporting what is wrong with it. */
    static String render(String yaml, int firstLine, LessonState state, String id, UnaryOperator<String> inline) {
        YamlBlock block = new YamlBlock(firstLine, state);
        Node root = block.compose(yaml, "quiz");
        if (root == null) {
            return null;
        }
        Map<String, Node> fields = block.fields(root, "quiz block", "question", "options", "answer", "explanation");
        if (fields == null) {
            return null;
        }
        Node questionNode = block.required(fields, "question", root, "quiz block", EXPECTED);
        Node optionsNode = block.required(fields, "options", root, "quiz block", EXPECTED);
        Node answerNode = block.required(fields, "answer", root, "quiz block", EXPECTED);
        Node explanationNode = block.required(fields, "explanation", root, "quiz block", EXPECTED);
        String question = questionNode == null ? null : block.text(questionNode, "question");
        String explanation = explanationNode == null ? null : block.text(explanationNode, "explanation");
        List<String> options = optionsNode == null ? null : options(block, optionsNode);
        String answer = answerNode == null ? null : block.text(answerNode, "answer");
        if (question == null || explanation == null || options == null || answer == null) {
            return null;
        }
        int correct = answer.trim().length() == 1 ? Character.toUpperCase(answer.trim().charAt(0)) - 'A' : -1;
        if (correct < 0 || correct >= options.size()) {
            block.error(answerNode, "answer '" + answer + "' is not one of the options; expected a letter from A to "
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

    private static List<String> options(YamlBlock block, Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().size() < 2 || sequence.getValue().size() > 8) {
            block.error(node, "options must be a list of 2 to 8 choices, one per line starting with '- '");
            return null;
        }
        List<String> options = new ArrayList<>();
        for (Node option : sequence.getValue()) {
            String text = block.text(option, "each option");
            if (text == null) {
                return null;
            }
            options.add(text);
        }
        return options;
    }
}
