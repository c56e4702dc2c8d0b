package io.github.attentioncourse.example;

import static io.github.attentioncourse.example.Blocks.FENCE;
import static io.github.attentioncourse.example.Blocks.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.example.ExampleSpec.MaskKind;
import io.github.attentioncourse.example.ExampleSpec.Part;
import io.github.attentioncourse.example.ExampleSpec.Positional;
import io.github.attentioncourse.example.ExampleSpec.ScoreKind;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleParserTest {

    @Test
    void readsTheDesignExampleWithEveryValue() {
        ExampleSpec spec = spec(Blocks.DESIGN);

        assertEquals("i-love-ai", spec.id());
        assertEquals(FENCE, spec.line());
        assertEquals(List.of("I", "love", "AI"), spec.tokens());
        assertEquals(List.of(), spec.contextTokens());
        assertFalse(spec.isCrossAttention());
        assertEquals(List.of("I", "love", "AI"), List.copyOf(spec.embeddings().keySet()));
        assertArrayEquals(new double[] {1, 1}, spec.embeddings().get("AI"));
        assertEquals(1, spec.heads().size());
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, spec.heads().get(0).wK());
        assertNull(spec.wO());
        assertEquals(1.4142, spec.scale());
        assertEquals(MaskKind.NONE, spec.mask());
        assertEquals(Positional.NONE, spec.positional());
        assertEquals(2, spec.focus());
        assertEquals(EnumSet.allOf(Part.class), spec.show());
        assertEquals("Optional text under the figure.", spec.caption());
    }

    @Test
    void appliesEveryDefaultWhenOnlyRequiredKeysAreGiven() {
        ExampleSpec spec = spec(Blocks.MINIMAL);

        assertEquals("example-1", spec.id());
        assertNull(spec.scale());
        assertEquals(MaskKind.NONE, spec.mask());
        assertEquals(ScoreKind.DOT, spec.score());
        assertEquals(Positional.NONE, spec.positional());
        assertEquals(2, spec.focus());
        assertEquals(List.of(Part.STEPS, Part.HEATMAP, Part.BARS), List.copyOf(spec.show()));
        assertNull(spec.caption());
        assertNull(spec.wO());
        assertEquals(List.of(), spec.contextTokens());
    }

    @Test
    void takesTokensAsWrittenWithoutYamlTypeGuessing() {
        ExampleSpec spec = spec("""
                tokens: [yes, no, "null", 1, NO, ".", 0x10]
                embeddings: {yes: [1], no: [2], "null": [3], 1: [4], NO: [5], ".": [6], 0x10: [7]}
                w_q: [[1]]
                w_k: [[1]]
                w_v: [[1]]
                focus: NO
                """);

        assertEquals(List.of("yes", "no", "null", "1", "NO", ".", "0x10"), spec.tokens());
        assertArrayEquals(new double[] {5}, spec.embeddings().get("NO"));
        assertEquals(4, spec.focus());
    }

    @Test
    void readsMultiHeadAttentionWithItsOutputProjection() {
        ExampleSpec spec = spec(Blocks.MULTI_HEAD);

        assertEquals(2, spec.heads().size());
        assertArrayEquals(new double[][] {{0}, {1}}, spec.heads().get(1).wV());
        assertArrayEquals(new double[][] {{1, 0}, {0, 1}}, spec.wO());
    }

    @Test
    void readsCrossAttentionWithKeysFromTheContext() {
        ExampleSpec spec = spec("""
                sentence: le chat
                context: the cat sat
                embeddings:
                  le: [1, 0]
                  chat: [0, 1]
                  the: [1, 0]
                  cat: [0, 1]
                  sat: [1, 1]
                w_q: [[1, 0], [0, 1]]
                w_k: [[1, 0], [0, 1]]
                w_v: [[1, 0], [0, 1]]
                """);

        assertTrue(spec.isCrossAttention());
        assertEquals(List.of("le", "chat"), spec.tokens());
        assertEquals(List.of("the", "cat", "sat"), spec.keyTokens());
        assertEquals(1, spec.focus());
    }

    @Test
    void findsTheFocusByItsOccurrence() {
        ExampleSpec spec = spec("""
                sentence: the cat saw the dog
                embeddings: {the: [1], cat: [2], saw: [3], dog: [4]}
                w_q: [[1]]
                w_k: [[1]]
                w_v: [[1]]
                focus: the#2
                """);

        assertEquals(3, spec.focus());
    }

    @Test
    void findsAFocusTokenThatContainsAHash() {
        ExampleSpec spec = spec("""
                tokens: [I, like, "C#", and, "C#"]
                embeddings: {I: [1], like: [2], "C#": [3], and: [4]}
                w_q: [[1]]
                w_k: [[1]]
                w_v: [[1]]
                focus: "C##2"
                """);

        assertEquals(4, spec.focus());
    }

    @Test
    void readsCausalMaskSinusoidalEncodingAndASingleShowValue() {
        ExampleSpec spec = spec(Blocks.minimalWith("""
                mask: causal
                positional: sinusoidal
                show: heatmap
                """));

        assertEquals(MaskKind.CAUSAL, spec.mask());
        assertEquals(Positional.SINUSOIDAL, spec.positional());
        assertEquals(EnumSet.of(Part.HEATMAP), spec.show());
    }

    @Test
    void ignoresRepeatedShowValuesAndKeepsDrawingOrder() {
        ExampleSpec spec = spec(Blocks.minimalWith("show: [bars, steps, bars]\n"));

        assertEquals(List.of(Part.STEPS, Part.BARS), List.copyOf(spec.show()));
    }

    @Test
    void readsEveryPlainDecimalNumberForm() {
        ExampleSpec spec = spec("""
                sentence: a
                embeddings: {a: [1, -0.5, 1e-3, .5, +2, 3., -1.5E+2]}
                w_q: [[1], [1], [1], [1], [1], [1], [1]]
                w_k: [[1], [1], [1], [1], [1], [1], [1]]
                w_v: [[1], [1], [1], [1], [1], [1], [1]]
                scale: 2
                """);

        assertArrayEquals(new double[] {1, -0.5, 0.001, 0.5, 2, 3, -150}, spec.embeddings().get("a"));
        assertEquals(2.0, spec.scale());
    }

    @Test
    void readsBlockStyleMatricesAndMultiLineSentences() {
        ExampleSpec spec = spec("""
                sentence: >
                  I love
                  AI
                embeddings:
                  I:
                    - 1
                    - 0
                  love: [0, 1]
                  AI: [1, 1]
                w_q:
                  - [1, 0]
                  - [0, 1]
                w_k: [[0, 1], [1, 0]]
                w_v:
                  - - 1
                    - 0
                  - - 0
                    - 1
                """);

        assertEquals(List.of("I", "love", "AI"), spec.tokens());
        assertArrayEquals(new double[][] {{1, 0}, {0, 1}}, spec.heads().get(0).wV());
    }

    @Test
    void reportsTheFenceLineOfTheBlock() {
        ExampleSpec spec = ExampleParser.parse(Blocks.MINIMAL, "content/a.md", 7, "example-3", ModelCatalog.NONE).spec();

        assertEquals(7, spec.line());
        assertEquals("example-3", spec.id());
    }
}
