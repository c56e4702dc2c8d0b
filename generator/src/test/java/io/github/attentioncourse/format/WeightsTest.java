package io.github.attentioncourse.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightsTest {

    @ParameterizedTest(name = "{0} → {1} and {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0                     | 0%   | 0.00
            -0.0                  | 0%   | 0.00
            4.9e-324              | <1%  | <0.01
            1e-12                 | <1%  | <0.01
            0.004                 | <1%  | <0.01
            0.004999999999999999  | <1%  | <0.01
            0.005                 | 1%   | 0.01
            0.005000000000000001  | 1%   | 0.01
            0.0051                | 1%   | 0.01
            0.125                 | 13%  | 0.13
            0.145                 | 14%  | 0.14
            0.5                   | 50%  | 0.50
            0.6512                | 65%  | 0.65
            0.9949999999999999    | 99%  | 0.99
            0.995                 | 99%  | 0.99
            0.9950000000000001    | >99% | >0.99
            0.999                 | >99% | >0.99
            0.999999999999        | >99% | >0.99
            0.9999999999999999    | >99% | >0.99
            1                     | 100% | 1.00
            """)
    void neverShowsAShareAsNoneOrAllUnlessItIs(double weight, String percent, String twoDecimals) {
        assertEquals(percent, Weights.percent(weight));
        assertEquals(twoDecimals, Weights.twoDecimals(weight));
    }

    @Test
    void roundsEveryWeightHalfUpFromItsExactValue() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double weight = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(100_001) / 100_000.0;
                default -> random.nextInt(201) / 200.0;
            };
            long hundredths = new BigDecimal(weight).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            boolean almostNone = hundredths == 0 && weight > 0;
            boolean almostAll = hundredths == 100 && weight < 1;
            String percent = almostNone ? "<1%" : almostAll ? ">99%" : hundredths + "%";
            String twoDecimals = almostNone ? "<0.01" : almostAll ? ">0.99" : NumbersTest.fixedExactly(weight, 2);
            assertEquals(percent, Weights.percent(weight), Double.toString(weight));
            assertEquals(twoDecimals, Weights.twoDecimals(weight), Double.toString(weight));
        }
    }

    @Test
    void writesWeightsTheSameWayInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
                    Locale.forLanguageTag("ar-EG"), Locale.FRANCE}) {
                Locale.setDefault(locale);
                assertEquals("65%", Weights.percent(0.65), locale.toString());
                assertEquals("100%", Weights.percent(1), locale.toString());
                assertEquals("0.65", Weights.twoDecimals(0.65), locale.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
