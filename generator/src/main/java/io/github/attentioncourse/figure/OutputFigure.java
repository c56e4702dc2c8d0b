package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.OutputStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The output layer at one position: from the last hidden state to a word. The followed word's
 * logit and probability step by step, the model's top guesses as a bar chart, every word of the
 * vocabulary with its logit and probability as a table (and h, E and b in the JSON); with a target, the loss and its gradient,
 * and with a learning rate, one gradient step on the output bias and the guesses after it.
 */
public final class OutputFigure {

    /**
     * The output layer, read.
     *
     * @param model      the model's name
     * @param nextWord   whether the model guesses the next word (else the hidden word at the position)
     * @param words      the sentence as the model reads it
     * @param vocabulary every word the model knows, in its order
     * @param embedding  E, one row per word: the output layer's weights (tied)
     * @param bias       b, one per word
     * @param step       the logits and probabilities, and what a target makes of them
     * @param top        how many guesses the chart shows
     * @param mask       the mask word, never a guess
     */
    public record Guesses(String model, boolean nextWord, List<String> words, List<String> vocabulary,
            DMatrixRMaj embedding, double[] bias, OutputStep step, int top, String mask) {

        public Guesses {
            words = List.copyOf(words);
            vocabulary = List.copyOf(vocabulary);
            bias = bias.clone();
        }

        /** Every word's index, most probable first (alphabetical among equals), the mask word left out. */
        public List<Integer> ranked(double[] probabilities) {
            List<Integer> order = new ArrayList<>();
            for (int v = 0; v < vocabulary.size(); v++) {
                if (!vocabulary.get(v).equals(mask)) {
                    order.add(v);
                }
            }
            order.sort(Comparator.comparingDouble((Integer v) -> -probabilities[v]).thenComparing(vocabulary::get));
            return order;
        }

        /** What is guessed, for titles: "the hidden word “[MASK]”" or "the word after “was”". */
        public String what() {
            String word = words.get(step.position());
            return nextWord ? "the word after “" + word + "”" : "the word at “" + word + "” (word " + (step.position() + 1) + ")";
        }
    }

    private OutputFigure() {
    }

    public static Figure render(String id, Guesses g, String source, String caption, String jsonHref) {
        String htmlId = "output-" + id;
        OutputStep s = g.step();
        double[] p = s.probabilities();
        List<Integer> ranked = g.ranked(p);
        List<Integer> shown = ranked.subList(0, Math.min(g.top(), ranked.size()));
        int best = ranked.get(0);
        int followed = s.hasTarget() ? s.target() : best;
        String in = FigureFrame.in("output", id);
        StringBuilder html = FigureFrame.open("output-head", htmlId, 32_768)
                .append("<div class=\"part part-steps\"><p class=\"part-title\">From the last hidden state to ")
                .append(Html.escape(g.what())).append("</p><ol class=\"steps\">")
                .append("<li>h, the final LayerNorm's output there: ").append(s.hidden().length).append(" numbers, ")
                .append(vector(s.hidden())).append("</li>")
                .append("<li>One logit per word of the vocabulary (").append(g.vocabulary().size())
                .append(" words), z<sub>w</sub> = h · E[w] + b[w]: for “").append(Html.escape(g.vocabulary().get(followed)))
                .append("”, ").append(Numbers.fixed(dot(s.hidden(), g.embedding(), followed), 3))
                .append(g.bias()[followed] < 0 ? " − " : " + ").append(Numbers.fixed(Math.abs(g.bias()[followed]), 3))
                .append(" = <strong>")
                .append(Numbers.fixed(s.logits()[followed], 3)).append("</strong></li>")
                .append("<li>Softmax over all of them, p<sub>w</sub> = e<sup>z<sub>w</sub></sup> / Σ<sub>v</sub>"
                        + " e<sup>z<sub>v</sub></sup>: “").append(Html.escape(g.vocabulary().get(followed))).append("” gets <strong>")
                .append(Html.escape(Weights.percent(p[followed]))).append("</strong>; the most probable word is “")
                .append(Html.escape(g.vocabulary().get(best))).append("” with ").append(Html.escape(Weights.percent(p[best])))
                .append("</li>");
        if (s.hasTarget()) {
            String target = Html.escape(g.vocabulary().get(s.target()));
            html.append("<li>The loss if the right word is “").append(target).append("”: −ln p<sub>").append(target)
                    .append("</sub> = −ln ").append(Numbers.fixed(p[s.target()], 4)).append(" = <strong>")
                    .append(Numbers.fixed(s.loss(), 2)).append("</strong></li>")
                    .append("<li>Its gradient with respect to each logit (and to each output bias): p<sub>w</sub> − 1 for “")
                    .append(target).append("”, ").append(Numbers.fixed(s.gradient()[s.target()], 2))
                    .append("; p<sub>w</sub> for every other word</li>");
        }
        if (s.hasStep()) {
            html.append("<li>One step of gradient descent on the output bias, b ← b − η · gradient with η = ")
                    .append(Numbers.plain(s.learningRate())).append(": “").append(Html.escape(g.vocabulary().get(s.target())))
                    .append("” now gets ").append(Html.escape(Weights.percent(s.probabilitiesAfter()[s.target()])))
                    .append(" and the loss is <strong>").append(Numbers.fixed(s.lossAfter(), 2)).append("</strong></li>");
        }
        html.append("</ol></div>").append(FigureFrame.chart("bars", bars(htmlId + "-top-", g, shown, p, "")));
        int charts = 1;
        if (s.hasStep()) {
            html.append("<p class=\"part-title\">The same words after one step on the bias</p>")
                    .append(FigureFrame.chart("bars", bars(htmlId + "-after-", g, shown, s.probabilitiesAfter(),
                            " after one step")));
            charts++;
        }
        // The word vectors E (a row per word of the vocabulary) are in the JSON: as a table they would outweigh the page.
        html.append(FigureFrame.fold("Every word's logit and probability", table(htmlId + "-words", g, ranked, in)));
        FigureFrame.close(html, source, caption, jsonHref, "Every number of this output layer as JSON");
        return new Figure(html.toString(), json(id, g), charts);
    }

