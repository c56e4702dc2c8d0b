package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Weights;
import java.util.List;
import java.util.Set;

/**
 * A sentence as a model reads it: its tokens, each with its number in the model's vocabulary (or
 * none), and how many of the training sentences hold it, as a table and a bar chart; the whole
 * vocabulary as a table; and all of it as JSON.
 */
public final class TokensFigure {

    /**
     * A sentence split into a model's tokens.
     *
     * @param model      the model's name
     * @param sentence   the text as the author wrote it
     * @param tokens     the tokens, as the model's tokenizer splits the text
     * @param vocabulary every word the model knows, in its order (its numbers start at 0)
     * @param counts     per token, how many training sentences hold it
     * @param sentences  how many training sentences there are
     */
    public record Split(String model, String sentence, List<String> tokens, List<String> vocabulary, int[] counts,
            int sentences) {

        public Split {
            tokens = List.copyOf(tokens);
            vocabulary = List.copyOf(vocabulary);
            counts = counts.clone();
        }

        /** The token's number in the vocabulary, or −1 for a word the model does not know. */
        public int index(int position) {
            return vocabulary.indexOf(tokens.get(position));
        }

        /** The share of the training sentences that hold the token at {@code position}. */
        public double frequency(int position) {
            return (double) counts[position] / sentences;
        }

        /** How many different tokens of the sentence the model does not know. */
        public long unknown() {
            return tokens.stream().filter(t -> !vocabulary.contains(t)).distinct().count();
        }
    }

    private TokensFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param show     which parts to show: table, bars, vocabulary
     * @param caption  the author's text under the figure, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, Split split, Set<String> show, String caption, String jsonHref) {
        String htmlId = "tokens-" + id;
        int n = split.tokens().size();
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            shares[i] = split.frequency(i);
        }
        StringBuilder html = FigureFrame.open("tokens", htmlId, 16_384);
        if (show.contains("table")) {
            html.append(table(htmlId, split, shares));
        }
        if (show.contains("bars")) {
            html.append(bars(htmlId, split, shares, show.contains("table")));
        }
        if (show.contains("vocabulary")) {
            html.append(vocabulary(htmlId, split));
        }
        return new Figure(FigureFrame.close(html, null, caption, jsonHref, "Every number of this table as JSON"), json(id, split),
                show.contains("bars") ? 1 : 0);
    }

    private static String table(String htmlId, Split split, double[] shares) {
        int n = shares.length;
        StringBuilder html = new StringBuilder(4096);
        html.append(Html.tableStart("token-table", htmlId + "-table", "“" + Html.escape(split.sentence()) + "” as model “"
                + Html.escape(split.model()) + "” reads it: " + n + " tokens"))
                .append("<thead><tr><th scope=\"col\">position</th><th scope=\"col\">token</th>"
                        + "<th scope=\"col\">number in the vocabulary</th>"
                        + "<th scope=\"col\">training sentences that hold it</th></tr></thead><tbody>");
        for (int i = 0; i < n; i++) {
            int index = split.index(i);
            html.append("<tr><th scope=\"row\">").append(i + 1).append("</th><td class=\"text\"><code>")
                    .append(Html.escape(split.tokens().get(i))).append("</code></td>")
                    .append(index < 0 ? "<td class=\"unknown\">not in the vocabulary</td>" : "<td>" + index + "</td>")
                    .append("<td>").append(split.counts()[i]).append(" of ").append(split.sentences()).append(" (")
                    .append(Html.escape(Weights.percent(shares[i]))).append(")</td></tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    private static String bars(String htmlId, Split split, double[] shares, boolean belowTable) {
        String title = "How many training sentences of model “" + split.model() + "” hold each token";
        String description = "Bar chart of the share of the " + split.sentences() + " training sentences of model “"
                + split.model() + "” that hold each token of “" + split.sentence() + "”, in order; a token the model"
                + " does not know has 0%. The same numbers are in the " + (belowTable ? "table above." : "JSON linked below the figure.");
        return "<div class=\"chart\">" + Charts.bars(new BarData(htmlId + "-bars-", title, description,
                split.tokens(), shares, -1, "token", "share of sentences")) + "</div>";
    }

    private static String vocabulary(String htmlId, Split split) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<details class=\"part part-tables\"><summary>The whole vocabulary of model “")
                .append(Html.escape(split.model())).append("”: ").append(split.vocabulary().size()).append(" tokens</summary>")
                .append(Html.tableStart("vocabulary", htmlId + "-vocabulary", "The vocabulary of model “"
                        + Html.escape(split.model()) + "”, in its order"))
                .append("<thead><tr><th scope=\"col\">number</th><th scope=\"col\">token</th></tr></thead><tbody>");
        for (int v = 0; v < split.vocabulary().size(); v++) {
            html.append("<tr><th scope=\"row\">").append(v).append("</th><td class=\"text\"><code>")
                    .append(Html.escape(split.vocabulary().get(v))).append("</code></td></tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).append("</details>").toString();
    }

    private static String json(String id, Split split) {
        return FigureJson.object(json -> {
            json.writeStringField("kind", "tokens");
            json.writeStringField("id", id);
            json.writeStringField("model", split.model());
            json.writeStringField("sentence", split.sentence());
            json.writeArrayFieldStart("sentence_tokens");
            for (int i = 0; i < split.tokens().size(); i++) {
                json.writeStartObject();
                json.writeStringField("token", split.tokens().get(i));
                if (split.index(i) < 0) {
                    json.writeNullField("index");
                } else {
                    json.writeNumberField("index", split.index(i));
                }
                json.writeNumberField("training_sentences", split.counts()[i]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("training_sentences", split.sentences());
            FigureJson.strings(json, "vocabulary", split.vocabulary());
        });
    }
}
