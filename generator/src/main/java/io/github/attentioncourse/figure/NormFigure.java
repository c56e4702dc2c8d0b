package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.VectorData;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.NormTrace;
import io.github.attentioncourse.model.Weights;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A LayerNorm on one sentence, position by position: y = γ ⊙ (x − μ)/√(σ² + ε) + β. The followed
 * word's steps with their numbers, its three vectors as a chart, every word's mean and variance
 * before and after, and every vector, γ and β as tables and JSON.
 */
public final class NormFigure {

    /**
     * One LayerNorm.
     *
     * @param model  the model's name
     * @param words  the sentence as the model reads it
     * @param name   which LayerNorm it is, e.g. "LN₁ of block 1, before attention"
     * @param key    the same for the JSON, e.g. "block1.norm1"
     * @param trace  its inputs, means, variances and outputs
     * @param params its gain γ and bias β
     * @param focus  the word followed step by step
     */
    public record Norm(String model, List<String> words, String name, String key, NormTrace trace, Weights.Norm params,
            int focus) {

        public Norm {
            words = List.copyOf(words);
        }

        /** √(σ² + ε) of a word: what its centred numbers are divided by. */
        public double spread(int word) {
            return StrictMath.sqrt(trace.variance()[word] + NormTrace.EPSILON);
        }
    }

    private NormFigure() {
    }

    /** The mean of row {@code row}. */
    public static double mean(DMatrixRMaj m, int row) {
        double sum = 0;
        for (int j = 0; j < m.numCols; j++) {
            sum += m.get(row, j);
        }
        return sum / m.numCols;
    }

    /** The variance of row {@code row}, over its d entries (the biased variance, as LayerNorm's). */
    public static double variance(DMatrixRMaj m, int row) {
        double mean = mean(m, row);
        double squares = 0;
        for (int j = 0; j < m.numCols; j++) {
            squares += (m.get(row, j) - mean) * (m.get(row, j) - mean);
        }
        return squares / m.numCols;
    }

    public static Figure render(String id, Norm norm, String source, String caption, String jsonHref) {
        String htmlId = "layernorm-" + id;
        NormTrace t = norm.trace();
        int f = norm.focus();
        int d = t.input().numCols;
        String word = norm.words().get(f);
        String svg = Charts.vectors(new VectorData(htmlId + "-", "“" + word + "” through " + norm.name(),
                "Bar chart of the " + d + " numbers of “" + word + "” before the LayerNorm (x), normalised (x̂: mean 0,"
                        + " variance 1) and after its gain and bias (y). The same numbers are in the tables below.",
                "dimension", "value", FigureFrame.numbered(d),
                List.of(new VectorData.Series("x: in", ResidualFigure.rowOf(t.input(), f)),
                        new VectorData.Series("x̂ = (x − μ) / √(σ² + ε)", ResidualFigure.rowOf(t.normalized(), f)),
                        new VectorData.Series("y = γ ⊙ x̂ + β: out", ResidualFigure.rowOf(t.output(), f)))));
        String in = FigureFrame.in("LayerNorm", id);
        StringBuilder html = FigureFrame.open("layernorm", htmlId, 24_576 + svg.length())
                .append("<div class=\"part part-steps\"><p class=\"part-title\">Step by step for “").append(Html.escape(word))
                .append("”, ").append(Html.escape(norm.name())).append("</p><ol class=\"steps\">")
                .append("<li>The mean of its ").append(d).append(" numbers: μ = (x<sub>1</sub> + … + x<sub>").append(d)
                .append("</sub>) / ").append(d).append(" = <strong>").append(Numbers.fixed(t.mean()[f], 2)).append("</strong></li>")
                .append("<li>Their variance: σ² = ((x<sub>1</sub> − μ)² + … + (x<sub>").append(d).append("</sub> − μ)²) / ")
                .append(d).append(" = <strong>").append(Numbers.fixed(t.variance()[f], 2)).append("</strong></li>")
                .append("<li>Their spread: √(σ² + ε) = <strong>").append(Numbers.fixed(norm.spread(f), 2))
                .append("</strong>, with ε = ").append(Numbers.plain(NormTrace.EPSILON)).append("</li>")
                .append("<li>Centre and divide: x̂ = (x − μ) / ").append(Numbers.fixed(norm.spread(f), 2)).append(" = ")
                .append(MatrixTable.vector(t.normalized(), f)).append(", whose mean is ")
                .append(Numbers.fixed(mean(t.normalized(), f), 2)).append(" and variance ")
                .append(Numbers.fixed(variance(t.normalized(), f), 2)).append("</li>")
                .append("<li>Scale by the gain γ and shift by the bias β, both learned: y = γ ⊙ x̂ + β = ")
                .append(MatrixTable.vector(t.output(), f)).append("</li></ol></div>")
                .append(FigureFrame.chart("vectors", svg))
                .append(moments(htmlId + "-moments", norm, in))
                .append(FigureFrame.fold("Every vector as a table: x, x̂, γ and β, and y",
                        MatrixTable.of(htmlId + "-x", "x, into the LayerNorm" + in, "word", norm.words(),
                                MatrixTable.dimensions(d), t.input())
                        + MatrixTable.of(htmlId + "-normalized", "x̂ = (x − μ) / √(σ² + ε)" + in, "word", norm.words(),
                                MatrixTable.dimensions(d), t.normalized())
                        + MatrixTable.of(htmlId + "-params", "The learned gain γ and bias β" + in, "parameter", List.of("γ", "β"),
                                MatrixTable.dimensions(d), stacked(norm.params()))
                        + MatrixTable.of(htmlId + "-y", "y = γ ⊙ x̂ + β, out of the LayerNorm" + in, "word", norm.words(),
                                MatrixTable.dimensions(d), t.output())));
        FigureFrame.close(html, source, caption, jsonHref, "Every number of this LayerNorm as JSON");
        return new Figure(html.toString(), json(id, norm), 1);
    }