    private static String bars(String prefix, OutputFigure.Guesses g, List<Integer> shown, double[] p, String when) {
        List<String> words = shown.stream().map(g.vocabulary()::get).toList();
        double[] values = shown.stream().mapToDouble(v -> p[v]).toArray();
        int highlight = g.step().hasTarget() ? shown.indexOf(g.step().target()) : 0;
        return Charts.bars(new BarData(prefix, "The model's " + shown.size() + " most probable words for " + g.what() + when,
                "Bar chart of the probabilities the model gives its " + shown.size() + " most probable words for " + g.what()
                        + when + ", most probable first. Every word's probability is in the table below.",
                words, values, highlight, "word", "probability"));
    }

    private static String table(String tableId, Guesses g, List<Integer> ranked, String in) {
        OutputStep s = g.step();
        StringBuilder html = new StringBuilder(8192).append(Html.tableStart("matrix", tableId,
                        "Every word the model knows, most probable first" + in))
                .append("<thead><tr><th scope=\"col\">rank</th><th scope=\"col\">word</th><th scope=\"col\">logit z</th>")
                .append("<th scope=\"col\">probability p</th>")
                .append(s.hasTarget() ? "<th scope=\"col\">gradient</th>" : "")
                .append(s.hasStep() ? "<th scope=\"col\">p after one step</th>" : "")
                .append("</tr></thead><tbody>");
        double[] gradient = s.hasTarget() ? s.gradient() : null;
        double[] after = s.hasStep() ? s.probabilitiesAfter() : null;
        for (int r = 0; r < ranked.size(); r++) {
            int v = ranked.get(r);
            html.append("<tr><td>").append(r + 1).append("</td><th scope=\"row\">").append(Html.escape(g.vocabulary().get(v)))
                    .append("</th><td>").append(Numbers.fixed(s.logits()[v], 2)).append("</td><td>")
                    .append(Html.escape(Weights.percent(s.probabilities()[v]))).append("</td>");
            if (gradient != null) {
                html.append("<td>").append(Numbers.fixed(gradient[v], 2)).append("</td>");
            }
            if (after != null) {
                html.append("<td>").append(Html.escape(Weights.percent(after[v]))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    /** h · E[w]. */
    public static double dot(double[] h, DMatrixRMaj embedding, int word) {
        double sum = 0;
        for (int j = 0; j < h.length; j++) {
            sum += h[j] * embedding.get(word, j);
        }
        return sum;
    }

    private static String vector(double[] values) {
        return MatrixTable.vector(new DMatrixRMaj(1, values.length, true, values), 0);
    }

    private static String json(String id, Guesses g) {
        OutputStep s = g.step();
        return FigureJson.object(json -> {
            json.writeStringField("id", id);
            json.writeStringField("kind", "output");
            json.writeStringField("model", g.model());
            json.writeStringField("task", g.nextWord() ? "next-word" : "masked-word");
            FigureJson.strings(json, "tokens", g.words());
            json.writeNumberField("position", s.position());
            FigureJson.vector(json, "hidden", s.hidden());
            FigureJson.strings(json, "vocabulary", g.vocabulary());
            FigureJson.matrix(json, "embedding", g.embedding());
            FigureJson.vector(json, "bias", g.bias());
            FigureJson.vector(json, "logits", s.logits());
            FigureJson.vector(json, "probabilities", s.probabilities());
            if (s.hasTarget()) {
                json.writeStringField("target", g.vocabulary().get(s.target()));
                json.writeNumberField("loss", s.loss());
                FigureJson.vector(json, "gradient", s.gradient());
            }
            if (s.hasStep()) {
                json.writeNumberField("learning_rate", s.learningRate());
                FigureJson.vector(json, "logits_after", s.logitsAfter());
                FigureJson.vector(json, "probabilities_after", s.probabilitiesAfter());
                json.writeNumberField("loss_after", s.lossAfter());
            }
        });
    }
}
