package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.LineData;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.model.TrainingRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** A training run as the page shows it: the loss curve as a chart, and its points as a table and as JSON. */
public final class TrainingFigure {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TrainingFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param model    the model's name
     * @param task     what it learned to predict, e.g. "masked-word"
     * @param caption  the author's text under the figure, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, String model, String task, TrainingRecord training, String caption, String jsonHref) {
        String htmlId = "training-" + id;
        List<Double> losses = training.losses();
        double[] steps = new double[losses.size()];
        double[] loss = new double[losses.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step(training, i);
            loss[i] = losses.get(i);
        }
        String description = "Line chart of the loss of model “" + model + "” during its training, by step: from "
                + Numbers.fixed(loss[0], 2) + " at the start to " + Numbers.fixed(training.finalLoss(), 2) + " after "
                + training.steps() + " steps. The same numbers are in the table below the chart.";
        String svg = Charts.line(new LineData(htmlId + "-", "Training loss of model “" + model + "”", description,
                "training step", "loss", List.of(new LineData.Series("loss", steps, loss, false))));
        StringBuilder html = new StringBuilder(svg.length() + 4096);
        html.append("<figure class=\"training\" id=\"").append(htmlId).append("\"><div class=\"chart chart-line\">")
                .append(svg).append("</div><details class=\"part part-tables\"><summary>The loss at every ")
                .append(training.lossEvery()).append(" steps as a table</summary>")
                .append(Html.tableStart("matrix", htmlId + "-table", "Loss of model “" + Html.escape(model)
                        + "”, mean over the steps since the last row"))
                .append("<thead><tr><th scope=\"col\">step</th><th scope=\"col\">loss</th></tr></thead><tbody>");
        for (int i = 0; i < steps.length; i++) {
            html.append("<tr><th scope=\"row\">").append((long) steps[i]).append("</th><td>")
                    .append(Numbers.fixed(loss[i], 2)).append("</td></tr>");
        }
        html.append("</tbody>").append(Html.TABLE_END).append("</details><figcaption>Trained by ")
                .append(Html.escape(task.replace('-', ' '))).append(" prediction on ").append(String.format(Locale.ROOT, "%,d", training.trainedSentences()))
                .append(" sentences, ").append(String.format(Locale.ROOT, "%,d", training.steps())).append(" steps. ");
        if (caption != null) {
            html.append(Html.escape(caption)).append(' ');
        }
        html.append("<a class=\"json-link\" href=\"").append(Html.escape(jsonHref))
                .append("\">Every number of this curve as JSON</a></figcaption></figure>");
        return new Figure(html.toString(), json(id, model, task, training), 1);
    }

    /** The last step whose loss a point of the curve averages. */
    public static long step(TrainingRecord training, int point) {
        return Math.min((long) (point + 1) * training.lossEvery(), training.steps());
    }

    private static String json(String id, String model, String task, TrainingRecord training) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("model", model);
            json.writeStringField("task", task);
            json.writeNumberField("sentences", training.trainedSentences());
            json.writeNumberField("steps", training.steps());
            json.writeNumberField("loss_every", training.lossEvery());
            json.writeArrayFieldStart("loss");
            for (double loss : training.losses()) {
                json.writeNumber(loss);
            }
            json.writeEndArray();
            json.writeNumberField("final_loss", training.finalLoss());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }
}
