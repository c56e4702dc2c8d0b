package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.VectorData;
import io.github.attentioncourse.engine.HeadWeights;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.LayerTrace;
import io.github.attentioncourse.model.NormTrace;
import io.github.attentioncourse.model.Weights;
import java.io.IOException;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A residual connection on one sentence: the stream x entering a sub-layer, what the sub-layer
 * adds (Attention(LN₁(x)) or FFN(LN₂(x))) and their sum, every vector as a table; the followed
 * word's three vectors as a chart; and the sub-layer's own parameters in the JSON, so that the
 * addition can be recomputed from its inputs.
 */
public final class ResidualFigure {

    /**
     * One residual sum.
     *
     * @param model       the model's name
     * @param words       the sentence as the model reads it
     * @param layer       the block, 1-based
     * @param feedForward whether the sub-layer is the feed-forward network (else attention)
     * @param trace       the block's forward pass on the sentence
     * @param block       the block's parameters
     * @param causal      whether the model's attention is masked to earlier words
     * @param focus       the word the chart follows
     */
    public record Sum(String model, List<String> words, int layer, boolean feedForward, LayerTrace trace,
            Weights.Block block, boolean causal, int focus) {

        public Sum {
            words = List.copyOf(words);
        }

        /** x: the stream entering the sub-layer. */
        public DMatrixRMaj stream() {
            return feedForward ? trace.afterAttention() : trace.input();
        }

        /** What the sub-layer adds to the stream. */
        public DMatrixRMaj added() {
            return feedForward ? trace.feedForward() : trace.attention().output();
        }

        /** x plus what was added: the stream leaving the sub-layer. */
        public DMatrixRMaj sum() {
            return feedForward ? trace.output() : trace.afterAttention();
        }

        /** How the page writes what is added, e.g. Attention(LN₁(x)). */
        public String addedName() {
            return feedForward ? "FFN(LN₂(x))" : "Attention(LN₁(x))";
        }
    }

    private ResidualFigure() {
    }

    /** The length ‖v‖ of row {@code row}: the square root of the sum of its squares. */
    public static double length(DMatrixRMaj m, int row) {
        double squares = 0;
        for (int j = 0; j < m.numCols; j++) {
            squares += m.get(row, j) * m.get(row, j);
        }
        return StrictMath.sqrt(squares);
    }

    public static Figure render(String id, Sum sum, String source, String caption, String jsonHref) {
        String htmlId = "residual-" + id;
        String word = sum.words().get(sum.focus());
        String added = sum.addedName();
        String svg = Charts.vectors(new VectorData(htmlId + "-", "The stream of “" + word + "” before and after "
                + (sum.feedForward() ? "the feed-forward network" : "attention") + " adds to it",
                "Bar chart of the " + sum.stream().numCols + " numbers of x, the stream entering the sub-layer, of "
                        + added + ", what the sub-layer adds, and of their sum, for “" + word
                        + "”. The same numbers are in the tables below the chart.",
                "dimension", "value", FigureFrame.numbered(sum.stream().numCols),
                List.of(new VectorData.Series("x: the stream in", rowOf(sum.stream(), sum.focus())),
                        new VectorData.Series(added + ": added", rowOf(sum.added(), sum.focus())),
                        new VectorData.Series("x + " + added + ": the stream out", rowOf(sum.sum(), sum.focus())))));
        String in = FigureFrame.in("residual sum", id);
        StringBuilder html = FigureFrame.open("residual", htmlId, 16_384 + svg.length())
                .append("<p class=\"part-title\">“").append(Html.escape(word)).append("”: x + ").append(added)
                .append(", dimension by dimension</p>").append(FigureFrame.chart("vectors", svg))
                .append(lengths(htmlId + "-lengths", sum, in))
                .append(FigureFrame.fold("Every vector as a table: x, " + added + " and their sum",
                        MatrixTable.of(htmlId + "-x", "x, the stream entering the sub-layer" + in, "word", sum.words(),
                                MatrixTable.dimensions(sum.stream().numCols), sum.stream())
                        + MatrixTable.of(htmlId + "-added", Html.escape(added) + ", what the sub-layer adds" + in, "word",
                                sum.words(), MatrixTable.dimensions(sum.added().numCols), sum.added())
                        + MatrixTable.of(htmlId + "-sum", "x + " + Html.escape(added) + ", the stream leaving it" + in, "word",
                                sum.words(), MatrixTable.dimensions(sum.sum().numCols), sum.sum())));
        FigureFrame.close(html, source, caption, jsonHref, "Every number of this residual sum as JSON");
        return new Figure(html.toString(), json(id, sum), 1);
    }

