package io.github.attentioncourse.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick rounding of table numbers writes exactly what rounding the exact binary value would. */
class NumbersTest {

    @Test
    void roundsTiesAsTheirExactValuesDo() {
        for (double value : new double[] {1.005, 2.675, 0.125, -0.125, 0.005, -0.005, 0.0005, 1.0005, 0.145, 0.285, -0.001,
                -0.0, 0, 1e6 + 0.005, 2e9 + 0.125, 12345.6785}) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertEquals(exactly(value, decimals), Numbers.fixed(value, decimals), value + " to " + decimals);
            }
        }
        for (double weight : new double[] {0.005, 0.015, 0.125, 0.645, 0.655, 1, 0, 0.995, 0.285}) {
            assertEquals(exactPercent(weight), Numbers.percent(weight), Double.toString(weight));
        }
    }

    @Test
    void agreesWithTheExactRoundingEverywhere() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * 20;
                case 2 -> random.nextInt(100_000) / 1000.0;
                default -> random.nextInt(2_000_000) / 200.0 - 5000;
            };
            int decimals = 2 + i % 2;
            assertEquals(exactly(value, decimals), Numbers.fixed(value, decimals), value + " to " + decimals);
            double weight = Math.abs(value) % 1;
            assertEquals(exactPercent(weight), Numbers.percent(weight), Double.toString(weight));
        }
    }

    private static String exactly(double value, int decimals) {
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }

    private static String exactPercent(double weight) {
        return new BigDecimal(weight).movePointRight(2).setScale(0, RoundingMode.HALF_UP).abs().toPlainString() + "%";
    }
}
