package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.chart.Formula;
import io.github.attentioncourse.format.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code math} block (GitHub renders the same fence): LaTeX typeset at build time into SVG. A
 * line starting with {@code %} says how the formula reads aloud; without one, the LaTeX itself
 * is the accessible text.
 */
final class MathBlock {

    static final String INFO = "math";

    private MathBlock() {
    }

    static String render(String text, int firstLine, Problems problems, String id) {
        List<String> spoken = new ArrayList<>();
        StringBuilder latex = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("%")) {
                spoken.add(line.strip().substring(1).strip());
            } else {
                latex.append(line).append('\n');
            }
        }
        String formula = latex.toString().strip();
        if (formula.isEmpty()) {
            problems.atLine(firstLine - 1, "empty math block; expected a LaTeX formula such as \\frac{QK^T}{\\sqrt{d_k}}");
            return null;
        }
        String readAloud = spoken.isEmpty() ? formula : String.join(" ", spoken);
        try {
            return "<div class=\"formula\" id=\"" + id + "\">" + Formula.svg(formula, id + "-", readAloud)
                    + "<p class=\"visually-hidden\">" + Html.escape(readAloud) + "</p></div>";
        } catch (IllegalArgumentException e) {
            problems.atLine(firstLine, "LaTeX that cannot be typeset: " + e.getMessage()
                    + "; expected a formula such as \\mathrm{softmax}(QK^T/\\sqrt{d_k})V");
            return null;
        } catch (RuntimeException e) {
            problems.atLine(firstLine, "LaTeX that cannot be typeset (" + e.getClass().getSimpleName()
                    + "); expected a formula such as \\mathrm{softmax}(QK^T/\\sqrt{d_k})V");
            return null;
        }
    }
}
