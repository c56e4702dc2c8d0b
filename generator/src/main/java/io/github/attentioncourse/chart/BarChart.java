package io.github.attentioncourse.chart;

import io.github.attentioncourse.format.Weights;
import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Lays out one query's weights as bars: a slot per key sized from the token count, a fixed
 * plot height, and axis spaces fixed from measured labels so the slots land on whole pixels.
 */
final class BarChart {

    static final int MAX_SLOT = 56;
    static final int MIN_SLOT = 28;
    static final int MAX_PLOT_WIDTH = 640;
    static final int PLOT_HEIGHT = 180;
    static final int PAD = 6;
    /** Room above 100% for the label of a full bar, which JFreeChart would otherwise clip. */
    static final double HEADROOM = 1.12;
    /** Share of each slot left empty, split evenly on both sides of its bar. */
    static final double GAP = 0.25;
    static final int CATEGORY_LABEL_OFFSET = 4;
    static final String WEIGHT_TITLE = "weight";

    static final Font TICK_FONT = Labels.font(12, false);
    static final Font TICK_FONT_BOLD = Labels.font(12, true);
    static final Font AXIS_FONT = Labels.font(12, true);

    private final BarData data;
    private final Slot[] slots;
    private final int slot;
    private final boolean verticalKeys;
    private final int left;
    private final int bottom;

    BarChart(BarData data) {
        this.data = data;
        this.slots = new Slot[data.keyTokens().size()];
        String[] labels = new String[slots.length];
        for (int i = 0; i < slots.length; i++) {
            labels[i] = Labels.token(data.keyTokens().get(i));
            slots[i] = new Slot(i, labels[i]);
        }
        this.slot = Math.max(MIN_SLOT, Math.min(MAX_SLOT, MAX_PLOT_WIDTH / slots.length));
        double widestKey = Labels.widest(labels, TICK_FONT_BOLD) + Axes.TICK_INSETS;
        this.verticalKeys = widestKey > slot;
        double keyTicks = verticalKeys ? widestKey : Axes.lineHeight(TICK_FONT) + Axes.TICK_INSETS;
        this.bottom = Axes.ceil(CATEGORY_LABEL_OFFSET + keyTicks + Axes.titleSpace(AXIS_FONT));
        this.left = Axes.ceil(Labels.width(Weights.percent(1), TICK_FONT) + Axes.TICK_INSETS
                + Axes.titleSpace(AXIS_FONT));
    }

    int width() {
        return PAD + left + slots.length * slot + PAD;
    }

    int height() {
        return PAD + PLOT_HEIGHT + bottom + PAD;
    }

    JFreeChart build() {
        CategoryPlot plot = new CategoryPlot(dataset(), keyAxis(), weightAxis(),
                new WeightBarRenderer(data.highlight(), TICK_FONT, TICK_FONT_BOLD));
        Plots.bars(plot, bottom, left);
        JFreeChart chart = Plots.chart(plot, PAD, null);
        return chart;
    }

    /** Masked keys are {@code null}, which JFreeChart leaves out; NaN would give a bar of NaN height. */
    private DefaultCategoryDataset dataset() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Slot key : slots) {
            double w = data.weight(key.index());
            dataset.addValue(Double.isNaN(w) ? null : w, "weight", key);
        }
        return dataset;
    }

    private CategoryAxis keyAxis() {
        CategoryAxis axis = new TokenCategoryAxis(data.keyTitle());
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(AXIS_FONT);
        axis.setTickLabelInsets(Axes.TICK_LABEL_INSETS);
        axis.setLabelInsets(Axes.TITLE_INSETS);
        axis.setCategoryLabelPositionOffset(CATEGORY_LABEL_OFFSET);
        axis.setTickMarksVisible(false);
        axis.setAxisLinePaint(Palette.INK);
        double outer = GAP / 2 / slots.length;
        axis.setLowerMargin(outer);
        axis.setUpperMargin(outer);
        axis.setCategoryMargin(GAP * (slots.length - 1) / slots.length);
        if (verticalKeys) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        // JFreeChart wraps an upright label longer than 30% of the plot height; tokens are
        // already cut to a length that fits, and a flat label is only chosen when it fits its slot.
        axis.setMaximumCategoryLabelWidthRatio(1f);
        if (data.highlight() >= 0) {
            axis.setTickLabelFont(slots[data.highlight()], TICK_FONT_BOLD);
        }
        return axis;
    }

    private NumberAxis weightAxis() {
        NumberAxis axis = new NumberAxis(data.weightTitle());
        Axes.style(axis, TICK_FONT, AXIS_FONT);
        axis.setRange(0, HEADROOM);
        axis.setTickUnit(new NumberTickUnit(HeatmapChart.TICK_STEP, TickFormat.WEIGHTS), false, true);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    /**
     * A key's position and its label. JFreeChart keys categories by equality, so two equal
     * tokens need the index to stay two bars; the axis shows {@link #toString()}.
     */
    record Slot(int index, String label) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