    private static String lengths(String tableId, Sum sum, String in) {
        StringBuilder html = new StringBuilder(1024).append(Html.tableStart("matrix", tableId,
                        "How long each vector is (‖v‖, the square root of the sum of its squares)" + in))
                .append("<thead><tr><th scope=\"col\">word</th><th scope=\"col\">‖x‖</th><th scope=\"col\">‖")
                .append(Html.escape(sum.addedName())).append("‖</th><th scope=\"col\">‖x + ")
                .append(Html.escape(sum.addedName())).append("‖</th></tr></thead><tbody>");
        for (int i = 0; i < sum.words().size(); i++) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(sum.words().get(i))).append("</th><td>")
                    .append(Numbers.fixed(length(sum.stream(), i), 2)).append("</td><td>")
                    .append(Numbers.fixed(length(sum.added(), i), 2)).append("</td><td>")
                    .append(Numbers.fixed(length(sum.sum(), i), 2)).append("</td></tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    static double[] rowOf(DMatrixRMaj m, int row) {
        double[] values = new double[m.numCols];
        for (int j = 0; j < values.length; j++) {
            values[j] = m.get(row, j);
        }
        return values;
    }

    private static String json(String id, Sum sum) {
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "residual");
            json.writeStringField("model", sum.model());
            FigureJson.strings(json, "tokens", sum.words());
            json.writeNumberField("layer", sum.layer());
            json.writeStringField("sublayer", sum.feedForward() ? "feed-forward" : "attention");
            FigureJson.matrix(json, "stream", sum.stream());
            if (sum.feedForward()) {
                feedForward(json, sum.block());
            } else {
                attention(json, sum);
            }
            FigureJson.matrix(json, "added", sum.added());
            FigureJson.matrix(json, "sum", sum.sum());
        });
    }

    private static void attention(JsonGenerator json, Sum sum) throws IOException {
        Weights.Block block = sum.block();
        FigureJson.row(json, "norm_gain", block.norm1().gain(), 0);
        FigureJson.row(json, "norm_bias", block.norm1().bias(), 0);
        json.writeNumberField("norm_epsilon", NormTrace.EPSILON);
        json.writeStringField("mask", sum.causal() ? "causal" : "none");
        json.writeArrayFieldStart("heads");
        for (HeadWeights head : block.heads()) {
            json.writeStartObject();
            FigureJson.matrix(json, "w_q", head.wQ());
            FigureJson.matrix(json, "w_k", head.wK());
            FigureJson.matrix(json, "w_v", head.wV());
            json.writeEndObject();
        }
        json.writeEndArray();
        FigureJson.matrix(json, "w_o", block.wO());
    }

    private static void feedForward(JsonGenerator json, Weights.Block block) throws IOException {
        FigureJson.row(json, "norm_gain", block.norm2().gain(), 0);
        FigureJson.row(json, "norm_bias", block.norm2().bias(), 0);
        json.writeNumberField("norm_epsilon", NormTrace.EPSILON);
        FigureJson.matrix(json, "w1", block.w1());
        FigureJson.row(json, "b1", block.b1(), 0);
        FigureJson.matrix(json, "w2", block.w2());
        FigureJson.row(json, "b2", block.b2(), 0);
    }
}
