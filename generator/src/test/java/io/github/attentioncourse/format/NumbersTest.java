package io.github.attentioncourse.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick rounding writes exactly what rounding the exact binary value half up would. */
class NumbersTest {

    private static final double[] TIES = {1.005, 2.675, 0.125, -0.125, 0.005, -0.005, 0.0005, 1.0005, 0.145, 0.285,
        -0.001, -0.0, 0, 1.115, 10.245, 1e6 + 0.005, 2e9 + 0.125, 12345.6785};

    @Test
    void roundsTiesAsTheirExactValuesDo() {
        for (double value : TIES) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertEquals(fixedExactly(value, decimals), Numbers.fixed(value, decimals), value + " to " + decimals);
                assertEquals(trimmedExactly(value, decimals), Numbers.trimmed(value, decimals), value + " to " + decimals);
            }
        }
    }

    @Test
    void agreesWithTheExactRoundingEverywhere() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 5) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * 20;
                case 2 -> random.nextInt(100_000) / 1000.0;
                case 3 -> random.nextDouble() * 800;
                default -> random.nextInt(2_000_000) / 200.0 - 5000;
            };
            int decimals = 2 + i % 2;
            assertEquals(fixedExactly(value, decimals), Numbers.fixed(value, decimals), value + " to " + decimals);
            assertEquals(trimmedExactly(value, 2), Numbers.trimmed(value, 2), Double.toString(value));
        }
    }

    @Test
    void writesFixedDecimalsWithoutANegativeZero() {
        assertEquals("0.50", Numbers.fixed(0.5, 2));
        assertEquals("0.00", Numbers.fixed(-0.001, 2));
        assertEquals("-1.41", Numbers.fixed(-1.4142, 2));
        assertEquals(Numbers.MINUS_INFINITY, Numbers.fixed(Double.NEGATIVE_INFINITY, 2));
        assertEquals("12345678901.0", Numbers.fixed(12345678901.0, 1), "beyond the quick path");
    }

    @Test
    void trimsTrailingZerosAndNegativeZero() {
        assertEquals("12", Numbers.trimmed(12.0, 2));
        assertEquals("12.5", Numbers.trimmed(12.499999, 2));
        assertEquals("0.33", Numbers.trimmed(1 / 3.0, 2));
        assertEquals("0", Numbers.trimmed(-0.001, 2));
        assertEquals("-3.14", Numbers.trimmed(-3.14159, 2));
        assertEquals("0.05", Numbers.trimmed(0.05, 2));
        assertEquals("1000000", Numbers.trimmed(1e6, 2));
        assertThrows(NumberFormatException.class, () -> Numbers.trimmed(Double.NaN, 2));
    }

    @Test
    void writesANumberAsShortAsItIsExact() {
        assertEquals("1.4142", Numbers.plain(1.4142));
        assertEquals("2", Numbers.plain(2.0));
    }

    static String fixedExactly(double value, int decimals) {
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }

    private static String trimmedExactly(double value, int decimals) {
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
}
