package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick rounding of chart coordinates writes exactly what rounding the decimal would. */
class TwoDecimalsTest {

    @Test
    void roundsTiesAsTheirDecimalsDo() {
        for (double value : new double[] {1.005, 2.675, 0.125, -0.125, 0.005, -0.005, 1.115, 10.245, 0.285, 1e6 + 0.005}) {
            assertEquals(byDecimal(value), SvgRenderer.twoDecimals(value), Double.toString(value));
        }
    }

    @Test
    void agreesWithTheDecimalRoundingEverywhere() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 800;
                case 1 -> (random.nextDouble() - 0.5) * 20;
                case 2 -> random.nextInt(100_000) / 1000.0;
                default -> random.nextInt(2_000_000) / 200.0 - 5000;
            };
            assertEquals(byDecimal(value), SvgRenderer.twoDecimals(value), Double.toString(value));
        }
    }

    private static String byDecimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
}
