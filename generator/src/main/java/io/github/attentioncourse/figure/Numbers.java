package io.github.attentioncourse.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for pages: fixed decimals in {@link java.util.Locale#ROOT} style, whatever the
 * machine's locale, so that a bake is the same bytes everywhere.
 */
public final class Numbers {

    /** Shown where a masked entry would be: the score is −∞ before the softmax. */
    public static final String MINUS_INFINITY = "-∞";

    private Numbers() {
    }

    /**
     * {@code value} with exactly {@code decimals} digits after the point, rounded half up from
     * the exact binary value; never "-0.00".
     */
    public static String fixed(double value, int decimals) {
        if (Double.isInfinite(value)) {
            return value < 0 ? MINUS_INFINITY : "∞";
        }
        if (Double.isNaN(value)) {
            return "NaN";
        }
        // Every number of every table passes here. Away from a rounding tie, rounding the scaled
        // double gives the exact value's rounding without BigDecimal's cost; near one, the exact
        // value decides, as it always did.
        if (decimals >= 0 && decimals < POWERS.length) {
            double scaled = value * POWERS[decimals];
            if (Math.abs(scaled) < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
                return digits(Math.round(scaled), decimals);
            }
        }
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return rounded.toPlainString();
    }

    /** A number as short as it is exact: 1.4142 stays 1.4142, 2.0 becomes 2. */
    public static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * A weight in [0, 1] as a whole percentage, e.g. 0.6512 → "65%", rounded half up from the
     * exact value as the charts' labels are, so prose and charts always agree.
     */
    public static String percent(double weight) {
        double hundredths = Math.abs(weight) * 100;
        if (hundredths < 1e9 && Math.abs(hundredths - Math.floor(hundredths) - 0.5) > 1e-6) {
            return Math.round(hundredths) + "%";
        }
        BigDecimal percent = new BigDecimal(weight).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return percent.abs().toPlainString() + "%";
    }

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** A whole number of units of the last decimal, written with {@code decimals} decimals. */
    private static String digits(long units, int decimals) {
        String magnitude = Long.toString(Math.abs(units));
        if (decimals == 0) {
            return units < 0 ? "-" + magnitude : magnitude;
        }
        StringBuilder text = new StringBuilder(magnitude.length() + decimals + 3);
        if (units < 0) {
            text.append('-');
        }
        for (int i = magnitude.length(); i <= decimals; i++) {
            text.append('0');
        }
        text.append(magnitude);
        return text.insert(text.length() - decimals, '.').toString();
    }
}
