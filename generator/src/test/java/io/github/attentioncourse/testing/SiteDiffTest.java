package io.github.attentioncourse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDiffTest {

    @TempDir
    Path dir;

    @Test
    void findsNoDifferenceBetweenTheSameBytes() {
        FixtureCourse.write(dir, "a/x/page.html", "one\ntwo\n");
        FixtureCourse.write(dir, "b/x/page.html", "one\ntwo\n");

        assertNull(SiteDiff.firstDifference(dir.resolve("a"), dir.resolve("b")));
        assertEquals(1, SiteDiff.hashes(dir.resolve("a")).size());
    }

    @Test
    void showsTheFirstDifferingLineAroundItsFirstDifferingCharacter() {
        FixtureCourse.write(dir, "a/page.html", "same\n<td>0.65</td>\n");
        FixtureCourse.write(dir, "b/page.html", "same\n<td>0,65</td>\n");

        assertEquals("page.html: line 2, column 6\n  first:  <td>0.65</td>\n  second: <td>0,65</td>",
                SiteDiff.firstDifference(dir.resolve("a"), dir.resolve("b")));
    }

    @Test
    void namesAFileThatOnlyOneSiteHas() throws IOException {
        FixtureCourse.write(dir, "a/page.html", "x");
        FixtureCourse.write(dir, "b/page.html", "x");
        FixtureCourse.write(dir, "b/extra.json", "{}");

        String difference = SiteDiff.firstDifference(dir.resolve("a"), dir.resolve("b"));
        assertTrue(difference.startsWith("extra.json is only in "), difference);
    }
}
