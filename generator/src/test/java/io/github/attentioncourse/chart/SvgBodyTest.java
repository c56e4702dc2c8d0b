package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgBodyTest {

    private static String cleaned(String drawn) {
        StringBuilder out = new StringBuilder();
        SvgBody.appendCleaned(drawn, out);
        return out.toString();
    }

    @Test
    void dropsClipReferencesAndJFreeSvgAttributes() {
        assertEquals("<g><path d='M0 0'/></g><rect x='1'/>",
                cleaned("<g jfreesvg:ref='plot'><path d='M0 0' clip-path='url(#p-clip-0)'/></g>"
                        + "<rect x='1' clip-path='url(#p-clip-1)'/>"));
    }

    @Test
    void unwrapsATextFromItsOtherwiseEmptyGroup() {
        assertEquals("<text x='1' style='a'>65%</text><text y='2'>&lt;b&gt;</text>",
                cleaned("<g><text x='1' style='a' clip-path='url(#p-clip-0)'>65%</text></g>"
                        + "<g><text y='2'>&lt;b&gt;</text></g>"));
    }

    @Test
    void keepsAGroupThatHoldsMoreThanOneText() {
        String drawn = "<g><text x='1'>a</text><text x='2'>b</text></g>";
        assertEquals(drawn, cleaned(drawn));
        String transformed = "<g transform='rotate(90)'><text x='1'>a</text></g>";
        assertEquals(transformed, cleaned(transformed));
    }
}
