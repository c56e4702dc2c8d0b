package io.github.attentioncourse.chart;

import io.github.attentioncourse.format.Weights;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Draws one heatmap cell: its colour and its percentage in black or white, whichever reads
 * better on that colour; a masked cell is drawn as a {@link MaskedArea}.
 * A thin gap separates the cells so that neighbours of similar colour stay two cells.
 */
final class HeatmapCellRenderer extends XYBlockRenderer {

    static final double GAP = 2;
    /** Cells at least this wide take the tick labels' size; smaller ones a smaller one. */
    static final int LARGE_LABEL_CELL = 40;
    static final int LARGE_LABEL_SIZE = 12;
    static final int SMALL_LABEL_SIZE = 10;
    static final Font MASKED_FONT = Labels.font(SMALL_LABEL_SIZE, false);

    private final Font font;
    private final String maskedLabel;

    HeatmapCellRenderer(int cell) {
        // A 12 px ">99%", the widest label, needs about 37 px; small cells get the smaller size rather than overflow.
        this.font = Labels.font(cell >= LARGE_LABEL_CELL ? LARGE_LABEL_SIZE : SMALL_LABEL_SIZE, false);
        // Where "masked" would not fit, a dash on the hatching says the same.
        boolean wordFits = MaskedArea.fitsAcross(Labels.MASKED, MASKED_FONT, cell - 3 * GAP);
        this.maskedLabel = wordFits ? Labels.MASKED : Labels.MASKED_SHORT;
        setPaintScale(Palette.WEIGHTS);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
            PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
            XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
        double key = dataset.getXValue(series, item);
        double query = dataset.getYValue(series, item);
        double weight = ((XYZDataset) dataset).getZValue(series, item);
        double x0 = domainAxis.valueToJava2D(key - 0.5, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(key + 0.5, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(query - 0.5, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(query + 0.5, dataArea, plot.getRangeAxisEdge());
        Rectangle2D block = new Rectangle2D.Double(Math.min(x0, x1) + GAP / 2, Math.min(y0, y1) + GAP / 2,
                Math.abs(x1 - x0) - GAP, Math.abs(y1 - y0) - GAP);

        if (Double.isNaN(weight)) {
            MaskedArea.draw(g2, block, maskedLabel, MASKED_FONT);
            return;
        }
        Color fill = Palette.WEIGHTS.getPaint(weight);
        g2.setPaint(fill);
        g2.fill(block);
        g2.setFont(font);
        g2.setPaint(Palette.textOn(fill));
        TextUtils.drawAlignedString(Weights.percent(weight), g2, (float) block.getCenterX(),
                (float) block.getCenterY(), TextAnchor.CENTER);
    }
}
