package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.ParameterCount;
import io.github.attentioncourse.model.ParameterCount.Part;
import java.util.List;
import java.util.Locale;

/**
 * Parameter counts side by side: every part of each model (word vectors, attention, feed-forward
 * networks, …) as a count and a share of its total, in a table and as a bar chart per model, with
 * each model's sizes in the JSON so that every count can be computed again.
 */
public final class ParametersFigure {

    private ParametersFigure() {
    }

    /** A count with thousands separators, as the page writes every whole number: 3,540. */
    public static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    public static Figure render(String id, List<ParameterCount> columns, String caption, String jsonHref) {
        String htmlId = "parameters-" + id;
        String in = FigureFrame.in("parameter count", id);
        StringBuilder html = FigureFrame.open("parameters", htmlId, 16_384)
                .append(Html.tableStart("matrix", htmlId + "-table", "Parameters by part" + in))
                .append("<thead><tr><th scope=\"col\">part</th>");
        for (ParameterCount c : columns) {
            html.append("<th scope=\"col\">").append(Html.escape(c.name())).append(": numbers</th><th scope=\"col\">")
                    .append(Html.escape(c.name())).append(": share</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Part part : ParameterCount.order()) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(part.label())).append("</th>");
            for (ParameterCount c : columns) {
                html.append("<td>").append(grouped(c.count(part))).append("</td><td>")
                        .append(Html.escape(Weights.percent((double) c.count(part) / c.total()))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("<tr><th scope=\"row\">one block</th>");
        for (ParameterCount c : columns) {
            html.append("<td>").append(grouped(c.block())).append("</td><td>")
                    .append(Html.escape(Weights.percent((double) c.block() / c.total()))).append("</td>");
        }
        html.append("</tr><tr><th scope=\"row\">total</th>");
        for (ParameterCount c : columns) {
            html.append("<td><strong>").append(grouped(c.total())).append("</strong></td><td>")
                    .append(Weights.percent(1)).append("</td>");
        }
        html.append("</tr></tbody>").append(Html.TABLE_END).append("<div class=\"heads-side-by-side\">");
        for (int i = 0; i < columns.size(); i++) {
            html.append("<div class=\"head-heatmap\">").append(FigureFrame.chart("bars", bars(htmlId + "-c" + (i + 1) + "-",
                    columns.get(i)))).append("</div>");
        }
        html.append("</div>");
        FigureFrame.close(html, null, caption, jsonHref, "Every count and size as JSON");
        return new Figure(html.toString(), json(id, columns), columns.size());
    }

    private static String bars(String prefix, ParameterCount c) {
        List<Part> parts = ParameterCount.order();
        double[] shares = parts.stream().mapToDouble(p -> (double) c.count(p) / c.total()).toArray();
        int largest = 0;
        for (int p = 1; p < shares.length; p++) {
            largest = shares[p] > shares[largest] ? p : largest;
        }
        return Charts.bars(new BarData(prefix, "Where the " + grouped(c.total()) + " numbers of " + c.name() + " are",
                "Bar chart of the share of each part in the parameters of " + c.name()
                        + ". The counts are in the table above.",
                parts.stream().map(Part::key).toList(), shares, largest, "part", "share"));
    }

    private static String json(String id, List<ParameterCount> columns) {
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "parameters");
            json.writeArrayFieldStart("columns");
            for (ParameterCount c : columns) {
                json.writeStartObject();
                json.writeStringField("name", c.name());
                if (c.model() != null) {
                    json.writeStringField("model", c.model());
                }
                json.writeNumberField("layers", c.layers());
                json.writeNumberField("d_model", c.dModel());
                json.writeNumberField("d_ff", c.dFf());
                json.writeNumberField("vocabulary", c.vocabulary());
                json.writeNumberField("positions", c.positions());
                json.writeObjectFieldStart("parts");
                for (Part part : ParameterCount.order()) {
                    json.writeNumberField(part.key(), c.count(part));
                }
                json.writeEndObject();
                json.writeNumberField("block", c.block());
                json.writeNumberField("total", c.total());
                if (!c.tensors().isEmpty()) {
                    json.writeArrayFieldStart("tensors");
                    for (ParameterCount.Shape t : c.tensors()) {
                        json.writeStartObject();
                        json.writeStringField("name", t.name());
                        json.writeNumberField("rows", t.rows());
                        json.writeNumberField("cols", t.cols());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
