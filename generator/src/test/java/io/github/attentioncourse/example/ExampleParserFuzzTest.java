package io.github.attentioncourse.example;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.example.ExampleParser.Parsed;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever an author types in an {@code attention} block, the parser answers with an example the
 * engine accepts or with content errors at lines of the block, never with another exception.
 * {@code mvn verify} replays the committed inputs in {@code ExampleParserFuzzTestInputs/}; the
 * README says how to fuzz for real.
 */
class ExampleParserFuzzTest {

    private static final String FILE = "content/module-1-x/01-x.md";
    private static final int FENCE = 20;

    @FuzzTest(maxDuration = "5m")
    void anyBlockGivesAnExampleTheEngineAcceptsOrLocatedErrors(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        Parsed parsed = ExampleParser.parse(yaml, FILE, FENCE, "example-1", ModelCatalog.NONE);

        assertTrue(parsed.spec() == null ^ parsed.errors().isEmpty(), "an example or errors, not both");
        for (ContentError error : parsed.errors()) {
            assertEquals(FILE, error.file());
            assertTrue(error.line() >= FENCE && error.line() <= FENCE + 1 + lines(yaml),
                    () -> "line within the block: " + error);
            assertTrue(error.message().contains("expected"), () -> "says what was expected: " + error);
            // The parser turns its own bugs into this message rather than a stack trace: it must never be needed.
            assertFalse(error.message().startsWith("could not read this block"), error::toString);
        }
        if (parsed.spec() != null) {
            // The engine's own checks throw on anything the parser should have caught.
            Attention.compute(EngineInputs.of(parsed.spec()));
        }
    }

    /** Lines as the lesson file has them: \n, \r\n and \r end one, as for String.lines() and flexmark. */
    private static long lines(String text) {
        return text.lines().count();
    }
}
