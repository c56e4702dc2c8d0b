package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** A matrix as an HTML table with labelled rows and columns: the data behind every chart. */
final class MatrixTable {

    private MatrixTable() {
    }

    /** Column labels d1…dn for a matrix whose columns are dimensions rather than tokens. */
    static List<String> dimensions(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "d" + i).toList();
    }

    /** @param id unique on the page; names the caption */
    static String of(String id, String caption, String corner, List<String> rows, List<String> columns, DMatrixRMaj m) {
        return table(id, caption, corner, rows, columns, m, (i, j) -> Numbers.fixed(m.get(i, j), 2));
    }

    /** A head's attention weights, queries by keys, as {@link ShownWeights} has them and {@link Weights#twoDecimals} writes them. */
    static String weights(String id, String caption, List<String> queries, List<String> keys, HeadTrace head) {
        return table(id, caption, "query \\ key", queries, keys, head.weights(),
                (i, j) -> Html.escape(Weights.twoDecimals(ShownWeights.of(head, i, j))));
    }

    /** The markup of the entry in a row and column. */
    private interface Cell {
        String at(int row, int column);
    }

    private static String table(String id, String caption, String corner, List<String> rows, List<String> columns,
            DMatrixRMaj m, Cell cell) {
        StringBuilder html = new StringBuilder(256 + 16 * m.getNumElements());
        html.append(Html.tableStart("matrix", id, caption)).append("<thead><tr><th scope=\"col\">")
                .append(Html.escape(corner)).append("</th>");
        for (String column : columns) {
            html.append("<th scope=\"col\">").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < m.numRows; i++) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(rows.get(i))).append("</th>");
            for (int j = 0; j < m.numCols; j++) {
                html.append(Double.isInfinite(m.get(i, j)) ? "<td class=\"masked\">" : "<td>")
                        .append(cell.at(i, j)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    /** A row vector written inline, e.g. [1.00, 0.50]. */
    static String vector(DMatrixRMaj m, int row) {
        StringBuilder text = new StringBuilder("[");
        for (int j = 0; j < m.numCols; j++) {
            text.append(j == 0 ? "" : ", ").append(Numbers.fixed(m.get(row, j), 2));
        }
        return text.append(']').toString();
    }
}
