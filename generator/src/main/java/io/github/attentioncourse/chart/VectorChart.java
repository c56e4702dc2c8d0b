package io.github.attentioncourse.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Lays out vectors as bars that grow up from zero for positive entries and down for negative
 * ones, the vectors side by side in each entry's slot, in the course's chart style: the bar
 * charts' fonts, ink and grid, the line charts' Okabe–Ito colours, a line at zero, and a key
 * when there is more than one vector. The numbers are in the figure's tables; the chart is for
 * the shape (which entries are large, which change sign).
 */
final class VectorChart {

    private static final int MAX_SLOT = 56;
    private static final int MIN_SLOT = 16;
    private static final int MAX_PLOT_WIDTH = 640;
    private static final int PLOT_HEIGHT = 200;
    private static final int PAD = 6;
    private static final double GAP = 0.25;
    private static final int ENTRY_LABEL_OFFSET = 4;
    /** Room for a tick label such as "-12.5". */
    private static final String WIDEST_TICK = "-00.00";
    private static final Font TICK_FONT = Labels.font(12, false);
    private static final Font AXIS_FONT = Labels.font(12, true);
    /** Okabe–Ito blue, vermillion and bluish green, as the line charts use. */
    private static final Color[] BARS = {Palette.BAR, Palette.BAR_HIGHLIGHT, new Color(0, 158, 115)};

    private final VectorData data;
    private final String[] labels;
    private final int slot;
    private final boolean verticalEntries;
    private final int left;
    private final int bottom;

    VectorChart(VectorData data) {
        this.data = data;
        this.labels = data.entries().stream().map(Labels::token).toArray(String[]::new);
        this.slot = Math.max(MIN_SLOT, Math.min(MAX_SLOT, MAX_PLOT_WIDTH / labels.length));
        double widest = Labels.widest(labels, TICK_FONT) + Axes.TICK_INSETS;
        this.verticalEntries = widest > slot;
        double entryTicks = verticalEntries ? widest : Axes.lineHeight(TICK_FONT) + Axes.TICK_INSETS;
        this.bottom = Axes.ceil(ENTRY_LABEL_OFFSET + entryTicks + Axes.titleSpace(AXIS_FONT));
        this.left = Axes.ceil(Labels.width(WIDEST_TICK, TICK_FONT) + Axes.TICK_INSETS + Axes.titleSpace(AXIS_FONT));
    }

    int width() {
        return PAD + left + labels.length * slot + PAD;
    }

    int height() {
        return PAD + keyHeight() + PLOT_HEIGHT + bottom + PAD;
    }

    private int keyHeight() {
        return data.series().size() > 1 ? Axes.ceil(Axes.lineHeight(TICK_FONT) + 2 * Axes.TICK_INSETS) : 0;
    }

    JFreeChart build() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            double[] values = data.series().get(s).values();
            for (int e = 0; e < values.length; e++) {
                // Keyed by position, so that two vectors or two entries may share a name.
                dataset.addValue(values[e], Integer.valueOf(s), new BarChart.Slot(e, labels[e]));
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        for (int s = 0; s < data.series().size(); s++) {
            renderer.setSeriesPaint(s, BARS[s]);
        }
        renderer.setLegendItemLabelGenerator((set, series) -> data.series().get(series).name());
        CategoryPlot plot = new CategoryPlot(dataset, entryAxis(), valueAxis(), renderer);
        Plots.bars(plot, bottom, left);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Palette.INK);
        plot.setRangeZeroBaselineStroke(new BasicStroke(1f));
        JFreeChart chart = Plots.chart(plot, PAD, data.series().size() > 1 ? TICK_FONT : null);
        return chart;
    }

    private CategoryAxis entryAxis() {
        CategoryAxis axis = new TokenCategoryAxis(data.entryTitle());
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(AXIS_FONT);
        axis.setTickLabelInsets(Axes.TICK_LABEL_INSETS);
        axis.setLabelInsets(Axes.TITLE_INSETS);
        axis.setCategoryLabelPositionOffset(ENTRY_LABEL_OFFSET);
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        double outer = GAP / 2 / labels.length;
        axis.setLowerMargin(outer);
        axis.setUpperMargin(outer);
        axis.setCategoryMargin(GAP * (labels.length - 1) / labels.length);
        if (verticalEntries) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        axis.setMaximumCategoryLabelWidthRatio(1f);
        return axis;
    }

    private NumberAxis valueAxis() {
        NumberAxis axis = new NumberAxis(data.valueTitle());
        Axes.style(axis, TICK_FONT, AXIS_FONT);
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(TickFormat.PLAIN);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }
}
