package io.github.attentioncourse.site;

import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes every example of docs/AUTHORING.md, so that the guide cannot drift from the generator. */
class AuthoringGuideIT {

    private static final List<String> COMPUTED_FENCES = List.of("```attention", "```cost", "```math", "```heads", "```training", "```try",
            "```tokens", "```embeddings", "```predictions", "```classifier", "```descent",
            "```residual", "```layernorm", "```feedforward", "```output", "```checkpoints", "```patterns", "```parameters",
            "```complexity");
    private static final String HEADER = "title=Guide %d\ntype=lesson\nstatus=published\nmodule=9\norder=%d\n~~~~~~\n\n## Slide\n\n";

    @TempDir
    Path dir;

    @Test
    void everyExampleInTheGuideBakesWithoutErrors() throws IOException {
        List<String> lessons = lessonsFrom(Files.readAllLines(FixtureCourse.projectRoot().resolve("docs/AUTHORING.md")));
        assertTrue(lessons.size() >= 8, "the guide's examples were found: " + lessons.size());
        for (String fence : COMPUTED_FENCES) {
            assertTrue(lessons.stream().anyMatch(lesson -> lesson.contains(fence + "\n")), "the guide documents " + fence);
        }
        Path content = dir.resolve("content");
        for (int i = 0; i < lessons.size(); i++) {
            FixtureCourse.write(dir, "content/module-9-guide/" + (i + 10) + "-guide.md", lessons.get(i));
        }
        Path root = FixtureCourse.create(dir.resolve("course"), content);
        // The guide's examples of trained models use the course's own.
        FixtureCourse.copyTree(FixtureCourse.projectRoot().resolve("content/models"), root.resolve("content/models"));
        CompiledCourse compiled = FixtureCourse.build(root, root.resolve("output"));
        assertEquals(List.of(), compiled.errors());
        assertEquals(lessons.size(), compiled.course().sequence().size());
        String page = Files.readString(root.resolve("output/module-9-guide/10-guide.html"));
        assertTrue(page.contains("of its attention to"), "the whole lesson of the guide was baked");
    }

    /**
     * Whole lessons from markdown fences (wrapped in a header when they have none), and each
     * top-level fence of {@link #COMPUTED_FENCES}, wrapped in a lesson of its own.
     */
    private static List<String> lessonsFrom(List<String> lines) {
        List<String> lessons = new ArrayList<>();
        StringBuilder block = null;
        String fence = null;
        boolean keepFence = false;
        for (String line : lines) {
            if (fence == null) {
                if (line.equals("````markdown") || line.equals("```markdown")
                        || COMPUTED_FENCES.contains(line)) {
                    fence = line.startsWith("````") ? "````" : "```";
                    keepFence = !line.endsWith("markdown");
                    block = new StringBuilder(keepFence ? line + "\n" : "");
                }
                continue;
            }
            if (line.equals(fence)) {
                String text = keepFence ? block + fence + "\n" : block.toString();
                int order = lessons.size() + 1;
                lessons.add(text.startsWith("title=")
                        ? text.replace("module=9\norder=1", "module=9\norder=" + order)
                        : String.format(java.util.Locale.ROOT, HEADER, order, order) + text);
                fence = null;
                continue;
            }
            block.append(line).append('\n');
        }
        return lessons;
    }
}
