package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.example.ExampleParser.Parsed;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks used across the example tests, and assertions on what parsing them gives. */
final class Blocks {

    static final String FILE = "content/module-2-attention/06-self-attention-in-practice.md";
    /** The opening fence's line, so YAML line k (1-based) is file line FENCE + k. */
    static final int FENCE = 20;

    /** The example of the authoring contract in DESIGN.md, comments included. */
    static final String DESIGN = """
            id: i-love-ai              # optional, [a-z0-9-]+, unique in the lesson; default example-1, example-2, …
            sentence: I love AI        # tokens = whitespace split; or `tokens: [I, love, AI, "."]`
            embeddings:                # one vector per distinct token, all of length d_model
              I:    [1, 0]
              love: [0, 1]
              AI:   [1, 1]
            w_q: [[1, 0], [0, 1]]      # d_model rows × d_k columns
            w_k: [[0, 1], [1, 0]]      # d_model × d_k
            w_v: [[1, 0], [0, 1]]      # d_model × d_v
            scale: 1.4142              # optional divisor, > 0; default √d_k
            mask: none                 # none | causal
            positional: none           # none | sinusoidal (added to the embeddings)
            focus: AI                  # query walked through step by step; `tok#2` = 2nd occurrence; default last token
            show: [steps, heatmap, bars]   # any of steps, heatmap, bars; default all three
            caption: Optional text under the figure.
            """;

    /** Only the keys that have no default. Line 1 is sentence, 2 embeddings, 6–8 w_q, w_k, w_v. */
    static final String MINIMAL = """
            sentence: I love AI
            embeddings:
              I: [1, 0]
              love: [0, 1]
              AI: [1, 1]
            w_q: [[1, 0], [0, 1]]
            w_k: [[0, 1], [1, 0]]
            w_v: [[1, 0], [0, 1]]
            """;

    /** Two heads of d_k = 2 and d_v = 1 over d_model = 2; line 3 is heads, 4–6 head 1, 7–9 head 2, 10 w_o. */
    static final String MULTI_HEAD = """
            sentence: I love AI
            embeddings: {I: [1, 0], love: [0, 1], AI: [1, 1]}
            heads:
              - w_q: [[1, 0], [0, 1]]
                w_k: [[0, 1], [1, 0]]
                w_v: [[1], [0]]
              - w_q: [[0, 1], [1, 0]]
                w_k: [[1, 0], [0, 1]]
                w_v: [[0], [1]]
            w_o: [[1, 0], [0, 1]]
            """;

    private Blocks() {
    }

    static Parsed parse(String yaml) {
        return ExampleParser.parse(yaml, FILE, FENCE, "example-1", ModelCatalog.NONE);
    }

    /** The spec of a block that must be valid. */
    static ExampleSpec spec(String yaml) {
        Parsed parsed = parse(yaml);
        assertEquals(List.of(), parsed.errors(), "errors of a valid block");
        return parsed.spec();
    }

    /** MINIMAL with {@code extra} appended as lines 9 and on. */
    static String minimalWith(String extra) {
        return MINIMAL + extra;
    }

    /** MINIMAL with one of its lines (1-based) replaced. */
    static String minimalReplacing(int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(MINIMAL.lines().toList());
        lines.set(line - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    /**
     * Asserts that the block gives exactly one error, at YAML line {@code yamlLine} (1-based;
     * 0 for the fence itself), whose message contains every fragment.
     */
    static ContentError assertOnlyError(String yaml, int yamlLine, String... fragments) {
        Parsed parsed = parse(yaml);
        assertNull(parsed.spec(), "no spec when there are errors");
        assertEquals(1, parsed.errors().size(), () -> "expected one error, got " + parsed.errors());
        ContentError error = parsed.errors().get(0);
        assertEquals(FILE, error.file());
        assertEquals(FENCE + yamlLine, error.line(), () -> "line of " + error);
        for (String fragment : fragments) {
            assertTrue(error.message().contains(fragment), () -> "'" + fragment + "' missing from: " + error);
        }
        return error;
    }
}
