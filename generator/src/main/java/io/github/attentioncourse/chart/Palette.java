package io.github.attentioncourse.chart;

import java.awt.Color;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colours of every chart. Weights use viridis (perceptually uniform, readable in grey and
 * by the common colour-vision deficiencies); masked cells use a grey, which no viridis colour
 * comes close to because viridis is saturated all along.
 */
final class Palette implements PaintScale {

    /** Viridis sampled every 1/8 (matplotlib's values); straight lines between samples stay within a few RGB steps of the full map. */
    static final int[][] VIRIDIS = {
        {68, 1, 84}, {71, 45, 123}, {59, 82, 139}, {44, 114, 142}, {33, 145, 140},
        {40, 174, 128}, {94, 201, 98}, {173, 220, 48}, {253, 231, 37},
    };

    static final Color MASKED = new Color(217, 217, 217);
    static final Color HATCH = new Color(150, 150, 150);
    static final Color INK = Color.BLACK;
    static final Color GRID = new Color(221, 221, 221);
    static final Color PAPER = Color.WHITE;

    /** Okabe–Ito blue and vermillion: told apart with every common colour-vision deficiency, both ≥ 3:1 on white. */
    static final Color BAR = new Color(0, 114, 178);
    static final Color BAR_HIGHLIGHT = new Color(213, 94, 0);
    /**
     * Lines and groups of points, in order: Okabe–Ito blue, vermillion and bluish green, then Paul
     * Tol's purple (Okabe–Ito's own reddish purple is under 3:1 on white).
     */
    static final Color[] SERIES = {BAR, BAR_HIGHLIGHT, new Color(0, 158, 115), new Color(170, 51, 119)};

    static final Palette WEIGHTS = new Palette();

    private Palette() {
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    @Override
    public Color getPaint(double weight) {
        if (Double.isNaN(weight)) {
            return MASKED;
        }
        double position = Math.min(1, Math.max(0, weight)) * (VIRIDIS.length - 1);
        int below = Math.min((int) position, VIRIDIS.length - 2);
        double t = position - below;
        int[] a = VIRIDIS[below];
        int[] b = VIRIDIS[below + 1];
        return new Color(mix(a[0], b[0], t), mix(a[1], b[1], t), mix(a[2], b[2], t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    /** Black or white, whichever contrasts more with {@code background} (WCAG 2 contrast ratio). */
    static Color textOn(Color background) {
        return contrast(background, INK) >= contrast(background, PAPER) ? INK : PAPER;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
