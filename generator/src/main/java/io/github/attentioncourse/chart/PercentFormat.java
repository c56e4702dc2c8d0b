package io.github.attentioncourse.chart;

import io.github.attentioncourse.format.Weights;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * {@link Weights#percent} in the shape JFreeChart's tick units and item labels take, so that a
 * bar's label reads exactly as the same weight does in prose and tables. It keeps no state, so
 * one instance serves every chart on every thread.
 */
final class PercentFormat extends NumberFormat {

    static final PercentFormat WEIGHTS = new PercentFormat();

    private static final long serialVersionUID = 1L;

    private PercentFormat() {
    }

    @Override
    public StringBuffer format(double weight, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Weights.percent(weight));
    }

    @Override
    public StringBuffer format(long weight, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) weight, toAppendTo, pos);
    }

    /** Charts only write percentages. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("chart percentages are written, never read back");
    }
}
