package io.github.attentioncourse.chart;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.format.Weights;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;

/**
 * The look of the weight charts as data, for charts drawn outside this package: the try box draws
 * a reader's own sentence in the browser ({@code generator/src/main/js/try.js}) from this
 * description. It is read from the very constants and functions the baked charts are drawn with
 * (palette, sizes, fonts, the masked label, the percent format), so that the two kinds of chart
 * cannot drift apart.
 */
public final class ChartStyle {

    private ChartStyle() {
    }

    /** Writes the description as one JSON object. */
    public static void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("viridis");
        for (int[] sample : Palette.VIRIDIS) {
            json.writeArray(sample, 0, sample.length);
        }
        json.writeEndArray();
        color(json, "maskedFill", Palette.MASKED);
        color(json, "hatch", Palette.HATCH);
        color(json, "ink", Palette.INK);
        color(json, "paper", Palette.PAPER);
        color(json, "bar", Palette.BAR);
        color(json, "highlight", Palette.BAR_HIGHLIGHT);
        color(json, "grid", Palette.GRID);
        json.writeStringField("family", Labels.cssFamily(HeatmapChart.TICK_FONT.getFamily()));
        // Line heights as the charts measure them (DejaVu Sans); a browser measures widths in its own font.
        json.writeObjectFieldStart("lineHeight");
        for (Font font : new Font[] {HeatmapChart.TICK_FONT, HeatmapChart.LEGEND_FONT, HeatmapCellRenderer.MASKED_FONT}) {
            json.writeNumberField(Integer.toString(font.getSize()), Axes.lineHeight(font));
        }
        json.writeEndObject();
        json.writeNumberField("tickInsets", Axes.TICK_INSETS);
        json.writeNumberField("tickInsetTop", Axes.TICK_LABEL_INSETS.getTop());
        json.writeNumberField("titleInsets", Axes.TITLE_INSETS.getTop());
        json.writeStringField("maskedLabel", Labels.MASKED);
        json.writeStringField("maskedShort", Labels.MASKED_SHORT);
        json.writeNumberField("maskedPadding", MaskedArea.LABEL_PADDING);
        json.writeNumberField("hatchStep", MaskedArea.HATCH_STEP);
        json.writeNumberField("maxTokenLength", Labels.MAX_TOKEN_CODE_POINTS);
        // The texts of the shares that round to none or to all without being so.
        json.writeStringField("almostNone", Weights.percent(Double.MIN_VALUE));
        json.writeStringField("almostAll", Weights.percent(Math.nextDown(1.0)));
        json.writeStringField("almostNoneDecimals", Weights.twoDecimals(Double.MIN_VALUE));
        json.writeStringField("almostAllDecimals", Weights.twoDecimals(Math.nextDown(1.0)));
        json.writeArrayFieldStart("ticks");
        for (double at = 0; at <= 1; at += HeatmapChart.TICK_STEP) {
            json.writeStartArray();
            json.writeNumber(at);
            json.writeString(Weights.percent(at));
            json.writeEndArray();
        }
        json.writeEndArray();
        heatmap(json);
        bars(json);
        json.writeEndObject();
    }

    private static void heatmap(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("heatmap");
        json.writeNumberField("maxCell", HeatmapChart.MAX_CELL);
        json.writeNumberField("minCell", HeatmapChart.MIN_CELL);
        json.writeNumberField("maxGrid", HeatmapChart.MAX_GRID);
        json.writeNumberField("pad", HeatmapChart.PAD);
        json.writeNumberField("gap", HeatmapCellRenderer.GAP);
        json.writeNumberField("tickSize", HeatmapChart.TICK_FONT.getSize());
        json.writeNumberField("titleSize", HeatmapChart.AXIS_FONT.getSize());
        json.writeNumberField("largeLabelCell", HeatmapCellRenderer.LARGE_LABEL_CELL);
        json.writeNumberField("largeLabelSize", HeatmapCellRenderer.LARGE_LABEL_SIZE);
        json.writeNumberField("smallLabelSize", HeatmapCellRenderer.SMALL_LABEL_SIZE);
        json.writeNumberField("maskedSize", HeatmapCellRenderer.MASKED_FONT.getSize());
        json.writeNumberField("legendGap", HeatmapChart.LEGEND_GAP);
        json.writeNumberField("legendStrip", HeatmapChart.LEGEND_STRIP);
        json.writeNumberField("legendTicksOffset", HeatmapChart.LEGEND_TICKS_OFFSET);
        json.writeNumberField("legendSubdivisions", HeatmapChart.LEGEND_SUBDIVISIONS);
        json.writeNumberField("legendSize", HeatmapChart.LEGEND_FONT.getSize());
        json.writeStringField("keyTitle", HeatmapChart.KEY_TITLE);
        json.writeStringField("queryTitle", HeatmapChart.QUERY_TITLE);
        json.writeEndObject();
    }

    private static void bars(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("bars");
        json.writeNumberField("maxSlot", BarChart.MAX_SLOT);
        json.writeNumberField("minSlot", BarChart.MIN_SLOT);
        json.writeNumberField("maxPlotWidth", BarChart.MAX_PLOT_WIDTH);
        json.writeNumberField("plotHeight", BarChart.PLOT_HEIGHT);
        json.writeNumberField("pad", BarChart.PAD);
        json.writeNumberField("headroom", BarChart.HEADROOM);
        json.writeNumberField("gap", BarChart.GAP);
        json.writeNumberField("labelOffset", BarChart.CATEGORY_LABEL_OFFSET);
        json.writeNumberField("tickSize", BarChart.TICK_FONT.getSize());
        json.writeNumberField("titleSize", BarChart.AXIS_FONT.getSize());
        json.writeStringField("weightTitle", BarChart.WEIGHT_TITLE);
        json.writeEndObject();
    }

    private static void color(JsonGenerator json, String name, Color color) throws IOException {
        json.writeArrayFieldStart(name);
        json.writeNumber(color.getRed());
        json.writeNumber(color.getGreen());
        json.writeNumber(color.getBlue());
        json.writeEndArray();
    }
}
