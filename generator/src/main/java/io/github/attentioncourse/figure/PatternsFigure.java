package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.VectorData;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.HeadId;
import io.github.attentioncourse.model.PositionSurvey;
import io.github.attentioncourse.model.PositionSurvey.Measure;
import io.github.attentioncourse.model.PositionSurvey.Reading;
import io.github.attentioncourse.model.PositionSurvey.Relation;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Where each head of a model looks by position, over the sentences it never saw: its mean weight on
 * the word itself, the word before, the word after and the first word, beside an even spread, as a
 * table and a chart per head; and every head's weights on every sentence in the JSON.
 */
public final class PatternsFigure {

    private PatternsFigure() {
    }

    /** How a head is named: "head 2", or "layer 1, head 2" in a model of several blocks. */
    public static String name(HeadId head, int layers) {
        return layers == 1 ? "head " + head.head() : "layer " + head.layer() + ", head " + head.head();
    }

    /**
     * @param model  the model's name
     * @param layers how many blocks the model has
     */
    public static Figure render(String id, String model, int layers, PositionSurvey survey, String caption, String jsonHref) {
        String htmlId = "patterns-" + id;
        List<Relation> relations = List.of(Relation.values());
        List<Map<Relation, Measure>> measures = survey.heads().stream()
                .map(h -> survey.measures(survey.heads().indexOf(h))).toList();
        StringBuilder html = FigureFrame.open("patterns", htmlId, 16_384)
                .append(Html.tableStart("matrix", htmlId + "-table", "Where each head of model “" + Html.escape(model)
                        + "” looks, on " + survey.readings().size() + " sentences it never saw"
                        + FigureFrame.in("head survey", id)))
                .append("<thead><tr><th scope=\"col\">the word looked at</th><th scope=\"col\">an even spread would give</th>");
        for (HeadId head : survey.heads()) {
            String name = name(head, layers);
            html.append("<th scope=\"col\">").append(name).append(": mean weight</th><th scope=\"col\">").append(name)
                    .append(": top key</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Relation relation : relations) {
            Measure first = measures.get(0).get(relation);
            html.append("<tr><th scope=\"row\">").append(relation.label()).append("</th><td>")
                    .append(shown(first.evenSpread())).append("</td>");
            for (Map<Relation, Measure> head : measures) {
                Measure m = head.get(relation);
                html.append("<td>").append(shown(m.meanWeight())).append("</td><td>").append(m.cases() == 0 ? "–"
                        : m.top() + " of " + m.cases()).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody>").append(Html.TABLE_END).append("<div class=\"heads-side-by-side\">");
        for (int h = 0; h < survey.heads().size(); h++) {
            html.append("<div class=\"head-heatmap\">").append(FigureFrame.chart("vectors",
                    chart(htmlId + "-h" + (h + 1) + "-", name(survey.heads().get(h), layers), measures.get(h)))).append("</div>");
        }
        html.append("</div>");
        FigureFrame.close(html, null, caption, jsonHref, "Every head's weights on every sentence as JSON");
        return new Figure(html.toString(), json(id, model, survey, measures), survey.heads().size());
    }

    /** A mean weight as the page writes it, or a dash where no word stands in that relation. */
    private static String shown(double weight) {
        return Double.isNaN(weight) ? "–" : Html.escape(Weights.twoDecimals(weight));
    }

    private static String chart(String prefix, String head, Map<Relation, Measure> measures) {
        List<Relation> relations = List.of(Relation.values());
        double[] mean = relations.stream().mapToDouble(r -> orZero(measures.get(r).meanWeight())).toArray();
        double[] even = relations.stream().mapToDouble(r -> orZero(measures.get(r).evenSpread())).toArray();
        return Charts.vectors(new VectorData(prefix, "Where " + head + " looks, against an even spread",
                "Bar chart of the mean weight " + head + " gives the word itself, the word before, the word after and the"
                        + " first word, beside what an even spread would give. The numbers are in the table above.",
                "the word looked at", "mean weight", relations.stream().map(Relation::key).toList(),
                List.of(new VectorData.Series(head, mean), new VectorData.Series("even spread", even))));
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static String json(String id, String model, PositionSurvey survey, List<Map<Relation, Measure>> measures) {
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "patterns");
            json.writeStringField("model", model);
            json.writeStringField("mask", survey.causal() ? "causal" : "none");
            json.writeArrayFieldStart("heads");
            for (int h = 0; h < survey.heads().size(); h++) {
                json.writeStartObject();
                json.writeNumberField("layer", survey.heads().get(h).layer());
                json.writeNumberField("head", survey.heads().get(h).head());
                for (Relation relation : Relation.values()) {
                    Measure m = measures.get(h).get(relation);
                    json.writeObjectFieldStart(relation.key());
                    json.writeNumberField("cases", m.cases());
                    if (m.cases() > 0) {
                        json.writeNumberField("mean_weight", m.meanWeight());
                        json.writeNumberField("even_spread", m.evenSpread());
                    }
                    json.writeNumberField("top_key", m.top());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sentences");
            for (Reading r : survey.readings()) {
                json.writeStartObject();
                FigureJson.strings(json, "tokens", r.words());
                json.writeArrayFieldStart("weights");
                for (DMatrixRMaj weights : r.weights()) {
                    FigureJson.rows(json, weights);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
