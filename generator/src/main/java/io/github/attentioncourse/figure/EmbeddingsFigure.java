package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.ScatterData;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.PrincipalComponents;
import io.github.attentioncourse.model.WordSpace;
import io.github.attentioncourse.model.WordSpace.Neighbour;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A trained model's word vectors as the page shows them: each shown word's nearest words by cosine
 * similarity as a table, the words placed by the first two principal components of their vectors as
 * a scatter plot, the plot's coordinates and the vectors as tables, and all of it as JSON.
 */
public final class EmbeddingsFigure {

    /** Words shown together, in one colour and marker. */
    public record Group(String name, List<String> words) {

        public Group {
            words = List.copyOf(words);
        }
    }

    /**
     * The measured word space.
     *
     * @param model      the model's name
     * @param vocabulary every word the model knows, in its order
     * @param embedding  its embedding table E, one row per word of the vocabulary
     * @param groups     the words shown, in groups
     * @param neighbours for each shown word (groups in order), its nearest words in the whole vocabulary
     * @param pca        the first two principal components of the shown words' vectors, their rows in the same order
     */
    public record Space(String model, List<String> vocabulary, double[][] embedding, List<Group> groups,
            List<List<Neighbour>> neighbours, PrincipalComponents pca) {

        public Space {
            vocabulary = List.copyOf(vocabulary);
            groups = List.copyOf(groups);
            neighbours = List.copyOf(neighbours);
        }

        /** Every shown word, group after group. */
        public List<String> words() {
            List<String> words = new ArrayList<>();
            groups.forEach(g -> words.addAll(g.words()));
            return words;
        }

        /** The group of the shown word at {@code index}. */
        public int groupOf(int index) {
            int g = 0;
            int end = groups.get(0).words().size();
            while (index >= end) {
                g++;
                end += groups.get(g).words().size();
            }
            return g;
        }

        /** How many numbers each word's vector holds. */
        public int dimensions() {
            return embedding[0].length;
        }

        /**
         * How many shown words have, as the most alike of the other shown words (by cosine over
         * every dimension), a word of their own group.
         */
        public int grouped() {
            List<String> words = words();
            int count = 0;
            for (int i = 0; i < words.size(); i++) {
                double[] v = vector(words.get(i));
                int nearest = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < words.size(); j++) {
                    double c = WordSpace.cosine(v, vector(words.get(j)));
                    if (j != i && c > best) {
                        best = c;
                        nearest = j;
                    }
                }
                count += groupOf(nearest) == groupOf(i) ? 1 : 0;
            }
            return count;
        }

        /** The word's row of the embedding table. */
        public double[] vector(String word) {
            return embedding[vocabulary.indexOf(word)];
        }

        /**
         * How many shown words have, as nearest other point of the picture (by straight-line distance
         * in the plane of the two components), a word of their own group.
         */
        public int groupedInPicture() {
            double[][] p = pca.projection();
            int count = 0;
            for (int i = 0; i < p.length; i++) {
                int nearest = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < p.length; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double d = dx * dx + dy * dy;
                    if (j != i && d < best) {
                        best = d;
                        nearest = j;
                    }
                }
                count += groupOf(nearest) == groupOf(i) ? 1 : 0;
            }
            return count;
        }

        /** The share of the shown words' spread that the two components keep together. */
        public double kept() {
            return pca.share(0) + pca.share(1);
        }
    }

    private EmbeddingsFigure() {
    }

    /**
     * @param id       the block's id, unique on the page
     * @param source   the line that says where the vectors come from
     * @param caption  the author's text under the figure, or null
     * @param jsonHref where the page links the numbers
     */
    public static Figure render(String id, Space space, String source, String caption, String jsonHref) {
        String htmlId = "embeddings-" + id;
        List<String> words = space.words();
        boolean grouped = space.groups().size() > 1;
        StringBuilder html = FigureFrame.open("word-space", htmlId, 16_384);
        html.append(neighboursTable(htmlId + "-nearest", space, words, grouped));
        html.append("<div class=\"chart chart-scatter\">").append(Charts.scatter(scatter(htmlId + "-pca-", space)))
                .append("</div>");
        double[][] p = space.pca().projection();
        DMatrixRMaj coordinates = new DMatrixRMaj(p);
        DMatrixRMaj vectors = new DMatrixRMaj(words.size(), space.dimensions());
        for (int i = 0; i < words.size(); i++) {
            double[] v = space.vector(words.get(i));
            for (int j = 0; j < v.length; j++) {
                vectors.set(i, j, v[j]);
            }
        }
        html.append("<details class=\"part part-tables\"><summary>The picture's coordinates and the words' vectors as tables</summary>")
                .append(MatrixTable.of(htmlId + "-coordinates", "Each word along the first and second principal component (they keep "
                        + Weights.percent(space.pca().share(0)) + " and " + Weights.percent(space.pca().share(1))
                        + " of the spread)", "word", words, List.of("first", "second"), coordinates))
                .append(MatrixTable.of(htmlId + "-vectors", "The words' vectors (rows of the embedding table E of model “"
                        + Html.escape(space.model()) + "”)", "word", words, MatrixTable.dimensions(space.dimensions()), vectors))
                .append("</details>");
        return new Figure(FigureFrame.close(html, source, caption, jsonHref, "Every number of this figure as JSON"),
                EmbeddingsJson.of(id, space), 1);
    }

    private static String neighboursTable(String tableId, Space space, List<String> words, boolean grouped) {
        int k = space.neighbours().get(0).size();
        StringBuilder html = new StringBuilder(4096);
        html.append(Html.tableStart("neighbours", tableId, "The " + (k == 1 ? "word" : k + " words") + " nearest to each,"
                + " by cosine similarity of their vectors (" + space.dimensions() + " numbers each), among all "
                + space.vocabulary().size() + " words of model “" + Html.escape(space.model()) + "”"))
                .append("<thead><tr><th scope=\"col\">word</th>");
        if (grouped) {
            html.append("<th scope=\"col\">group</th>");
        }
        for (int n = 1; n <= k; n++) {
            html.append("<th scope=\"col\">").append(ordinal(n)).append(" nearest (cosine)</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < words.size(); i++) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(words.get(i))).append("</th>");
            if (grouped) {
                html.append("<td class=\"text\">").append(Html.escape(space.groups().get(space.groupOf(i)).name())).append("</td>");
            }
            for (Neighbour n : space.neighbours().get(i)) {
                html.append("<td class=\"text\">").append(Html.escape(n.word())).append(" (")
                        .append(Numbers.fixed(n.cosine(), 2)).append(")</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }

    private static ScatterData scatter(String prefix, Space space) {
        double[][] p = space.pca().projection();
        List<ScatterData.Group> groups = new ArrayList<>();
        int at = 0;
        for (Group group : space.groups()) {
            int n = group.words().size();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = p[at + i][0];
                y[i] = p[at + i][1];
            }
            at += n;
            groups.add(new ScatterData.Group(group.name(), group.words(), x, y));
        }
        String description = "Scatter plot of " + p.length + " words of model “" + space.model() + "”, each placed by its "
                + space.dimensions() + "-number vector's coordinates along the two directions in which the shown words'"
                + " vectors spread most (principal components), drawn to the same scale; together they keep "
                + Weights.percent(space.kept()) + " of the spread. "
                + (space.groups().size() > 1 ? "Each group has its own colour and marker. " : "")
                + "The coordinates are in a table below the chart.";
        return new ScatterData(prefix, "Words of model “" + space.model() + "” in two dimensions", description,
                "first principal component", "second principal component", groups);
    }
}
