package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.Accuracy;
import io.github.attentioncourse.model.HeadId;
import io.github.attentioncourse.model.HeadSurvey;
import io.github.attentioncourse.model.SwapTest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What each head of a trained model does, as measured on the sentences it never saw: a table
 * (one row per head) and the same numbers as JSON.
 */
public final class HeadsFigure {

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Every head measured for one link of the model's grammar.
     *
     * @param model    the model's name
     * @param link     the grammar's link, e.g. describes
     * @param layers   how many blocks the model has (one: heads are named by number alone)
     * @param heldOut  how many held-out sentences were read
     * @param baseline how well the model guesses the link's query words with every head on
     * @param rows     one per head, layer by layer
     */
    public record Survey(String model, String link, int layers, int heldOut, Accuracy baseline, List<Row> rows) {

        public Survey {
            rows = List.copyOf(rows);
        }

        /** The head whose top key is the linked word most often (the first, on a tie). */
        public Row best() {
            Row best = rows.get(0);
            for (Row row : rows) {
                if (row.survey().hits() > best.survey().hits()) {
                    best = row;
                }
            }
            return best;
        }

        /** How a head is named on the page: "head 2", or "layer 1, head 2" in a model of several blocks. */
        public String name(HeadId head) {
            return layers == 1 ? "head " + head.head() : "layer " + head.layer() + ", head " + head.head();
        }
    }

    /**
     * One head's measurements.
     *
     * @param survey  its top keys and weights on the link's cases
     * @param ablated how well the model guesses the link's query words with this head switched off
     * @param swap    what happens to its top key when the linked word and another of its kind are exchanged
     */
    public record Row(HeadId head, HeadSurvey survey, Accuracy ablated, SwapTest.Survey swap) {

        /** The share of swapped cases in which the top key followed the linked word to its new place. */
        public double followsShare() {
            return swap.cases() == 0 ? Double.NaN : (double) swap.after() / swap.cases();
        }
    }

    private HeadsFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param caption  the author's text under the table, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, Survey survey, String caption, String jsonHref) {
        String htmlId = "heads-" + id;
        StringBuilder html = new StringBuilder(2048);
        html.append("<figure class=\"heads-survey\" id=\"").append(htmlId).append("\">")
                .append(Html.tableStart("heads", htmlId + "-table", "What each head of model “" + Html.escape(survey.model())
                        + "” does, on " + survey.heldOut() + " sentences it never saw in training"))
                .append("<thead><tr><th scope=\"col\">head</th>")
                .append("<th scope=\"col\">top key is the word it ").append(Html.escape(survey.link())).append("</th>")
                .append("<th scope=\"col\">mean weight on that word</th>")
                .append("<th scope=\"col\">hidden words guessed with this head off (all heads on: ")
                .append(Weights.percent(survey.baseline().fittingShare())).append(")</th>")
                .append("<th scope=\"col\">two words exchanged: top key follows its word</th></tr></thead><tbody>");
        for (Row row : survey.rows()) {
            html.append("<tr><th scope=\"row\">").append(survey.name(row.head())).append("</th><td>")
                    .append(row.survey().hits()).append(" of ").append(row.survey().cases()).append(" (")
                    .append(Weights.percent(row.survey().share())).append(")</td><td>")
                    .append(Weights.twoDecimals(row.survey().meanWeight())).append("</td><td>")
                    .append(Weights.percent(row.ablated().fittingShare())).append("</td><td>")
                    .append(row.swap().after()).append(" of ").append(row.swap().cases()).append("</td></tr>");
        }
        html.append("</tbody>").append(Html.TABLE_END).append("<figcaption>");
        if (caption != null) {
            html.append(Html.escape(caption)).append(' ');
        }
        html.append("<a class=\"json-link\" href=\"").append(Html.escape(jsonHref))
                .append("\">Every number of this table as JSON</a></figcaption></figure>");
        return new Figure(html.toString(), json(id, survey), 0);
    }

    private static String json(String id, Survey survey) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("model", survey.model());
            json.writeStringField("link", survey.link());
            json.writeNumberField("held_out_sentences", survey.heldOut());
            json.writeFieldName("all_heads");
            accuracy(json, survey.baseline());
            json.writeArrayFieldStart("heads");
            for (Row row : survey.rows()) {
                json.writeStartObject();
                json.writeNumberField("layer", row.head().layer());
                json.writeNumberField("head", row.head().head());
                json.writeNumberField("cases", row.survey().cases());
                json.writeNumberField("top_key_hits", row.survey().hits());
                json.writeNumberField("mean_weight", row.survey().meanWeight());
                json.writeFieldName("head_off");
                accuracy(json, row.ablated());
                json.writeObjectFieldStart("swap");
                json.writeNumberField("cases", row.swap().cases());
                json.writeNumberField("top_key_before", row.swap().before());
                json.writeNumberField("top_key_follows", row.swap().after());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void accuracy(JsonGenerator json, Accuracy accuracy) throws IOException {
        json.writeStartObject();
        json.writeNumberField("guesses", accuracy.predictions());
        json.writeNumberField("exact", accuracy.exact());
        json.writeNumberField("fitting", accuracy.fitting());
        json.writeNumberField("mean_loss", accuracy.meanLoss());
        json.writeEndObject();
    }
}
