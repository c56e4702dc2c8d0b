package io.github.attentioncourse.figure;

import io.github.attentioncourse.chart.BarData;
import io.github.attentioncourse.chart.Charts;
import io.github.attentioncourse.chart.HeatmapData;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.format.Html;
import java.util.List;

/**
 * The charts of one head: the heatmap of all weights, and one bar chart per query behind a token
 * picker. Without JavaScript every bar chart is shown, one after the other; the picker's buttons
 * stay hidden until the script turns the panels into tabs and gives the tabs and panels their
 * roles and names (until then nothing here is a tab, so nothing points at one).
 */
final class ChartPanels {

    private ChartPanels() {
    }

    static String heatmap(String prefix, List<String> queries, List<String> keys, HeadTrace head, String headLabel) {
        String title = "Attention weights" + headLabel;
        String description = "Heatmap of how much each query token (rows) attends to each key token (columns); "
                + "each cell shows the weight as a percentage. The same numbers are in the weights table.";
        String svg = Charts.heatmap(new HeatmapData(prefix + "hm-", title, description, queries, keys, chartRows(head)));
        return "<div class=\"chart chart-heatmap\">" + svg + "</div>";
    }

    static String bars(String prefix, List<String> queries, List<String> keys, HeadTrace head, int selected, String headLabel) {
        StringBuilder html = new StringBuilder(8192 * queries.size());
        html.append("<div class=\"token-picker\" data-token-picker>")
                .append("<p class=\"picker-label\" id=\"").append(prefix).append("pick\">Pick a query token to see where it looks")
                .append(Html.escape(headLabel)).append(":</p>")
                .append("<div class=\"picker-tabs\" hidden>");
        for (int i = 0; i < queries.size(); i++) {
            html.append("<button type=\"button\" id=\"").append(prefix).append("tab-").append(i)
                    .append("\" aria-controls=\"").append(prefix).append("panel-").append(i).append('"')
                    .append(i == selected ? " data-selected" : "").append('>')
                    .append(Html.escape(queries.get(i))).append("</button>");
        }
        html.append("</div>");
        double[][] rows = chartRows(head);
        for (int i = 0; i < queries.size(); i++) {
            String token = queries.get(i);
            String title = "Where “" + token + "” looks" + headLabel;
            String description = "Bar chart of the attention weights of the query “" + token
                    + "” over the key tokens, as percentages that sum to 100%.";
            html.append("<div class=\"picker-panel\" id=\"").append(prefix).append("panel-").append(i).append("\">")
                    .append("<p class=\"panel-title\">Query “").append(Html.escape(token)).append("”</p>")
                    .append(Charts.bars(new BarData(prefix + "b" + i + "-", title, description, keys, rows[i], argmax(rows[i]))))
                    .append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** The shown weights as rows, with masked entries as NaN, which the charts draw as masked. */
    private static double[][] chartRows(HeadTrace head) {
        double[][] rows = new double[head.weights().numRows][head.weights().numCols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = ShownWeights.masked(head, i, j) ? Double.NaN : ShownWeights.of(head, i, j);
            }
        }
        return rows;
    }

    private static int argmax(double[] row) {
        int best = -1;
        for (int j = 0; j < row.length; j++) {
            if (!Double.isNaN(row[j]) && (best < 0 || row[j] > row[best])) {
                best = j;
            }
        }
        return best;
    }
}
