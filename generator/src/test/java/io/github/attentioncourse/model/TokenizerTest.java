package io.github.attentioncourse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesAndSplitsPunctuationIntoWordsOfTheirOwn() {
        assertEquals(List.of("the", "animal", "was", "tired", "."), Tokenizer.split("The animal was tired."));
        assertEquals(List.of("didn't", "well-known", ",", "ok", "!"), Tokenizer.split("  Didn't  well-known, OK!"));
    }

    @Test
    void keepsTheMaskTokenInAnyCase() {
        assertEquals(List.of("the", "animal", "was", "[MASK]", "."), Tokenizer.split("the animal was [mask]."));
    }

    @Test
    void lowerCasesTheSameWayInATurkishLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals(List.of("it", "was", "tired"), Tokenizer.split("IT WAS TIRED"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void suggestsTheClosestKnownWords() {
        Vocabulary v = new Vocabulary(Set.of("tired", "bird", "hired", "street", Tokenizer.MASK));
        assertEquals(List.of("bird", "tired", "hired"), v.closest("tird", 3));
        assertEquals(List.of("street"), v.closest("streat", 1));
        assertEquals(List.of("tird"), v.unknown(List.of("the", "tird", "tired", "tird")).subList(1, 2));
    }

    @Test
    void sortsTheVocabularyByCodeUnitsWhateverTheLocale() {
        Vocabulary v = new Vocabulary(Set.of("zebra", "apple", Tokenizer.MASK, "Émile", "."));
        assertEquals(List.of(".", "[MASK]", "apple", "zebra", "Émile"), v.words());
    }
}
