package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.YamlLines;
import org.junit.jupiter.api.Test;
import static io.github.attentioncourse.example.Blocks.assertOnlyError;
import static io.github.attentioncourse.example.Blocks.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

class YamlLinesTest {

    @Test
    void countsTheLineEndsOfALessonFile() {
        YamlLines lines = YamlLines.of("a\nb\r\nc\rd");

        assertEquals(0, lines.blockLine(0));
        assertEquals(1, lines.blockLine(1));
        assertEquals(2, lines.blockLine(2));
        assertEquals(3, lines.blockLine(3));
    }

    @Test
    void keepsYamlsOwnLineSeparatorsOnTheLineTheyAreIn() {
        YamlLines lines = YamlLines.of("a\u2028b\u0085c\nd\u2029e\n");

        assertEquals(0, lines.blockLine(2), "c is still on the first line of the file");
        assertEquals(1, lines.blockLine(3));
        assertEquals(1, lines.blockLine(4));
        assertEquals(2, lines.blockLine(5), "the end of the text");
    }

    @Test
    void continuesPastTheLastLineOneByOne() {
        assertEquals(4, YamlLines.of("a\nb").blockLine(4));
    }

    @Test
    void reportsAnErrorAfterALineSeparatorAtTheLineOfTheFile() {
        assertOnlyError(minimalWith("caption: \"one\u2028two\"\nmask: sometimes\n"), 10, "mask is 'sometimes'");
    }
}
