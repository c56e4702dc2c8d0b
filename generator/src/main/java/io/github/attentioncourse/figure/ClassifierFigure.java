package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.engine.LinearClassifier;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A linear layer and a softmax worked through: each class's score as the sum it is, its exponential
 * and its probability, as a table; the probabilities as a bar chart; the loss for the right class;
 * and every number as JSON.
 */
public final class ClassifierFigure {

    /**
     * A classifier with its names.
     *
     * @param features names of the input's numbers
     * @param classes  names of the classes
     * @param target   the right class, or −1 when none is given
     */
    public record Named(List<String> features, List<String> classes, LinearClassifier classifier, int target) {

        public Named {
            features = List.copyOf(features);
            classes = List.copyOf(classes);
        }

        /** Whether one class is more probable than every other. */
        public boolean hasTop() {
            double[] p = classifier.probabilities();
            for (int j = 0; j < p.length; j++) {
                if (j != top() && p[j] == p[top()]) {
                    return false;
                }
            }
            return true;
        }

        /** The most probable class (the first, on a tie). */
        public int top() {
            double[] p = classifier.probabilities();
            int best = 0;
            for (int j = 1; j < p.length; j++) {
                if (p[j] > p[best]) {
                    best = j;
                }
            }
            return best;
        }
    }

    private ClassifierFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param caption  the author's text under the figure, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, Named named, String caption, String jsonHref) {
        String htmlId = "classifier-" + id;
        LinearClassifier c = named.classifier();
        double[] z = c.logits();
        double[] p = c.probabilities();
        StringBuilder html = FigureFrame.open("classifier", htmlId, 16_384);
        html.append("<p class=\"part-title\">Input x: ");
        for (int i = 0; i < c.input().length; i++) {
            html.append(i == 0 ? "" : ", ").append(Html.escape(named.features().get(i))).append(" = ")
                    .append(Numbers.fixed(c.input()[i], 2));
        }
        html.append("</p>").append(Html.tableStart("classifier-steps", htmlId + "-steps", "Each class's score z = x·W + b,"
                + " its exponential and its probability e<sup>z</sup> ÷ Σ e<sup>z</sup>"))
                .append("<thead><tr><th scope=\"col\">class</th><th scope=\"col\">score z = x·W + b</th>"
                        + "<th scope=\"col\">e<sup>z</sup></th><th scope=\"col\">probability</th></tr></thead><tbody>");
        for (int j = 0; j < z.length; j++) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(named.classes().get(j))).append("</th><td>")
                    .append(sum(c, j)).append(" = <strong>").append(Numbers.fixed(z[j], 2)).append("</strong></td><td>")
                    .append(Numbers.fixed(StrictMath.exp(z[j]), 2)).append("</td><td>")
                    .append(Html.escape(Weights.percent(p[j]))).append("</td></tr>");
        }
        html.append("</tbody>").append(Html.TABLE_END);
        html.append(weightsTable(htmlId + "-weights", named));
        String title = "Probability of each class";
        String description = "Bar chart of the probability the classifier gives each of its " + z.length
                + " classes; they sum to 100%. The same numbers are in the table above.";
        html.append("<div class=\"chart\">").append(Charts.bars(new BarData(htmlId + "-bars-", title, description,
                named.classes(), p, named.hasTop() ? named.top() : -1, "class", "probability"))).append("</div>");
        if (named.target() >= 0) {
            html.append("<p class=\"classifier-loss\">The right class is “").append(Html.escape(named.classes().get(named.target())))
                    .append("”: the loss is −ln ").append(Numbers.fixed(p[named.target()], 4)).append(" = <strong>")
                    .append(Numbers.fixed(c.loss(named.target()), 2)).append("</strong>.</p>");
        }
        return new Figure(FigureFrame.close(html, null, caption, jsonHref, "Every number of this classifier as JSON"), json(id, named), 1);
    }

    /** The score's sum written out, e.g. "0.90 × 2.00 + 0.10 × (−1.00) + 0.50". */
    private static String sum(LinearClassifier c, int j) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < c.input().length; i++) {
            text.append(i == 0 ? "" : " + ").append(signed(c.input()[i])).append(" × ").append(signed(c.weights()[i][j]));
        }
        return text.append(" + ").append(signed(c.bias()[j])).toString();
    }

    /** A negative number in brackets, so that "+ (−1.00)" reads as the sum it is. */
    private static String signed(double value) {
        String text = Numbers.fixed(value, 2);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    private static String json(String id, Named named) {
        LinearClassifier c = named.classifier();
        return FigureJson.object(json -> {
            json.writeStringField("kind", "classifier");
            json.writeStringField("id", id);
            FigureJson.strings(json, "features", named.features());
            FigureJson.strings(json, "classes", named.classes());
            FigureJson.vector(json, "input", c.input());
            FigureJson.rows(json, "weights", c.weights());
            FigureJson.vector(json, "bias", c.bias());
            FigureJson.vector(json, "logits", c.logits());
            FigureJson.vector(json, "probabilities", c.probabilities());
            if (named.target() >= 0) {
                json.writeStringField("target", named.classes().get(named.target()));
                json.writeNumberField("loss", c.loss(named.target()));
            }
        });
    }

    /** W and b, with rows named by input and columns by class. */
    private static String weightsTable(String id, Named named) {
        LinearClassifier c = named.classifier();
        double[][] rows = new double[c.weights().length + 1][];
        System.arraycopy(c.weights(), 0, rows, 0, c.weights().length);
        rows[rows.length - 1] = c.bias();
        List<String> names = new ArrayList<>(named.features());
        names.add("bias b");
        return "<details class=\"part part-tables\"><summary>The weights W and the bias b as a table</summary>"
                + MatrixTable.of(id, "W (a row per input number, a column per class) and b", "input \\ class", names,
                        named.classes(), new DMatrixRMaj(rows))
                + "</details>";
    }
}
