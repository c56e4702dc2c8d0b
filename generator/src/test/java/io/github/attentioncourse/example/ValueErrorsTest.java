package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.example.ExampleParser.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static io.github.attentioncourse.example.Blocks.assertOnlyError;
import static io.github.attentioncourse.example.Blocks.minimalReplacing;
import static io.github.attentioncourse.example.Blocks.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueErrorsTest {

    @Test
    void rejectsUnknownKeysListingTheAllowedOnes() {
        assertOnlyError(minimalWith("colour: red\n"), 9, "unknown key 'colour'",
                "expected one of: id, sentence, tokens, context, embeddings, w_q, w_k, w_v, score, v_a, heads, w_o, scale,"
                        + " mask, positional, focus, show, caption");
    }

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertOnlyError(minimalWith("w_query: [[1]]\n"), 9, "did you mean 'w_q'?");
        assertOnlyError(minimalWith("captoin: Hello\n"), 9, "did you mean 'caption'?");
        assertOnlyError(minimalReplacing(1, "sentense: I love AI").replace("sentence", "x"), 1,
                "did you mean 'sentence'?");
        assertOnlyError(minimalWith("positional_encoding: sinusoidal\n"), 9, "did you mean 'positional'?");
    }

    @Test
    void makesNoSuggestionForAnUnrelatedShortKey() {
        ContentError error = assertOnlyError(minimalWith("foo: 1\n"), 9, "unknown key 'foo'");

        assertEquals(-1, error.message().indexOf("did you mean"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"My-Example", "i love ai", "i_love_ai", "é"})
    void rejectsAnIdOutsideLowercaseLettersDigitsAndHyphens(String id) {
        assertOnlyError(minimalWith("id: " + id + "\n"), 9, "id", "expected lowercase letters, digits and hyphens");
    }

    @Test
    void rejectsAnIdThatIsAList() {
        assertOnlyError(minimalWith("id: [a]\n"), 9, "id is a list", "expected lowercase letters");
    }

    @Test
    void rejectsBothSentenceAndTokensAtTheLaterOne() {
        assertOnlyError(minimalWith("tokens: [I, love, AI]\n"), 9, "both sentence and tokens",
                "expected exactly one of them");
    }

    @Test
    void rejectsABlockWithoutSentenceAtTheFence() {
        assertOnlyError(minimalReplacing(1, "# no sentence"), 0, "missing sentence", "expected 'sentence: <text>'");
    }

    @Test
    void rejectsAnEmptySentence() {
        assertOnlyError(minimalReplacing(1, "sentence: \"  \""), 1, "sentence has no value", "expected a sentence");
        assertOnlyError(minimalReplacing(1, "sentence:"), 1, "sentence has no value", "expected a sentence");
    }

    @Test
    void rejectsASentenceWrittenAsAList() {
        assertOnlyError(minimalReplacing(1, "sentence: [I, love, AI]"), 1, "sentence is a list",
                "expected a sentence");
    }

    @Test
    void rejectsTokensWrittenAsText() {
        assertOnlyError(minimalReplacing(1, "tokens: I love AI"), 1, "tokens is 'I love AI'",
                "expected a list of tokens");
    }

    @Test
    void rejectsAnEmptyTokenList() {
        assertOnlyError(minimalReplacing(1, "tokens: []"), 1, "tokens is an empty list", "expected a list");
    }

    @Test
    void rejectsATokenThatIsNotText() {
        assertOnlyError(minimalReplacing(1, "tokens: [I, [love], AI]"), 1, "token 2 is a list",
                "expected a single token");
    }

    @Test
    void rejectsMoreThan64Tokens() {
        String sentence = "a ".repeat(65);
        assertOnlyError("sentence: " + sentence + "\nembeddings: {a: [1]}\nw_q: [[1]]\nw_k: [[1]]\nw_v: [[1]]\n", 1,
                "65 tokens", "at most 64");
    }

    @Test
    void rejectsAContextThatIsNotASentence() {
        assertOnlyError(minimalWith("context: [I, love]\n"), 9, "context is a list", "expected a sentence");
    }

    @Test
    void rejectsAContextTokenWithoutEmbeddingAtEmbeddings() {
        assertOnlyError(minimalWith("context: I like robots\n"), 2, "no vector for 'like', 'robots'",
                "the sentence or the context");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.5", "-0"})
    void rejectsAScaleThatIsNotPositive(String scale) {
        assertOnlyError(minimalWith("scale: " + scale + "\n"), 9, "scale", "expected a number greater than 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-320", "4.9e-324", "1e-16"})
    void rejectsAScaleSoSmallThatTheScaledScoresWouldOverflow(String scale) {
        assertOnlyError(minimalWith("scale: " + scale + "\n"), 9, "scale is '" + scale + "'",
                "expected a number from 1e-15 to 1e15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-15", "1e15"})
    void acceptsTheSmallestAndTheLargestScale(String scale) {
        assertEquals(Double.parseDouble(scale), Blocks.spec(minimalWith("scale: " + scale + "\n")).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", ".nan", ".NaN", "1e999"})
    void rejectsAScaleThatIsNotFinite(String scale) {
        assertOnlyError(minimalWith("scale: " + scale + "\n"), 9, "scale", "expected a finite number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Causal", "yes", "no", "null", "[causal]", "\"\""})
    void rejectsAMaskOtherThanNoneOrCausal(String mask) {
        assertOnlyError(minimalWith("mask: " + mask + "\n"), 9, "mask", "expected none or causal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "sine", "{kind: sinusoidal}"})
    void rejectsPositionalOtherThanNoneSinusoidalOrRope(String positional) {
        assertOnlyError(minimalWith("positional: " + positional + "\n"), 9, "positional",
                "expected none, sinusoidal or rope");
    }

    @Test
    void rejectsAFocusOutsideTheSentenceListingItsTokens() {
        assertOnlyError(minimalWith("focus: robots\n"), 9, "focus 'robots' is not a token of the sentence",
                "expected one of: I, love, AI");
    }

    @Test
    void rejectsAFocusOccurrenceBeyondTheLastOne() {
        assertOnlyError(minimalWith("focus: AI#2\n"), 9, "focus 'AI#2'", "expected one of: I, love, AI",
                "tok#k");
    }

    @Test
    void rejectsAnUnknownShowPartAtItsLine() {
        assertOnlyError(minimalWith("show:\n  - steps\n  - table\n"), 11, "show has 'table'",
                "expected any of steps, heatmap, bars");
    }

    @Test
    void rejectsAnEmptyShowList() {
        assertOnlyError(minimalWith("show: []\n"), 9, "show is an empty list", "expected any of steps, heatmap, bars");
    }

    @Test
    void rejectsAShowMapping() {
        assertOnlyError(minimalWith("show: {steps: yes}\n"), 9, "show is a mapping", "expected any of");
    }

    @Test
    void rejectsACaptionThatIsNotText() {
        assertOnlyError(minimalWith("caption:\n  - a\n"), 9, "caption is a list", "expected text");
    }

    @Test
    void reportsEveryIndependentErrorInLineOrder() {
        Parsed parsed = Blocks.parse(minimalWith("""
                show: [graph]
                mask: sometimes
                id: Not An Id
                """).replace("w_q: [[1, 0], [0, 1]]", "w_q: [[1, 0], [0, 1], [1, 1]]"));

        assertEquals(List.of(6, 9, 10, 11), parsed.errors().stream().map(e -> e.line() - Blocks.FENCE).toList(),
                parsed.errors()::toString);
    }
}
