package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.example.ExampleParser.Parsed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever an author pastes into a block, the answer is a spec or located errors, never an exception. */
class GarbageInputTest {

    private static final int FENCE = 5;

    @Test
    void answersEveryGarbageInputWithErrorsInsteadOfAnException() {
        for (String input : garbage()) {
            Parsed parsed = parseWithinTimeLimit(input);
            assertTrue(parsed.spec() == null && !parsed.errors().isEmpty(), () -> "no error for " + shorten(input));
        }
    }

    @Test
    void answersEveryMutationOfAValidBlockWithErrorsOrASpecTheEngineAccepts() {
        Random random = new Random(20240601);
        String alphabet = "[]{}:,-#&*!|>'\"\t\n ?%@`~.0123456789eE+abcxyz_wqkv\u0000\u00e9";
        int accepted = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder mutated = new StringBuilder(Blocks.DESIGN);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutated.deleteCharAt(at);
                    case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Parsed parsed = parseWithinTimeLimit(mutated.toString());
            if (parsed.spec() != null) {
                // What the parser lets through, the engine must accept: its own checks throw.
                Attention.compute(EngineInputs.of(parsed.spec()));
                accepted++;
            }
        }
        assertTrue(accepted > 100, "few mutations kept the block valid: " + accepted);
    }

    private static Parsed parseWithinTimeLimit(String input) {
        Parsed parsed = assertTimeout(Duration.ofSeconds(5), () -> ExampleParser.parse(input, "content/x.md", FENCE,
                "example-1", ModelCatalog.NONE), () -> "too slow for " + shorten(input));
        assertTrue(parsed.spec() == null ^ parsed.errors().isEmpty(), () -> "spec xor errors for " + shorten(input));
        for (ContentError error : parsed.errors()) {
            assertEquals("content/x.md", error.file());
            assertTrue(error.line() >= FENCE, () -> "line before the fence: " + error);
            assertNotNull(error.message());
            assertTrue(error.message().contains("expected"), () -> "no expectation in: " + error);
            assertFalse(error.message().startsWith("could not read this block"), () -> "internal failure: " + error);
        }
        return parsed;
    }

    private static List<String> garbage() {
        List<String> inputs = new ArrayList<>(List.of(
                "]]]]", "[[[[", "{{{{", "}}}}", "[", "{", ":", "-", "?", "!", "&", "*", "@", "`", "|", ">", "'", "\"",
                "%YAML 1.1\n", "%TAG ! tag:x,2000:\n--- !x\na: 1\n", "--- |\n  text\n", "...\n...\n",
                "\t", "sentence:\tI love AI\n\tembeddings: {}\n", "sentence: I love AI\n\t\t\n  - x\n",
                "a: &a [*a]\n", "a: &a {b: *a}\n", "<<: {sentence: a}\n", "? a\n? a\n", "? - a\n  - b\n: c\n",
                "sentence: [[[[[[]]]]]]\n", "embeddings: {a: {b: {c: {d: [1]}}}}\n", "w_q: [[[1]]]\n",
                "heads: [[{w_q: [[1]]}]]\n", "heads: {w_q: [[1]]}\n", "- - - - - - - - - - - - - -\n",
                "sentence: \uD800\n", "\uFEFFsentence: a\n", "sentence: a\r\nembeddings:\r\n  a: [1]\r\n",
                "sentence: a\rw_q: 1\r", "\u0000\u0001\u0002", "\u2028\u2029\u0085", "sentence: @x\n",
                "!!binary aGVsbG8=\n", "!!map {a: 1}\n", "!!set {a, b}\n", "!!omap [a: 1]\n",
                "tokens: !!python/tuple [a]\n", "'a': 'b': 'c'\n", "a: b\n  c: d\n", "a:\n- b\n c\n",
                "sentence: " + "x".repeat(2_000_000) + "\n", "x".repeat(2_000_000),
                "sentence: " + "a ".repeat(100_000) + "\n", "k".repeat(100_000) + ": 1\n",
                "[" .repeat(100_000), "{a: ".repeat(50_000), "- ".repeat(50_000) + "x\n",
                "w_q: " + "[".repeat(30) + "]".repeat(30) + "\n",
                "embeddings: {a: [" + "1e308, ".repeat(1000) + "1e308]}\n"));
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            laughs.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(9))
                    .append("lol]\n");
        }
        inputs.add(laughs.toString());
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            inputs.add(new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        }
        return inputs;
    }

    private static String shorten(String input) {
        return input.length() <= 80 ? input : input.substring(0, 80) + "…";
    }
}
