package io.github.attentioncourse.format;

/**
 * Attention weights as readers see them, as a percentage ("42%") or with two decimals ("0.42").
 * Softmax gives every visible key a positive share, and no key all of it while another is
 * visible: so a weight shows "0%" or "0.00" only when it is exactly 0 (a masked key), and "100%"
 * or "1.00" only when it is exactly 1 (a query's only visible key). A positive weight that rounds
 * to 0 shows as "&lt;1%" or "&lt;0.01", a weight short of 1 that rounds to 1 as "&gt;99%" or
 * "&gt;0.99". The text is plain, not markup: whoever writes it into HTML or Markdown escapes
 * {@code <} and {@code >}.
 */
public final class Weights {

    private Weights() {
    }

    /** E.g. 0.6512 → "65%", 0.004 → "&lt;1%", 0.999 → "&gt;99%", 0 → "0%", 1 → "100%". */
    public static String percent(double weight) {
        long hundredths = Numbers.units(weight, 2);
        String almost = almostNoneOrAll(weight, hundredths, "<1%", ">99%");
        return almost != null ? almost : hundredths + "%";
    }

    /** E.g. 0.6512 → "0.65", 0.004 → "&lt;0.01", 0.999 → "&gt;0.99", 0 → "0.00", 1 → "1.00". */
    public static String twoDecimals(double weight) {
        long hundredths = Numbers.units(weight, 2);
        String almost = almostNoneOrAll(weight, hundredths, "<0.01", ">0.99");
        return almost != null ? almost : Numbers.digits(hundredths, 2);
    }

    /** The text of a share that rounds to none or to all without being so; null for any other. */
    private static String almostNoneOrAll(double weight, long hundredths, String almostNone, String almostAll) {
        if (hundredths == 0 && weight > 0) {
            return almostNone;
        }
        return hundredths == 100 && weight < 1 ? almostAll : null;
    }
}
