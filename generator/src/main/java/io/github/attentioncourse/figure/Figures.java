package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.ExampleSpec.Part;
import io.github.attentioncourse.format.Html;
import io.github.attentioncourse.format.Numbers;
import java.util.List;

/**
 * Turns one example's trace into its HTML figure (walk-through, charts, token picker, tables) and
 * its JSON numbers. Everything shown is read from the trace, but for the tanh values of an
 * additive walk-through, which the engine's own {@code AdditiveScore.hidden} gives for the one
 * query shown rather than the trace keeping n·m of them.
 */
public final class Figures {

    /**
     * The HTML of a figure, the JSON its link points at, and how many charts the HTML holds.
     */
    public record Figure(String html, String json, int charts) {
    }

    private Figures() {
    }

    /**
     * @param jsonHref where the page links the example's JSON, relative to the page
     * @param source   for an example a trained model computed, the line that says where its numbers
     *                 come from; null for one whose numbers the author wrote
     */
    public static Figure render(ExampleSpec spec, AttentionTrace trace, String jsonHref, String source) {
        String id = "ex-" + spec.id();
        List<String> queries = spec.tokens();
        List<String> keys = spec.keyTokens();
        boolean multiHead = trace.heads().size() > 1;
        StringBuilder html = new StringBuilder(32_768);
        int charts = 0;
        html.append("<figure class=\"attention-example\" id=\"").append(id).append("\">");
        boolean heatmapsSideBySide = multiHead && spec.show().contains(Part.HEATMAP);
        if (heatmapsSideBySide) {
            // Heads are compared by their patterns, so their heatmaps stand next to each other.
            html.append("<div class=\"part part-heatmap heads-side-by-side\">");
            for (int h = 0; h < trace.heads().size(); h++) {
                html.append("<div class=\"head-heatmap\"><p class=\"head-title\">Head ").append(h + 1).append("</p>")
                        .append(ChartPanels.heatmap(id + "-h" + (h + 1) + "-", queries, keys, trace.heads().get(h),
                                " (head " + (h + 1) + ")"))
                        .append("</div>");
                charts++;
            }
            html.append("</div>");
        }
        for (int h = 0; h < trace.heads().size(); h++) {
            HeadTrace head = trace.heads().get(h);
            String prefix = id + "-h" + (h + 1) + "-";
            String headLabel = multiHead ? " (head " + (h + 1) + ")" : "";
            // Several examples on a page show tables of the same name ("K"): each table's box is a
            // region, and a screen reader's list of regions tells them apart by the example's id.
            String inExample = "<span class=\"visually-hidden\"> in example " + Html.escape(spec.id())
                    + (multiHead ? ", head " + (h + 1) : "") + "</span>";
            if (multiHead) {
                html.append("<section class=\"head\" aria-label=\"Head ").append(h + 1).append(" of example ")
                        .append(Html.escape(spec.id())).append("\">")
                        .append("<p class=\"head-title\">Head ").append(h + 1).append("</p>");
            }
            if (spec.show().contains(Part.STEPS)) {
                html.append("<div class=\"part part-steps\"><p class=\"part-title\">Step by step for “")
                        .append(Html.escape(queries.get(spec.focus()))).append("”").append(headLabel).append("</p>")
                        .append(WalkThrough.of(prefix + "steps", inExample, head, spec.focus(), queries, keys,
                                scaleText(spec, trace), divisor(spec, trace)))
                        .append("</div>");
            }
            if (spec.show().contains(Part.HEATMAP) && !heatmapsSideBySide) {
                html.append("<div class=\"part part-heatmap\">")
                        .append(ChartPanels.heatmap(prefix, queries, keys, head, headLabel)).append("</div>");
                charts++;
            }
            if (spec.show().contains(Part.BARS)) {
                html.append("<div class=\"part part-bars\">")
                        .append(ChartPanels.bars(prefix, queries, keys, head, spec.focus(), headLabel)).append("</div>");
                // One bar chart per query token.
                charts += queries.size();
            }
            html.append("<details class=\"part part-tables\"><summary>All the numbers").append(headLabel)
                    .append(": Q, K, V, scores and weights as tables</summary>")
                    .append(HeadTables.of(prefix, inExample, spec, trace, head, divisor(spec, trace))).append("</details>");
            if (multiHead) {
                html.append("</section>");
            }
        }
        html.append(outputTables(id + "-combined", spec, trace));
        html.append("<figcaption>");
        if (source != null) {
            html.append("<span class=\"figure-source\">").append(Html.escape(source)).append("</span> ");
        }
        if (spec.caption() != null) {
            html.append(Html.escape(spec.caption())).append(' ');
        }
        html.append("<a class=\"json-link\" href=\"").append(Html.escape(jsonHref)).append("\">Every number of this example as JSON</a>")
                .append("</figcaption></figure>");
        return new Figure(html.toString(), NumbersJson.of(spec, trace), charts);
    }

    /**
     * How the divisor is written in the walk-through: √d_k when defaulted, the number otherwise;
     * null for additive scores left unscaled by default.
     */
    private static String scaleText(ExampleSpec spec, AttentionTrace trace) {
        if (spec.scale() == null && trace.input().additive()) {
            return null;
        }
        if (spec.scale() == null) {
            int dk = trace.heads().get(0).q().numCols;
            boolean whole = trace.scale() == Math.rint(trace.scale());
            return "√d<sub>k</sub> = √" + dk + (whole ? " = " + Numbers.plain(trace.scale()) : " ≈ " + Numbers.fixed(trace.scale(), 2));
        }
        return "the chosen scale " + Numbers.plain(trace.scale());
    }

    /** The divisor as a number: rounded when it is √d_k, exactly as written when the author chose it (or 1). */
    private static String divisor(ExampleSpec spec, AttentionTrace trace) {
        boolean exact = spec.scale() != null || trace.scale() == Math.rint(trace.scale());
        return exact ? Numbers.plain(trace.scale()) : Numbers.fixed(trace.scale(), 2);
    }

    /** @param id of the combined output's table on the page */
    private static String outputTables(String id, ExampleSpec spec, AttentionTrace trace) {
        if (trace.input().wO() == null) {
            return "";
        }
        return "<div class=\"part part-combined\"><p class=\"part-title\">Heads combined</p>"
                + "<p>The heads' outputs are put side by side (concatenated) and multiplied by W<sub>O</sub>:</p>"
                + MatrixTable.of(id, "Output = concat(heads) W<sub>O</sub><span class=\"visually-hidden\"> in example "
                        + Html.escape(spec.id()) + "</span>", "token", spec.tokens(),
                        MatrixTable.dimensions(trace.output().numCols), trace.output())
                + "</div>";
    }
}
