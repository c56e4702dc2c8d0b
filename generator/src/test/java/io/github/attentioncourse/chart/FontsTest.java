package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FontsTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    @Test
    void measuresWithTheBundledDejaVuSansRatherThanTheMachinesSansSerif() {
        assertEquals("DejaVu Sans", Labels.font(12, false).getFontName(Locale.ROOT));
        assertEquals("DejaVu Sans Bold", Labels.font(12, true).getFontName(Locale.ROOT));
    }

    @Test
    void boldIsTheBoldFaceWithoutSyntheticEmboldening() {
        Font bold = Labels.font(12, true);
        Font boldFile = bold.deriveFont(Font.PLAIN);

        assertTrue(bold.isBold(), "JFreeSVG writes font-weight: bold only for a BOLD font");
        assertEquals(boldFile.getStringBounds("attention", FRC).getWidth(),
                bold.getStringBounds("attention", FRC).getWidth(), "no extra width from faked bold");
        assertFalse(Labels.font(12, false).isBold());
    }

    @Test
    void givesTheRequestedPixelSize() {
        assertEquals(11f, Labels.font(11, false).getSize2D());
        assertEquals(12f, Labels.font(12, true).getSize2D());
    }

    /**
     * DejaVu Sans 2.37's advance widths at 12 px, as JFreeChart measures them: a change here
     * moves every label of every chart, and shows up in the reproducibility check as new bytes.
     */
    @Test
    void measuresKnownWidths() {
        assertEquals(54.74, Labels.width("attention", Labels.font(12, false)), 0.01);
        assertEquals(31.45, Labels.width("100%", Labels.font(11, false)), 0.01);
    }
}
