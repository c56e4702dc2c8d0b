package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a trained model guesses for one position of a sentence (a hidden word, or the next one): its
 * most probable words as a bar chart and a table, and as JSON the whole output layer at that
 * position, from the last hidden state to the probability of every word.
 */
public final class PredictionsFigure {

    /**
     * The output layer at one position: logits = h·Eᵀ + b, probabilities = softmax(logits).
     *
     * @param model       the model's name
     * @param task        masked-word or next-word
     * @param words       the sentence as the model reads it
     * @param position    the position whose output is read: the [MASK]'s, or the last word's for the next word
     * @param vocabulary  every word the model knows, in its order
     * @param hidden      h, the last hidden state at the position after the final LayerNorm, 1×d
     * @param outputWeights E, the output layer's weights (the embedding table, tied), V×d
     * @param outputBias  b, V
     * @param logits      V
     * @param probabilities V
     * @param shown       how many guesses the chart and table show
     */
    public record Output(String model, String task, List<String> words, int position, List<String> vocabulary,
            double[] hidden, double[][] outputWeights, double[] outputBias, double[] logits, double[] probabilities,
            int shown) {

        public Output {
            words = List.copyOf(words);
            vocabulary = List.copyOf(vocabulary);
        }

        /** Whether the model guesses the word after the sentence rather than a hidden one. */
        public boolean nextWord() {
            return task.equals("next-word");
        }

        /**
         * Every word but [MASK] (which is never a guess), most probable first, alphabetical among
         * equals: the indices into the vocabulary.
         */
        public List<Integer> ranking() {
            List<Integer> ranked = new ArrayList<>();
            for (int v = 0; v < vocabulary.size(); v++) {
                if (!vocabulary.get(v).equals(Tokenizer.MASK)) {
                    ranked.add(v);
                }
            }
            ranked.sort(Comparator.comparingDouble((Integer v) -> probabilities[v]).reversed()
                    .thenComparing(v -> vocabulary.get(v)));
            return ranked;
        }

        /** The sentence as a reader sees it, the next word's place marked with “…”. */
        public String shownSentence() {
            return String.join(" ", words) + (nextWord() ? " …" : "");
        }
    }

    private PredictionsFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param source   the line that says the numbers were learned, and how
     * @param caption  the author's text under the figure, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, Output out, String source, String caption, String jsonHref) {
        String htmlId = "predictions-" + id;
        List<Integer> top = out.ranking().subList(0, out.shown());
        List<String> labels = new ArrayList<>();
        double[] probabilities = new double[top.size()];
        for (int i = 0; i < top.size(); i++) {
            labels.add(out.vocabulary().get(top.get(i)));
            probabilities[i] = out.probabilities()[top.get(i)];
        }
        String what = out.nextWord() ? "the next word after “" + String.join(" ", out.words()) + "”"
                : "the hidden word in “" + String.join(" ", out.words()) + "”";
        String title = "Model “" + out.model() + "” guesses " + what;
        String description = "Bar chart of the " + top.size() + " words model “" + out.model() + "” thinks most probable as "
                + what + ", as percentages of its belief, which over all " + out.vocabulary().size()
                + " words sums to 100%. The same numbers are in the table below the chart.";
        StringBuilder html = FigureFrame.open("predictions", htmlId, 16_384);
        html.append("<p class=\"part-title\">").append(Html.escape(out.shownSentence())).append("</p>")
                .append("<div class=\"chart\">").append(Charts.bars(new BarData(htmlId + "-bars-", title, description, labels,
                        probabilities, 0, out.nextWord() ? "next word" : "hidden word", "probability")))
                .append("</div>")
                .append(Html.tableStart("guesses", htmlId + "-table", "The " + top.size() + " most probable words of "
                        + out.vocabulary().size() + ", with their scores (logits) before the softmax"))
                .append("<thead><tr><th scope=\"col\">rank</th><th scope=\"col\">word</th><th scope=\"col\">score (logit)</th>"
                        + "<th scope=\"col\">probability</th></tr></thead><tbody>");
        for (int i = 0; i < top.size(); i++) {
            int v = top.get(i);
            html.append("<tr><th scope=\"row\">").append(i + 1).append("</th><td class=\"text\">")
                    .append(Html.escape(out.vocabulary().get(v))).append("</td><td>")
                    .append(Numbers.fixed(out.logits()[v], 2)).append("</td><td>")
                    .append(Html.escape(Weights.percent(out.probabilities()[v]))).append("</td></tr>");
        }
        html.append("</tbody>").append(Html.TABLE_END);
        return new Figure(FigureFrame.close(html, source, caption, jsonHref, "Every number of this guess as JSON"), json(id, out), 1);
    }

    private static String json(String id, Output out) {
        return FigureJson.object(json -> {
            json.writeStringField("kind", "predictions");
            json.writeStringField("id", id);
            json.writeStringField("model", out.model());
            json.writeStringField("task", out.task());
            FigureJson.strings(json, "words", out.words());
            json.writeNumberField("position", out.position());
            FigureJson.strings(json, "vocabulary", out.vocabulary());
            FigureJson.vector(json, "hidden", out.hidden());
            FigureJson.rows(json, "output_weights", out.outputWeights());
            FigureJson.vector(json, "output_bias", out.outputBias());
            FigureJson.vector(json, "logits", out.logits());
            FigureJson.vector(json, "probabilities", out.probabilities());
            json.writeArrayFieldStart("top");
            for (int v : out.ranking().subList(0, out.shown())) {
                json.writeStartObject();
                json.writeStringField("word", out.vocabulary().get(v));
                json.writeNumberField("probability", out.probabilities()[v]);
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
