package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.LineData;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 1 of "Attention Is All You Need" (Vaswani et al. 2017) computed for given sizes: for a
 * self-attention, a recurrent and a convolutional layer over n positions of width d, the work per
 * layer, the operations that must run one after another, and the longest path a signal takes
 * between two positions. The paper gives each in O-notation; here each expression is evaluated
 * as written, constants dropped as the paper drops them.
 */
public final class ComplexityFigure {

    /** A kind of layer, with the paper's expressions for it. */
    public enum Layer {
        SELF_ATTENTION("self-attention", "n² · d", "1", "1"),
        RECURRENT("recurrent", "n · d²", "n", "n"),
        CONVOLUTIONAL("convolutional", "k · n · d²", "1", "⌈log<sub>k</sub> n⌉");

        private final String key;
        private final String operations;
        private final String sequential;
        private final String path;

        Layer(String key, String operations, String sequential, String path) {
            this.key = key;
            this.operations = operations;
            this.sequential = sequential;
            this.path = path;
        }

        /** How the page and references name it. */
        public String key() {
            return key;
        }

        /** Multiply–adds per layer: every position against every other (n²·d), or each through a d×d matrix. */
        public long operations(long n, long d, long k) {
            return switch (this) {
                case SELF_ATTENTION -> n * n * d;
                case RECURRENT -> n * d * d;
                case CONVOLUTIONAL -> k * n * d * d;
            };
        }

        /** Operations that must wait for one another: a recurrent layer steps through the positions in order. */
        public long sequential(long n) {
            return this == RECURRENT ? n : 1;
        }

        /**
         * Layers or steps a signal takes between the farthest two positions: one attention step; n
         * steps through a recurrence (as the paper counts it); ⌈log_k n⌉ dilated convolutions, each
         * widening what a position sees k times.
         */
        public long path(long n, long k) {
            return switch (this) {
                case SELF_ATTENTION -> 1;
                case RECURRENT -> n;
                case CONVOLUTIONAL -> dilatedLayers(n, k);
            };
        }

        private static long dilatedLayers(long n, long k) {
            long layers = 0;
            for (long reach = 1; reach < n; reach *= k) {
                layers++;
            }
            return Math.max(1, layers);
        }
    }

    /**
     * @param d       the width of every position
     * @param kernel  k, the convolution's kernel width
     * @param lengths the sequence lengths n evaluated
     * @param model   the course model the sizes come from, or null
     */
    public record Sizes(long d, long kernel, List<Long> lengths, String model) {

        public Sizes {
            lengths = List.copyOf(lengths);
        }
    }

    private ComplexityFigure() {
    }

    public static Figure render(String id, Sizes s, String caption, String jsonHref) {
        String htmlId = "complexity-" + id;
        String in = FigureFrame.in("layer comparison", id);
        StringBuilder html = FigureFrame.open("complexity", htmlId, 8192)
                .append(table(htmlId + "-operations", "Multiply–adds per layer" + in, "operations", s, Measure.OPERATIONS))
                .append(table(htmlId + "-sequential", "Operations that must run one after another" + in, "sequential", s,
                        Measure.SEQUENTIAL))
                .append(table(htmlId + "-path", "Longest path between two positions, in steps" + in, "path", s, Measure.PATH))
                .append(FigureFrame.chart("line", chart(htmlId + "-", s)));
        FigureFrame.close(html, null, caption, jsonHref, "Every number of these tables as JSON");
        return new Figure(html.toString(), json(id, s), 1);
    }

    private enum Measure { OPERATIONS, SEQUENTIAL, PATH }

    private static long value(Layer layer, Measure measure, long n, Sizes s) {
        return switch (measure) {
            case OPERATIONS -> layer.operations(n, s.d(), s.kernel());
            case SEQUENTIAL -> layer.sequential(n);
            case PATH -> layer.path(n, s.kernel());
        };
    }

    private static String table(String tableId, String caption, String what, Sizes s, Measure measure) {
        StringBuilder html = new StringBuilder(1024).append(Html.tableStart("matrix", tableId, caption))
                .append("<thead><tr><th scope=\"col\">layer</th><th scope=\"col\">as in Table 1</th>");
        for (long n : s.lengths()) {
            html.append("<th scope=\"col\">n = ").append(ParametersFigure.grouped(n)).append(", d = ")
                    .append(ParametersFigure.grouped(s.d())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Layer layer : Layer.values()) {
            html.append("<tr><th scope=\"row\">").append(layer.key()).append("</th><td>").append(switch (measure) {
                case OPERATIONS -> layer.operations;
                case SEQUENTIAL -> layer.sequential;
                case PATH -> layer.path;
            }).append("</td>");
            for (long n : s.lengths()) {
                html.append("<td>").append(ParametersFigure.grouped(value(layer, measure, n, s))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    /**
     * Work per layer from n = 1 to (k + 1)·d or the longest length: self-attention's n²·d crosses the
     * recurrent layer's n·d² at n = d and the convolution's k·n·d² at n = k·d.
     */
    private static String chart(String prefix, Sizes s) {
        long last = Math.max((s.kernel() + 1) * s.d(), s.lengths().stream().mapToLong(Long::longValue).max().orElse(1));
        int points = (int) Math.min(last, 64);
        List<LineData.Series> series = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            double[] x = new double[points];
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                long n = 1 + Math.round((double) (last - 1) * i / Math.max(1, points - 1));
                x[i] = n;
                y[i] = layer.operations(n, s.d(), s.kernel());
            }
            series.add(new LineData.Series(layer.key(), x, y, false));
        }
        return Charts.line(new LineData(prefix, "Multiply–adds per layer as the sequence grows, d = " + s.d(),
                "Line chart of the work of one self-attention, recurrent and convolutional (kernel " + s.kernel()
                        + ") layer for sequence lengths n from 1 to " + last + " with d = " + s.d()
                        + ". The tables above have the numbers at the lengths they list.",
                "sequence length n", "multiply–adds", series));
    }

    private static String json(String id, Sizes s) {
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "complexity");
            if (s.model() != null) {
                json.writeStringField("model", s.model());
            }
            json.writeNumberField("d", s.d());
            json.writeNumberField("kernel", s.kernel());
            json.writeArrayFieldStart("layers");
            for (Layer layer : Layer.values()) {
                json.writeStartObject();
                json.writeStringField("layer", layer.key());
                json.writeArrayFieldStart("lengths");
                for (long n : s.lengths()) {
                    json.writeStartObject();
                    json.writeNumberField("n", n);
                    json.writeNumberField("operations", layer.operations(n, s.d(), s.kernel()));
                    json.writeNumberField("sequential", layer.sequential(n));
                    json.writeNumberField("path", layer.path(n, s.kernel()));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
