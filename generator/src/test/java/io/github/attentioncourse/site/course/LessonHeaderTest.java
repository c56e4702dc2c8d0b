package io.github.attentioncourse.site.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonHeaderTest {

    private final List<ContentError> errors = new ArrayList<>();

    private LessonHeader parse(String text) {
        return LessonHeader.parse("content/x.md", text.lines().toList(), errors);
    }

    @Test
    void readsKeysWithTheirLinesAndTheBody() {
        LessonHeader header = parse("title=A = B\ntype=lesson\n\nstatus=published\n~~~~~~\n\nBody line");
        assertEquals(List.of(), errors);
        assertEquals("A = B", header.get("title"));
        assertEquals(4, header.line("status"));
        assertEquals(6, header.firstBodyLine());
        assertEquals("\nBody line", header.body());
    }

    @Test
    void rejectsAFileWithoutSeparator() {
        assertNull(parse("title=A\ntype=lesson\nstatus=published\n\n## Body"));
        assertEquals(1, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("~~~~~~"));
    }

    @Test
    void rejectsASeparatorWithSpacesThatJBakeWouldNotSee() {
        assertNull(parse("title=A\n~~~~~~ \nbody"));
        assertEquals(2, errors.get(0).line());
    }

    @Test
    void rejectsAHeaderLineWithoutEquals() {
        parse("title=A\njust words\n~~~~~~\n");
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("key=value"));
    }

    @Test
    void reportsMissingTypeAndStatus() {
        LessonHeader header = parse("title=A\n~~~~~~\n");
        header.require("content/x.md", errors, "type", "status");
        assertEquals(2, errors.size());
        assertTrue(errors.get(0).message().contains("'type'"));
        assertTrue(errors.get(1).message().contains("'status'"));
    }

    @Test
    void rejectsANonNumericOrder() {
        LessonHeader header = parse("title=A\norder=six\n~~~~~~\n");
        assertNull(header.number("content/x.md", "order", 1, 999, errors));
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("whole number"));
    }

    @Test
    void reportsADuplicateKeyAtItsSecondLine() {
        parse("title=A\ntitle=B\n~~~~~~\n");
        assertEquals(2, errors.get(0).line());
    }
}
