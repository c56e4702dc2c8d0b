package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import java.util.List;

/**
 * The step-by-step computation for one query: its dot product with every key, ÷ scale, softmax,
 * and the weighted sum of values, with the real numbers of the trace.
 */
final class WalkThrough {

    private WalkThrough() {
    }

    /**
     * @param id        unique on the page; names the step table's caption
     * @param inExample ends the caption (markup), to tell it from the step tables of other examples
     */
    static String of(String id, String inExample, HeadTrace head, int query, List<String> queries, List<String> keys,
            String scaleText, String divisor) {
        String q = Html.escape(queries.get(query));
        double[] exps = shiftedExponentials(head, query);
        double sum = 0;
        for (double e : exps) {
            sum += e;
        }
        StringBuilder html = new StringBuilder(2048);
        html.append("<ol class=\"steps\">");
        html.append("<li><p><strong>Project.</strong> The query of “").append(q).append("” is its input row times W<sub>Q</sub>: q = ")
                .append(MatrixTable.vector(head.q(), query)).append(". Every key is its input row times W<sub>K</sub>, ")
                .append("every value its input row times W<sub>V</sub>.</p></li>");
        html.append("<li><p><strong>Score, scale, softmax.</strong> Take the dot product of q with each key, divide by ")
                .append(scaleText).append(", then turn the scaled scores into weights that sum to 1: ")
                .append("w<sub>j</sub> = e<sup>x<sub>j</sub> − max</sup> ÷ Σ e<sup>x − max</sup>.</p>");
        html.append(Html.tableStart("step-table", id, "Query “" + q + "” against every key" + inExample))
                .append("<thead><tr><th scope=\"col\">key</th><th scope=\"col\">k</th>")
                .append("<th scope=\"col\">q · k</th><th scope=\"col\">÷ ").append(divisor)
                .append("</th><th scope=\"col\">e<sup>x − max</sup></th><th scope=\"col\">weight</th></tr></thead><tbody>");
        for (int j = 0; j < keys.size(); j++) {
            double scaled = head.scaled().get(query, j);
            boolean masked = ShownWeights.masked(head, query, j);
            double weight = ShownWeights.of(head, query, j);
            html.append(masked ? "<tr class=\"masked\">" : "<tr>").append("<th scope=\"row\">").append(Html.escape(keys.get(j)))
                    .append("</th><td>").append(MatrixTable.vector(head.k(), j))
                    .append("</td><td>").append(Numbers.fixed(head.scores().get(query, j), 2))
                    .append("</td><td>").append(masked ? "masked (" + Numbers.MINUS_INFINITY + ")" : Numbers.fixed(scaled, 2))
                    .append("</td><td>").append(Numbers.fixed(exps[j], 3))
                    .append("</td><td>").append(Html.escape(Weights.twoDecimals(weight)))
                    .append(" (").append(Html.escape(Weights.percent(weight))).append(")</td></tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"4\">Σ</th><td>").append(Numbers.fixed(sum, 3))
                .append("</td><td>").append(Numbers.fixed(rowSum(head, query), 2)).append("</td></tr></tfoot>")
                .append(Html.TABLE_END).append("</li>");
        html.append("<li><p><strong>Mix the values.</strong> The new representation of “").append(q)
                .append("” is the weighted sum of the values: ");
        for (int j = 0; j < keys.size(); j++) {
            html.append(j == 0 ? "" : " + ").append(Html.escape(Weights.twoDecimals(ShownWeights.of(head, query, j))))
                    .append(" × ").append(MatrixTable.vector(head.v(), j));
        }
        html.append(" = <strong>").append(MatrixTable.vector(head.output(), query)).append("</strong>.</p></li></ol>");
        return html.toString();
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
