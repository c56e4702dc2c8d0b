package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void cutsLongTokensWithAnEllipsis() {
        assertEquals("fourteen-chars", Labels.token("fourteen-chars"));
        assertEquals("fifteen-chara\u2026", Labels.token("fifteen-charact"));
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "😀".repeat(20);
        String shown = Labels.token(emoji);
        assertEquals("😀".repeat(13) + "\u2026", shown);
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertEquals("a\uFFFDb", Labels.token("a\u0001b"));
        assertEquals("a\uFFFDb", Labels.token("a\uD800b"));
        assertEquals("a\uFFFDb", Labels.escapeXml("a\u0007b"));
    }

    @Test
    void breaksEntityLookalikesSoJfreeSvgEscapesThem() {
        assertEquals("&" + Labels.WORD_JOINER + "lt;", Labels.token("&lt;"));
        assertEquals("a&b", Labels.token("a&b"));
    }

    @Test
    void escapesEverythingMarkupWouldRead() {
        assertEquals("&lt;b&gt; &amp; &quot;x&apos;", Labels.escapeXml("<b> & \"x'"));
    }

    @Test
    void mapsJavaFontFamiliesToGenericCssFamilies() {
        assertEquals("sans-serif", Labels.cssFamily("SansSerif"));
        assertEquals("sans-serif", Labels.cssFamily("Dialog"));
        assertEquals("sans-serif", Labels.cssFamily("DejaVu Sans"));
        assertEquals("serif", Labels.cssFamily("Serif"));
        assertEquals("monospace", Labels.cssFamily("Monospaced"));
    }

    @Test
    void writesGeometryWithAtMostTwoDecimals() {
        assertEquals("12", SvgRenderer.twoDecimals(12.0));
        assertEquals("12.5", SvgRenderer.twoDecimals(12.499999));
        assertEquals("0.33", SvgRenderer.twoDecimals(1 / 3.0));
        assertEquals("0", SvgRenderer.twoDecimals(-0.001));
        assertEquals("-3.14", SvgRenderer.twoDecimals(-3.14159));
        assertEquals("1000000", SvgRenderer.twoDecimals(1e6));
        assertThrows(IllegalStateException.class, () -> SvgRenderer.twoDecimals(Double.NaN));
    }
}
