package io.github.attentioncourse.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Flat bars labelled with their percentage; the highlighted key gets its own colour and a bold
 * label (so it stands out without colour too), and a masked key (a {@code null} value) gets an
 * empty {@link MaskedArea} slot instead of a bar.
 */
final class WeightBarRenderer extends BarRenderer {

    private final int highlight;
    private final Font font;
    private final Font bold;

    WeightBarRenderer(int highlight, Font font, Font bold) {
        this.highlight = highlight;
        this.font = font;
        this.bold = bold;
        // JFreeChart's defaults without a chart theme are gradient bars with shadows.
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0);
        setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", TickFormat.WEIGHTS));
        setDefaultItemLabelsVisible(true);
        setDefaultItemLabelPaint(Palette.INK);
        setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return column == highlight ? Palette.BAR_HIGHLIGHT : Palette.BAR;
    }

    @Override
    public Font getItemLabelFont(int row, int column) {
        return column == highlight ? bold : font;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
            int row, int column, int pass) {
        if (dataset.getValue(row, column) != null) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            return;
        }
        double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
        Rectangle2D slot = new Rectangle2D.Double(x, dataArea.getMinY(), state.getBarWidth(),
                dataArea.getHeight());
        MaskedArea.draw(g2, slot, Labels.MASKED, font);
    }
}
