package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.model.ForwardTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Tokenizer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A try box: a sentence of the reader's own, read by a course model in the reader's browser
 * ({@code generator/src/main/js/try.js}, with the model's weights from {@link #scriptPath}). The
 * page holds the box's form, hidden until the script shows it, and one line that says what it
 * offers; the JSON holds the attention of the sentence it starts with, as the bake computes it.
 */
public final class TryFigure {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TryFigure() {
    }

    /** Where the bake writes a model's weights for the try boxes, relative to the site's root. */
    public static String scriptPath(String model) {
        return "models/" + model + ".weights.js";
    }

    /**
     * @param id       the block's id, unique on the page
     * @param start    the words the box starts with, all known to the model
     * @param caption  the author's text under the box, or null
     * @param jsonHref where the page links the starting sentence's numbers
     */
    public static Figure render(String id, Model model, List<String> start, String caption, String jsonHref) {
        String htmlId = "try-" + id;
        String name = Html.escape(model.name());
        String sentence = String.join(" ", start);
        int context = model.config().architecture().context();
        StringBuilder html = new StringBuilder(4096);
        html.append("<figure class=\"try\" id=\"").append(htmlId).append("\" data-try data-model=\"").append(name)
                .append("\" data-script=\"").append(Html.escape(scriptPath(model.name()))).append("\" data-start=\"")
                .append(Html.escape(sentence)).append("\">")
                .append("<p class=\"try-offer\">With JavaScript on, a box here lets you type a sentence of your own and see"
                        + " where each head of model “").append(name).append("” looks, computed in your browser.</p>")
                .append("<div class=\"try-box\" hidden>")
                .append("<p class=\"part-title\" id=\"").append(htmlId).append("-title\">Try your own sentence</p>")
                .append("<form class=\"try-form\"><label for=\"").append(htmlId).append("-input\">A sentence of at most ")
                .append(context).append(" words that model “").append(name).append("” knows</label>")
                .append("<input id=\"").append(htmlId).append("-input\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\""
                        + " autocapitalize=\"none\" aria-describedby=\"").append(htmlId).append("-status\" value=\"")
                .append(Html.escape(sentence)).append("\"></form>")
                .append("<p class=\"try-status\" id=\"").append(htmlId).append("-status\" role=\"status\"></p>")
                .append("<div class=\"try-words\"></div>")
                .append("<details class=\"try-vocabulary\"><summary>The words it knows</summary><p>");
        List<String> words = model.vocabulary().words().stream().filter(w -> !w.equals(Tokenizer.MASK)).toList();
        html.append(Html.escape(String.join(" ", words)));
        html.append("</p><p>");
        if (model.vocabulary().contains(Tokenizer.MASK)) {
            html.append(Html.escape(Tokenizer.MASK)).append(" stands for a hidden word. ");
        }
        html.append("Capitals and punctuation are read as the model reads them: in lower case, and . , ! ? as words"
                + " of their own.</p></details><div class=\"try-result\"></div><p class=\"try-source\">Computed in your browser with the")
                .append(" trained weights of model “").append(name).append("”, the same the bake computes the course's")
                .append(" figures with. <a class=\"json-link\" href=\"").append(Html.escape(jsonHref))
                .append("\">Every weight of “").append(Html.escape(sentence)).append("” as the bake computed it, as JSON</a></p>");
        if (caption != null) {
            html.append("<p class=\"try-caption\">").append(Html.escape(caption)).append("</p>");
        }
        html.append("</div></figure>");
        return new Figure(html.toString(), json(id, model, start), 0);
    }

    /** The starting sentence's attention weights, every layer and head, as the Java model computes them. */
    private static String json(String id, Model model, List<String> start) {
        ForwardTrace trace = model.forward(model.weights(), start);
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("model", model.name());
            json.writeStringField("mask", model.mask().name());
            json.writeArrayFieldStart("words");
            for (String word : start) {
                json.writeString(word);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("attention");
            for (int l = 0; l < trace.layers().size(); l++) {
                List<HeadTrace> heads = trace.layers().get(l).attention().heads();
                for (int h = 0; h < heads.size(); h++) {
                    json.writeStartObject();
                    json.writeNumberField("layer", l + 1);
                    json.writeNumberField("head", h + 1);
                    json.writeArrayFieldStart("weights");
                    for (int i = 0; i < start.size(); i++) {
                        json.writeArray(row(heads.get(h), i), 0, start.size());
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }

    private static double[] row(HeadTrace head, int i) {
        double[] row = new double[head.weights().numCols];
        for (int j = 0; j < row.length; j++) {
            row[j] = head.weights().get(i, j);
        }
        return row;
    }
}
