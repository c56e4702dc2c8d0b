package io.github.attentioncourse.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputRulesTest {

    @TempDir
    Path dir;
    CourseSource source;

    @BeforeEach
    void course() throws IOException {
        Path root = dir.resolve("course");
        for (String folder : new String[] {"content", "templates", "assets"}) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.writeString(root.resolve("jbake.properties"), "");
        source = new CourseSource(root);
    }

    @Test
    void acceptsAMissingAnEmptyAndAMarkedFolder() throws IOException {
        assertEquals(Optional.empty(), OutputRules.refusal(source, source.root().resolve("output")));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(Optional.empty(), OutputRules.refusal(source, empty));
        Files.writeString(empty.resolve(OutputRules.MARKER), OutputRules.MARKER_TEXT);
        Files.writeString(empty.resolve("index.html"), "a page an earlier bake wrote");
        assertEquals(Optional.empty(), OutputRules.refusal(source, empty));
    }

    @Test
    void refusesAFolderWhoseMarkerWasEdited() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("site"));
        Files.writeString(folder.resolve(OutputRules.MARKER), "mine now");
        assertTrue(OutputRules.refusal(source, folder).orElseThrow().contains("did not write"));
    }

    @Test
    void refusesAFolderOfTheSourcesEvenWhenItIsMissing() {
        // templates/partials does not exist yet: writing there would still put the site among the templates.
        String why = OutputRules.refusal(source, source.templates().resolve("partials")).orElseThrow();
        assertTrue(why.startsWith("it is inside the course's templates/ folder"), why);
        assertTrue(OutputRules.refusal(source, source.root().resolve(".git/site")).isPresent());
    }

    @Test
    void refusesThroughALinkToTheSources() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), source.content());
        assertTrue(OutputRules.refusal(source, link).orElseThrow().startsWith("it is the course's content/ folder"));
        assertTrue(OutputRules.refusal(source, link.resolve("new")).isPresent());
    }

    @Test
    void aRefusedClaimCreatesNothing() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("mine.txt"), "keep");
        BakeException refused = assertThrows(BakeException.class,
                () -> OutputFolder.claim(source, notes, "build", message -> { }));
        assertTrue(refused.getMessage().contains("mine.txt"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve(".notes-cache")));
    }

    @Test
    void aClaimRemovesOnlyMarkedLeftoversOfItsOwnOutput() throws IOException {
        Path killed = Files.createDirectories(dir.resolve(".site-baking-123"));
        Files.writeString(killed.resolve(OutputRules.MARKER), OutputRules.MARKER_TEXT);
        Path strangers = Files.createDirectories(dir.resolve(".site-baking-456"));
        Files.writeString(strangers.resolve("diary.txt"), "not the generator's");
        Path other = Files.createDirectories(dir.resolve(".site-baking-x-baking-789"));
        Files.writeString(other.resolve(OutputRules.MARKER), OutputRules.MARKER_TEXT);
        try (OutputFolder folder = OutputFolder.claim(source, dir.resolve("site"), "build", message -> { })) {
            assertEquals(dir.resolve(".site-cache"), folder.workFolder());
        }
        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(strangers.resolve("diary.txt")));
        assertTrue(Files.exists(other));
    }
}
