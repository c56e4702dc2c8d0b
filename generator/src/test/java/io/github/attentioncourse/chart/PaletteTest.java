package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void runsFromViridisPurpleToViridisYellow() {
        assertEquals(new Color(68, 1, 84), Palette.WEIGHTS.getPaint(0));
        assertEquals(new Color(33, 145, 140), Palette.WEIGHTS.getPaint(0.5));
        assertEquals(new Color(253, 231, 37), Palette.WEIGHTS.getPaint(1));
    }

    @Test
    void getsLighterAsTheWeightGrows() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double luminance = Palette.luminance(Palette.WEIGHTS.getPaint(i / 100.0));
            assertTrue(luminance > previous, "at " + i + "%");
            previous = luminance;
        }
    }

    @Test
    void masksWithAGreyThatNoWeightColourResembles() {
        Color masked = Palette.WEIGHTS.getPaint(Double.NaN);
        assertEquals(Palette.MASKED, masked);
        assertEquals(0, chroma(masked));
        for (int i = 0; i <= 100; i++) {
            assertTrue(chroma(Palette.WEIGHTS.getPaint(i / 100.0)) >= 60, "viridis stays saturated at " + i + "%");
        }
    }

    @Test
    void picksTheCellTextColourWithAtLeastAaContrast() {
        for (int i = 0; i <= 100; i++) {
            Color cell = Palette.WEIGHTS.getPaint(i / 100.0);
            assertTrue(Palette.contrast(cell, Palette.textOn(cell)) >= 4.5, "at " + i + "%");
        }
        assertTrue(Palette.contrast(Palette.MASKED, Palette.textOn(Palette.MASKED)) >= 4.5);
        assertEquals(Color.WHITE, Palette.textOn(Palette.WEIGHTS.getPaint(0)));
        assertEquals(Color.BLACK, Palette.textOn(Palette.WEIGHTS.getPaint(1)));
    }

    @Test
    void clampsWeightsJustOutsideTheUnitInterval() {
        assertEquals(Palette.WEIGHTS.getPaint(0), Palette.WEIGHTS.getPaint(-1e-12));
        assertEquals(Palette.WEIGHTS.getPaint(1), Palette.WEIGHTS.getPaint(1 + 1e-12));
    }

    @Test
    void keepsBarsVisibleOnWhiteAndTheHighlightDistinct() {
        assertTrue(Palette.contrast(Palette.BAR, Color.WHITE) >= 3);
        assertTrue(Palette.contrast(Palette.BAR_HIGHLIGHT, Color.WHITE) >= 3);
        assertNotEquals(Palette.BAR, Palette.BAR_HIGHLIGHT);
    }

    private static int chroma(Color c) {
        int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
        int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
        return max - min;
    }
}
