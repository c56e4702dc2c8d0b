package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.AdditiveScore;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The step-by-step computation for one query: its score against every key (a dot product, an
 * additive score, or a dot product of rotated vectors), ÷ scale, softmax, and the weighted sum of
 * values, with the real numbers of the trace.
 */
final class WalkThrough {

    private WalkThrough() {
    }

    /**
     * @param id        unique on the page; names the step table's caption
     * @param inExample ends the caption (markup), to tell it from the step tables of other examples
     * @param scaleText how the step names the divisor, e.g. "√d<sub>k</sub> = √2 ≈ 1.41"; null when
     *                  the scores are not scaled (additive scores by default)
     */
    static String of(String id, String inExample, HeadTrace head, int query, List<String> queries, List<String> keys,
            String scaleText, String divisor) {
        String q = Html.escape(queries.get(query));
        double[] exps = shiftedExponentials(head, query);
        double sum = 0;
        for (double e : exps) {
            sum += e;
        }
        boolean additive = head.vA() != null;
        boolean rotated = head.qRotated() != null;
        StringBuilder html = new StringBuilder(2048);
        html.append("<ol class=\"steps\">");
        html.append("<li><p><strong>Project.</strong> The query of “").append(q).append("” is its input row times W<sub>Q</sub>: q = ")
                .append(MatrixTable.vector(head.q(), query)).append(". Every key is its input row times W<sub>K</sub>, ")
                .append("every value its input row times W<sub>V</sub>.");
        if (rotated) {
            html.append(" Rotary position embeddings then turn each query and key by its position (counted from 0):")
                    .append(" “").append(q).append("” stands at position ").append(query).append(", so q̃ = ")
                    .append(MatrixTable.vector(head.qRotated(), query)).append('.');
        }
        html.append("</p></li>");
        html.append("<li><p><strong>").append(scaleText == null ? "Score, softmax." : "Score, scale, softmax.")
                .append("</strong> ").append(scoring(head, rotated, additive))
                .append(scaleText == null ? " Additive scores are not scaled: turn them into weights that sum to 1: "
                        : " Divide by " + scaleText + ", then turn the scaled scores into weights that sum to 1: ")
                .append("w<sub>j</sub> = e<sup>x<sub>j</sub> − max</sup> ÷ Σ e<sup>x − max</sup>.</p>");
        html.append(Html.tableStart("step-table", id, "Query “" + q + "” against every key" + inExample))
                .append("<thead><tr><th scope=\"col\">key</th><th scope=\"col\">").append(rotated ? "k̃" : "k").append("</th>");
        if (additive) {
            html.append("<th scope=\"col\">tanh(q + k)</th>");
        }
        html.append("<th scope=\"col\">").append(scoreHeader(rotated, additive)).append("</th><th scope=\"col\">÷ ").append(divisor)
                .append("</th><th scope=\"col\">e<sup>x − max</sup></th><th scope=\"col\">weight</th></tr></thead><tbody>");
        for (int j = 0; j < keys.size(); j++) {
            double scaled = head.scaled().get(query, j);
            boolean masked = ShownWeights.masked(head, query, j);
            double weight = ShownWeights.of(head, query, j);
            html.append(masked ? "<tr class=\"masked\">" : "<tr>").append("<th scope=\"row\">").append(Html.escape(keys.get(j)))
                    .append("</th><td>").append(MatrixTable.vector(head.scoredK(), j)).append("</td>");
            if (additive) {
                html.append("<td>").append(MatrixTable.vector(AdditiveScore.hidden(head.scoredQ(), query, head.scoredK(), j), 0))
                        .append("</td>");
            }
            html.append("<td>").append(Numbers.fixed(head.scores().get(query, j), 2))
                    .append("</td><td>").append(masked ? "masked (" + Numbers.MINUS_INFINITY + ")" : Numbers.fixed(scaled, 2))
                    .append("</td><td>").append(Numbers.fixed(exps[j], 3))
                    .append("</td><td>").append(Html.escape(Weights.twoDecimals(weight)))
                    .append(" (").append(Html.escape(Weights.percent(weight))).append(")</td></tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"").append(additive ? 5 : 4).append("\">Σ</th><td>")
                .append(Numbers.fixed(sum, 3)).append("</td><td>").append(Numbers.fixed(rowSum(head, query), 2))
                .append("</td></tr></tfoot>").append(Html.TABLE_END).append("</li>");
        html.append("<li><p><strong>Mix the values.</strong> The new representation of “").append(q)
                .append("” is the weighted sum of the values: ");
        for (int j = 0; j < keys.size(); j++) {
            html.append(j == 0 ? "" : " + ").append(Html.escape(Weights.twoDecimals(ShownWeights.of(head, query, j))))
                    .append(" × ").append(MatrixTable.vector(head.v(), j));
        }
        html.append(" = <strong>").append(MatrixTable.vector(head.output(), query)).append("</strong>.</p></li></ol>");
        return html.toString();
    }

    /** How the step says a query meets a key. */
    private static String scoring(HeadTrace head, boolean rotated, boolean additive) {
        if (additive) {
            DMatrixRMaj vA = CommonOps_DDRM.transpose(head.vA(), null);
            return "Add q to each key, take the tanh of every number, and weigh the results with v<sub>a</sub> = "
                    + MatrixTable.vector(vA, 0) + ": the additive score is v<sub>a</sub><sup>T</sup> tanh(q + k).";
        }
        return rotated ? "Take the dot product of q̃ with each turned key k̃." : "Take the dot product of q with each key.";
    }

    /** The heading of the score column, as the score is computed. */
    static String scoreHeader(boolean rotated, boolean additive) {
        if (additive) {
            return "v<sub>a</sub><sup>T</sup> tanh(q + k)";
        }
        return rotated ? "q̃ · k̃" : "q · k";
    }

    /** e^(x_j − max) over the visible keys, 0 for masked ones: the numerators of the softmax. */
    private static double[] shiftedExponentials(HeadTrace head, int query) {
        int m = head.scaled().numCols;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, head.scaled().get(query, j));
        }
        double[] exps = new double[m];
        for (int j = 0; j < m; j++) {
            double x = head.scaled().get(query, j);
            exps[j] = Double.isInfinite(x) ? 0 : StrictMath.exp(x - max);
        }
        return exps;
    }

    private static double rowSum(HeadTrace head, int query) {
        double sum = 0;
        for (int j = 0; j < head.weights().numCols; j++) {
            sum += head.weights().get(query, j);
        }
        return sum;
    }
}
