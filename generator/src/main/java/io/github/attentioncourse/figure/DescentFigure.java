package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.LineData;
import io.github.attentioncourse.engine.OneWeightDescent;
import io.github.attentioncourse.engine.OneWeightDescent.Step;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import java.util.List;

/**
 * Gradient descent on one weight as the page shows it: the loss as a curve over the weight with
 * each step marked on it, the steps as a table (weight, loss, slope, move), and every number as JSON.
 */
public final class DescentFigure {

    /** Points on the loss curve: enough for a parabola to look smooth at the chart's width. */
    private static final int CURVE_POINTS = 101;

    /**
     * A run of gradient descent.
     *
     * @param points the (x, y) pairs the weight is fitted to
     * @param rate   the learning rate η
     * @param steps  the start and every step after it
     */
    public record Run(double[][] points, double rate, List<Step> steps) {

        public Run {
            points = points.clone();
            steps = List.copyOf(steps);
        }

        /** The weight with the least loss. */
        public double best() {
            return OneWeightDescent.best(points);
        }

        /** How many steps land on the other side of the best weight from where they started. */
        public int crossings() {
            double best = best();
            int count = 0;
            for (int t = 1; t < steps.size(); t++) {
                count += Math.signum(steps.get(t).w() - best) * Math.signum(steps.get(t - 1).w() - best) < 0 ? 1 : 0;
            }
            return count;
        }

        /**
         * The learning rate above which the steps grow instead of settling: the loss is a parabola
         * with curvature L'' = 2·mean(x²), and a step scales the distance to the best weight by
         * 1 − η·L'', which is shorter than −1 for η above 2 ÷ L'' = 1 ÷ mean(x²).
         */
        public double limit() {
            double xx = 0;
            for (double[] p : points) {
                xx += p[0] * p[0];
            }
            return points.length / xx;
        }

        /** The points as prose writes them: "(1, 2.5), (2, 3.5) and (3, 6.5)". */
        public String pointsText() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < points.length; i++) {
                text.append(i == 0 ? "" : i == points.length - 1 ? " and " : ", ").append('(')
                        .append(Numbers.plain(points[i][0])).append(", ").append(Numbers.plain(points[i][1])).append(')');
            }
            return text.toString();
        }

        /** The loss written out: "((w·1 − 2.5)² + (w·2 − 3.5)²) ÷ 2". */
        public String lossText() {
            StringBuilder text = new StringBuilder("(");
            for (int i = 0; i < points.length; i++) {
                double y = points[i][1];
                text.append(i == 0 ? "" : " + ").append("(w·").append(Numbers.plain(points[i][0]))
                        .append(y < 0 ? " + " : " − ").append(Numbers.plain(Math.abs(y))).append(")²");
            }
            return text.append(") ÷ ").append(points.length).toString();
        }

        public Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    private DescentFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param caption  the author's text under the figure, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, Run run, String caption, String jsonHref) {
        String htmlId = "descent-" + id;
        double[][] curve = curve(run);
        int n = run.steps().size();
        double[] w = new double[n];
        double[] loss = new double[n];
        for (int t = 0; t < n; t++) {
            w[t] = run.steps().get(t).w();
            loss[t] = run.steps().get(t).loss();
        }
        String description = "Line chart of the loss L(w) over the weight w, a parabola whose lowest point is at w = "
                + Numbers.fixed(run.best(), 2) + ", with the " + (n - 1) + " steps of gradient descent (learning rate "
                + Numbers.plain(run.rate()) + ") marked on it, joined in order: from w = " + Numbers.fixed(w[0], 2)
                + " (loss " + Numbers.fixed(loss[0], 2) + ") to w = " + Numbers.fixed(w[n - 1], 2) + " (loss "
                + Numbers.fixed(loss[n - 1], 2) + "). The steps are in the table below the chart.";
        String svg = Charts.line(new LineData(htmlId + "-", "Gradient descent with learning rate " + Numbers.plain(run.rate()),
                description, "weight w", "loss L(w)", List.of(new LineData.Series("loss L(w)", curve[0], curve[1], false),
                        new LineData.Series("steps", w, loss, true))));
        StringBuilder html = FigureFrame.open("descent", htmlId, 16_384);
        html.append("<div class=\"chart chart-line\">").append(svg).append("</div>")
                .append(Html.tableStart("descent-steps", htmlId + "-table", "Each step: the slope dL/dw at w, and w − "
                        + Numbers.plain(run.rate()) + " × slope, where the next step starts"))
                .append("<thead><tr><th scope=\"col\">step</th><th scope=\"col\">w</th><th scope=\"col\">loss L(w)</th>"
                        + "<th scope=\"col\">slope dL/dw</th><th scope=\"col\">next w</th></tr></thead><tbody>");
        for (int t = 0; t < n; t++) {
            Step s = run.steps().get(t);
            html.append("<tr><th scope=\"row\">").append(t).append("</th><td>").append(Numbers.fixed(s.w(), 2))
                    .append("</td><td>").append(Numbers.fixed(s.loss(), 2)).append("</td><td>")
                    .append(Numbers.fixed(s.gradient(), 2)).append("</td><td>")
                    .append(t + 1 < n ? Numbers.fixed(run.steps().get(t + 1).w(), 2) : "–").append("</td></tr>");
        }
        html.append("</tbody>").append(Html.TABLE_END);
        return new Figure(FigureFrame.close(html, null, caption, jsonHref, "Every number of this descent as JSON"), json(id, run, curve), 1);
    }

    /** The loss at evenly spaced weights around every step and the best weight: [w values, losses]. */
    private static double[][] curve(Run run) {
        double low = run.best();
        double high = low;
        for (Step s : run.steps()) {
            low = Math.min(low, s.w());
            high = Math.max(high, s.w());
        }
        double margin = Math.max((high - low) * 0.1, 0.5);
        low -= margin;
        high += margin;
        double[][] curve = new double[2][CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            curve[0][i] = low + (high - low) * i / (CURVE_POINTS - 1);
            curve[1][i] = OneWeightDescent.loss(run.points(), curve[0][i]);
        }
        return curve;
    }

    private static String json(String id, Run run, double[][] curve) {
        return FigureJson.object(json -> {
            json.writeStringField("kind", "descent");
            json.writeStringField("id", id);
            FigureJson.rows(json, "points", run.points());
            json.writeNumberField("learning_rate", run.rate());
            json.writeArrayFieldStart("steps");
            for (Step s : run.steps()) {
                json.writeStartObject();
                json.writeNumberField("step", s.step());
                json.writeNumberField("w", s.w());
                json.writeNumberField("loss", s.loss());
                json.writeNumberField("gradient", s.gradient());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("best_w", run.best());
            json.writeNumberField("best_loss", OneWeightDescent.loss(run.points(), run.best()));
            json.writeNumberField("crossings", run.crossings());
            json.writeNumberField("largest_settling_rate", run.limit());
            FigureJson.vector(json, "curve_w", curve[0]);
            FigureJson.vector(json, "curve_loss", curve[1]);
        });
    }
}
