package io.github.attentioncourse.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final List<String> SENTENCE = List.of("the", "cat", "saw", "the", "C#", "dog", "C#");

    @Test
    void splitsOnAnyRunOfWhitespace() {
        assertEquals(List.of("I", "love", "AI", "."), Tokens.split("  I\tlove \n AI\u00a0. "));
    }

    @Test
    void splitsBlankTextIntoNoTokens() {
        assertEquals(List.of(), Tokens.split(" \t\n"));
    }

    @Test
    void findsTheFirstOccurrenceOfAPlainToken() {
        assertEquals(0, Tokens.indexOf(SENTENCE, "the"));
    }

    @Test
    void findsTheKthOccurrence() {
        assertEquals(0, Tokens.indexOf(SENTENCE, "the#1"));
        assertEquals(3, Tokens.indexOf(SENTENCE, "the#2"));
    }

    @Test
    void findsATokenContainingAHashWrittenLiterally() {
        assertEquals(4, Tokens.indexOf(SENTENCE, "C#"));
        assertEquals(6, Tokens.indexOf(SENTENCE, "C##2"));
    }

    @Test
    void prefersALiteralTokenThatLooksLikeAnOccurrence() {
        assertEquals(1, Tokens.indexOf(List.of("a", "a#2", "a"), "a#2"));
    }

    @Test
    void findsNothingForAbsentTokensOrOccurrences() {
        assertEquals(-1, Tokens.indexOf(SENTENCE, "bird"));
        assertEquals(-1, Tokens.indexOf(SENTENCE, "the#3"));
        assertEquals(-1, Tokens.indexOf(SENTENCE, "the#0"));
        assertEquals(-1, Tokens.indexOf(SENTENCE, "the#99999999999999999999"));
        assertEquals(-1, Tokens.indexOf(SENTENCE, "#2"));
        assertEquals(-1, Tokens.indexOf(SENTENCE, null));
    }
}
