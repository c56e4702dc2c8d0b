package io.github.attentioncourse.chart;

import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.DoubleFunction;

/**
 * The course's own number writers in the shape JFreeChart's tick units and item labels take, so
 * that a chart's label reads exactly as the same number does in prose and tables, in every
 * locale. They keep no state, so one instance serves every chart on every thread.
 */
final class TickFormat extends NumberFormat {

    /** Weights as percentages: {@link Weights#percent}. */
    static final TickFormat WEIGHTS = new TickFormat(Weights::percent);
    /** Plain numbers with at most three decimals, e.g. a loss or a training step. */
    static final TickFormat PLAIN = new TickFormat(value -> Numbers.trimmed(value, 3));

    private static final long serialVersionUID = 1L;

    private final transient DoubleFunction<String> writer;

    private TickFormat(DoubleFunction<String> writer) {
        this.writer = writer;
    }

    @Override
    public StringBuffer format(double value, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(writer.apply(value));
    }

    @Override
    public StringBuffer format(long value, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) value, toAppendTo, pos);
    }

    /** Charts only write numbers. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("chart numbers are written, never read back");
    }
}
