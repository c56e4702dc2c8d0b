package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.VectorData;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.LayerTrace;
import io.github.attentioncourse.model.Weights;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A block's feed-forward network on one sentence, position by position:
 * FFN(z) = GELU(z·W₁ + b₁)·W₂ + b₂, z being the LayerNorm'ed stream. The followed word's steps,
 * its hidden layer before and after GELU as a chart, and every vector and both matrices as tables
 * and JSON.
 */
public final class FeedForwardFigure {

    /**
     * One feed-forward network.
     *
     * @param model the model's name
     * @param words the sentence as the model reads it
     * @param layer the block, 1-based
     * @param trace the block's forward pass on the sentence
     * @param block the block's parameters
     * @param focus the word followed step by step
     */
    public record Network(String model, List<String> words, int layer, LayerTrace trace, Weights.Block block, int focus) {

        public Network {
            words = List.copyOf(words);
        }

        /** How many of a word's hidden units GELU leaves positive. */
        public int positive(int word) {
            int count = 0;
            for (int j = 0; j < trace.activated().numCols; j++) {
                count += trace.activated().get(word, j) > 0 ? 1 : 0;
            }
            return count;
        }
    }

    private FeedForwardFigure() {
    }

    public static Figure render(String id, Network net, String source, String caption, String jsonHref) {
        String htmlId = "ffn-" + id;
        LayerTrace t = net.trace();
        int f = net.focus();
        int d = t.norm2().output().numCols;
        int dFf = t.hidden().numCols;
        String word = net.words().get(f);
        String svg = Charts.vectors(new VectorData(htmlId + "-", "The hidden layer of “" + word + "”, before and after GELU",
                "Bar chart of the " + dFf + " hidden units of the feed-forward network for “" + word + "”: z·W₁ + b₁, and"
                        + " GELU of it. The same numbers are in the tables below.",
                "hidden unit", "value", FigureFrame.numbered(dFf),
                List.of(new VectorData.Series("z·W₁ + b₁: before GELU", ResidualFigure.rowOf(t.hidden(), f)),
                        new VectorData.Series("GELU(z·W₁ + b₁): after", ResidualFigure.rowOf(t.activated(), f)))));
        String in = FigureFrame.in("feed-forward network", id);
        List<String> units = MatrixTable.dimensions(dFf).stream().map(u -> "h" + u.substring(1)).toList();
        StringBuilder html = FigureFrame.open("feed-forward", htmlId, 65_536 + svg.length())
                .append("<div class=\"part part-steps\"><p class=\"part-title\">Step by step for “").append(Html.escape(word))
                .append("”, block ").append(net.layer()).append("</p><ol class=\"steps\">")
                .append("<li>Its stream after LN<sub>2</sub>, z: ").append(d).append(" numbers, ")
                .append(MatrixTable.vector(t.norm2().output(), f)).append("</li>")
                .append("<li>z · W<sub>1</sub> (").append(d).append(" × ").append(dFf).append(") + b<sub>1</sub>: ")
                .append(dFf).append(" numbers, from ").append(Numbers.fixed(min(t.hidden(), f), 2)).append(" to ")
                .append(Numbers.fixed(max(t.hidden(), f), 2)).append("</li>")
                .append("<li>GELU on each of them: ").append(net.positive(f)).append(" of the ").append(dFf)
                .append(" stay positive; every negative one is squashed towards 0</li>")
                .append("<li>· W<sub>2</sub> (").append(dFf).append(" × ").append(d).append(") + b<sub>2</sub>: ").append(d)
                .append(" numbers again, what the network adds to the stream: ")
                .append(MatrixTable.vector(t.feedForward(), f)).append("</li></ol></div>")
                .append(FigureFrame.chart("vectors", svg))
                .append(FigureFrame.fold("Every word's vectors as tables: z, the hidden layer before and after GELU, and the"
                        + " output",
                        MatrixTable.of(htmlId + "-z", "z = LN<sub>2</sub>(x), into the network" + in, "word", net.words(),
                                MatrixTable.dimensions(d), t.norm2().output())
                        + MatrixTable.of(htmlId + "-hidden", "z · W<sub>1</sub> + b<sub>1</sub>" + in, "word", net.words(),
                                units, t.hidden())
                        + MatrixTable.of(htmlId + "-activated", "GELU(z · W<sub>1</sub> + b<sub>1</sub>)" + in, "word",
                                net.words(), units, t.activated())
                        + MatrixTable.of(htmlId + "-out", "FFN(z) = GELU(z · W<sub>1</sub> + b<sub>1</sub>) · W<sub>2</sub>"
                                + " + b<sub>2</sub>" + in, "word", net.words(), MatrixTable.dimensions(d), t.feedForward())))
                .append(FigureFrame.fold("The learned parameters: W<sub>1</sub>, b<sub>1</sub>, W<sub>2</sub> and"
                        + " b<sub>2</sub>",
                        MatrixTable.of(htmlId + "-w1", "W<sub>1</sub> (" + d + " × " + dFf + ")" + in, "row",
                                MatrixTable.dimensions(d), units, net.block().w1())
                        + MatrixTable.of(htmlId + "-b1", "b<sub>1</sub>" + in, "vector", List.of("b₁"), units, net.block().b1())
                        + MatrixTable.of(htmlId + "-w2", "W<sub>2</sub> (" + dFf + " × " + d + ")" + in, "row", units,
                                MatrixTable.dimensions(d), net.block().w2())
                        + MatrixTable.of(htmlId + "-b2", "b<sub>2</sub>" + in, "vector", List.of("b₂"), MatrixTable.dimensions(d),
                                net.block().b2())));
        FigureFrame.close(html, source, caption, jsonHref, "Every number of this feed-forward network as JSON");
        return new Figure(html.toString(), json(id, net), 1);
    }

    private static double min(DMatrixRMaj m, int row) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m.numCols; j++) {
            min = Math.min(min, m.get(row, j));
        }
        return min;
    }

    private static double max(DMatrixRMaj m, int row) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m.numCols; j++) {
            max = Math.max(max, m.get(row, j));
        }
        return max;
    }

    private static String json(String id, Network net) {
        LayerTrace t = net.trace();
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "feedforward");
            json.writeStringField("model", net.model());
            json.writeNumberField("layer", net.layer());
            FigureJson.strings(json, "tokens", net.words());
            json.writeStringField("activation", "gelu-tanh");
            FigureJson.matrix(json, "input", t.norm2().output());
            FigureJson.matrix(json, "w1", net.block().w1());
            FigureJson.row(json, "b1", net.block().b1(), 0);
            FigureJson.matrix(json, "hidden", t.hidden());
            FigureJson.matrix(json, "activated", t.activated());
            FigureJson.matrix(json, "w2", net.block().w2());
            FigureJson.row(json, "b2", net.block().b2(), 0);
            FigureJson.matrix(json, "output", t.feedForward());
        });
    }
}
