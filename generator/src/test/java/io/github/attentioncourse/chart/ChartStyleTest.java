package io.github.attentioncourse.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.format.Weights;
import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The description of the charts' look that the browser draws from: read back and applied as
 * generator/src/main/js/try.js applies it, it gives the colours and texts the baked charts have.
 */
class ChartStyleTest {

    private static JsonNode style;

    @BeforeAll
    static void describe() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
            ChartStyle.write(json);
        }
        style = new ObjectMapper().readTree(out.toString());
    }

    /** try.js's viridis(): the samples mixed as Palette mixes them. */
    private static Color mixed(double weight) {
        JsonNode v = style.get("viridis");
        double at = Math.min(1, Math.max(0, weight)) * (v.size() - 1);
        int below = Math.min((int) Math.floor(at), v.size() - 2);
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            int from = v.get(below).get(i).asInt();
            c[i] = (int) Math.round(from + (v.get(below + 1).get(i).asInt() - from) * (at - below));
        }
        return new Color(c[0], c[1], c[2]);
    }

    private static Color color(String name) {
        JsonNode c = style.get(name);
        return new Color(c.get(0).asInt(), c.get(1).asInt(), c.get(2).asInt());
    }

    @Test
    void givesEveryColourTheBakedChartsUse() {
        for (int i = 0; i <= 1000; i++) {
            assertEquals(Palette.WEIGHTS.getPaint(i / 1000.0), mixed(i / 1000.0), "weight " + i / 1000.0);
        }
        assertEquals(Palette.WEIGHTS.getPaint(Double.NaN), color("maskedFill"));
        assertEquals(Palette.BAR, color("bar"));
        assertEquals(Palette.BAR_HIGHLIGHT, color("highlight"));
        assertEquals(Palette.textOn(Palette.MASKED), Palette.textOn(color("maskedFill")));
    }

    @Test
    void givesTheTextsOfSharesThatAlmostRoundToNoneOrAll() {
        assertEquals(Weights.percent(0.004), style.get("almostNone").asText());
        assertEquals(Weights.percent(0.997), style.get("almostAll").asText());
        assertEquals(Weights.twoDecimals(0.004), style.get("almostNoneDecimals").asText());
        assertEquals(Weights.twoDecimals(0.997), style.get("almostAllDecimals").asText());
        assertEquals("[[0.0,\"0%\"],[0.25,\"25%\"],[0.5,\"50%\"],[0.75,\"75%\"],[1.0,\"100%\"]]", style.get("ticks").toString());
        assertEquals(Labels.MASKED, style.get("maskedLabel").asText());
    }
}
