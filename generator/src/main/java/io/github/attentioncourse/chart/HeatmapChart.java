package io.github.attentioncourse.chart;

import io.github.attentioncourse.format.Weights;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Lays out a heatmap: square cells sized from the token count, the key axis on top so the grid
 * reads like the weight matrix in the step tables, the query axis on the left, a legend on the right.
 * Every space around the grid is fixed from measured labels, so the cells land on whole pixels.
 */
final class HeatmapChart {

    static final int MAX_CELL = 56;
    static final int MIN_CELL = 28;
    /** The grid's longer side stays near a page column until cells reach their minimum. */
    static final int MAX_GRID = 640;
    static final int PAD = 6;
    static final int LEGEND_GAP = 16;
    static final int LEGEND_STRIP = 12;
    static final int LEGEND_TICKS_OFFSET = 4;
    static final int LEGEND_SUBDIVISIONS = 32;
    /** The legend's ticks, and the bar chart's weight axis's: every quarter. */
    static final double TICK_STEP = 0.25;

    static final Font TICK_FONT = Labels.font(12, false);
    static final Font AXIS_FONT = Labels.font(12, true);
    static final Font LEGEND_FONT = Labels.font(11, false);
    static final String KEY_TITLE = "key";
    static final String QUERY_TITLE = "query";

    private final HeatmapData data;
    private final String[] queries;
    private final String[] keys;
    private final int cell;
    private final boolean verticalKeys;
    private final int left;
    private final int top;
    private final int legendWidth;

    HeatmapChart(HeatmapData data) {
        this.data = data;
        this.queries = data.queryTokens().stream().map(Labels::token).toArray(String[]::new);
        this.keys = data.keyTokens().stream().map(Labels::token).toArray(String[]::new);
        int longest = Math.max(queries.length, keys.length);
        this.cell = Math.max(MIN_CELL, Math.min(MAX_CELL, MAX_GRID / longest));
        double widestKey = Labels.widest(keys, TICK_FONT) + Axes.TICK_INSETS;
        this.verticalKeys = widestKey > cell;
        double keyTicks = verticalKeys ? widestKey : Axes.lineHeight(TICK_FONT) + Axes.TICK_INSETS;
        this.top = Axes.ceil(keyTicks + Axes.titleSpace(AXIS_FONT));
        this.left = Axes.ceil(Labels.widest(queries, TICK_FONT) + Axes.TICK_INSETS
                + Axes.titleSpace(AXIS_FONT));
        this.legendWidth = LEGEND_GAP + LEGEND_STRIP + LEGEND_TICKS_OFFSET + legendTicksWidth();
    }

    int width() {
        return PAD + left + keys.length * cell + legendWidth + PAD;
    }

    int height() {
        return PAD + top + queries.length * cell + PAD;
    }

    JFreeChart build() {
        XYPlot plot = new XYPlot(dataset(), keyAxis(), queryAxis(), new HeatmapCellRenderer(cell));
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
        // No background, outline or grid: the cells carry the information.
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        AxisSpace keySpace = new AxisSpace();
        keySpace.setTop(top);
        plot.setFixedDomainAxisSpace(keySpace);
        AxisSpace querySpace = new AxisSpace();
        querySpace.setLeft(left);
        plot.setFixedRangeAxisSpace(querySpace);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(PAD, PAD, PAD, PAD));
        chart.addSubtitle(legend());
        return chart;
    }

    /** One item per cell at (key index, query index), z = weight, NaN where masked. */
    private DefaultXYZDataset dataset() {
        int n = queries.length;
        int m = keys.length;
        double[][] series = new double[3][n * m];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < m; k++) {
                int item = q * m + k;
                series[0][item] = k;
                series[1][item] = q;
                series[2][item] = data.weight(q, k);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("weights", series);
        return dataset;
    }

    private SymbolAxis keyAxis() {
        SymbolAxis axis = Axes.tokenAxis(KEY_TITLE, keys, TICK_FONT, AXIS_FONT);
        axis.setVerticalTickLabels(verticalKeys);
        return axis;
    }

    private SymbolAxis queryAxis() {
        SymbolAxis axis = Axes.tokenAxis(QUERY_TITLE, queries, TICK_FONT, AXIS_FONT);
        // Rows run top to bottom in token order, as in the weight matrix.
        axis.setInverted(true);
        return axis;
    }

    private PaintScaleLegend legend() {
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, 1);
        axis.setTickLabelFont(LEGEND_FONT);
        TickUnits units = new TickUnits();
        for (double size : new double[] {TICK_STEP, 2 * TICK_STEP, 4 * TICK_STEP}) {
            units.add(new NumberTickUnit(size, TickFormat.WEIGHTS));
        }
        axis.setStandardTickUnits(units);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setFixedDimension(legendTicksWidth());

        PaintScaleLegend legend = new PaintScaleLegend(Palette.WEIGHTS, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setSubdivisionCount(LEGEND_SUBDIVISIONS);
        legend.setStripWidth(LEGEND_STRIP);
        legend.setAxisOffset(LEGEND_TICKS_OFFSET);
        legend.setBackgroundPaint(null);
        legend.setStripOutlineVisible(false);
        legend.setPadding(RectangleInsets.ZERO_INSETS);
        legend.setMargin(new RectangleInsets(top, LEGEND_GAP, 0, 0));
        return legend;
    }

    private static int legendTicksWidth() {
        return Axes.ceil(Labels.width(Weights.percent(1), LEGEND_FONT) + Axes.TICK_INSETS);
    }
}