    private static String moments(String tableId, Norm norm, String in) {
        NormTrace t = norm.trace();
        StringBuilder html = new StringBuilder(1024).append(Html.tableStart("matrix", tableId,
                        "Each word's mean and variance, before and after normalising" + in))
                .append("<thead><tr><th scope=\"col\">word</th><th scope=\"col\">mean μ of x</th>")
                .append("<th scope=\"col\">variance σ² of x</th><th scope=\"col\">√(σ² + ε)</th>")
                .append("<th scope=\"col\">mean of x̂</th><th scope=\"col\">variance of x̂</th></tr></thead><tbody>");
        for (int i = 0; i < norm.words().size(); i++) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(norm.words().get(i))).append("</th><td>")
                    .append(Numbers.fixed(t.mean()[i], 2)).append("</td><td>")
                    .append(Numbers.fixed(t.variance()[i], 2)).append("</td><td>")
                    .append(Numbers.fixed(norm.spread(i), 2)).append("</td><td>")
                    .append(Numbers.fixed(mean(t.normalized(), i), 2)).append("</td><td>")
                    .append(Numbers.fixed(variance(t.normalized(), i), 2)).append("</td></tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    private static DMatrixRMaj stacked(Weights.Norm params) {
        int d = params.gain().numCols;
        DMatrixRMaj m = new DMatrixRMaj(2, d);
        for (int j = 0; j < d; j++) {
            m.set(0, j, params.gain().get(0, j));
            m.set(1, j, params.bias().get(0, j));
        }
        return m;
    }

    private static String json(String id, Norm norm) {
        NormTrace t = norm.trace();
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "layernorm");
            json.writeStringField("model", norm.model());
            json.writeStringField("norm", norm.key());
            FigureJson.strings(json, "tokens", norm.words());
            json.writeNumberField("epsilon", NormTrace.EPSILON);
            FigureJson.matrix(json, "input", t.input());
            FigureJson.vector(json, "mean", t.mean());
            FigureJson.vector(json, "variance", t.variance());
            FigureJson.matrix(json, "normalized", t.normalized());
            FigureJson.row(json, "gain", norm.params().gain(), 0);
            FigureJson.row(json, "bias", norm.params().bias(), 0);
            FigureJson.matrix(json, "output", t.output());
        });
    }
}
