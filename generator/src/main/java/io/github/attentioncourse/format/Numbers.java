package io.github.attentioncourse.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a fixed number of decimals, written alike in every locale so that a bake is the
 * same bytes everywhere, and rounded half up from the exact binary value of the double: tables,
 * prose, chart labels and chart coordinates all round this way, so a number shown in two places
 * reads the same in both.
 */
public final class Numbers {

    /** Shown where a masked entry would be: the score is −∞ before the softmax. */
    public static final String MINUS_INFINITY = "-∞";

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Returned by {@link #quickUnits} when the double alone cannot tell which way to round. */
    private static final long NEAR_TIE = Long.MIN_VALUE;

    private Numbers() {
    }

    /**
     * {@code value} with exactly {@code decimals} digits after the point, e.g. 0.5 → "0.50";
     * never "-0.00".
     */
    public static String fixed(double value, int decimals) {
        if (Double.isInfinite(value)) {
            return value < 0 ? MINUS_INFINITY : "∞";
        }
        if (Double.isNaN(value)) {
            return "NaN";
        }
        long units = quickUnits(value, decimals);
        if (units != NEAR_TIE) {
            return digits(units, decimals);
        }
        BigDecimal rounded = exactlyRounded(value, decimals);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }

    /**
     * {@code value} with at most {@code decimals} digits after the point and no trailing zeros,
     * e.g. 12.50 → "12.5", 0.001 → "0"; never "-0".
     *
     * @throws NumberFormatException if {@code value} is not finite
     */
    public static String trimmed(double value, int decimals) {
        long units = quickUnits(value, decimals);
        if (units != NEAR_TIE) {
            while (decimals > 0 && units % 10 == 0) {
                units /= 10;
                decimals--;
            }
            return digits(units, decimals);
        }
        BigDecimal rounded = exactlyRounded(value, decimals);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    /** A number as short as it is exact: 1.4142 stays 1.4142, 2.0 becomes 2. */
    public static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code value} in units of its last decimal, rounded half up from its exact value, e.g.
     * (0.655, 2) → 66; for numbers below 10¹⁸ units.
     */
    public static long units(double value, int decimals) {
        long units = quickUnits(value, decimals);
        return units != NEAR_TIE ? units : exactlyRounded(value, decimals).unscaledValue().longValue();
    }

    /**
     * The rounding without BigDecimal's cost, or {@link #NEAR_TIE}. Every number of every table and
     * every coordinate of every chart passes here: away from a tie, rounding the scaled double gives
     * the same units as rounding the exact value; within 1e-6 of one, only the exact value can tell.
     */
    private static long quickUnits(double value, int decimals) {
        if (decimals < 0 || decimals >= POWERS.length) {
            return NEAR_TIE;
        }
        double scaled = value * POWERS[decimals];
        if (Math.abs(scaled) < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
            return Math.round(scaled);
        }
        return NEAR_TIE;
    }

    private static BigDecimal exactlyRounded(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A whole number of units of the last decimal, written with {@code decimals} decimals. */
    static String digits(long units, int decimals) {
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
