package io.github.attentioncourse.site.course;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A course root: content/, templates/, assets/ and jbake.properties.
 *
 * @param root absolute, normalised course root
 */
public record CourseSource(Path root) {

    public CourseSource {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path assets() {
        return root.resolve("assets");
    }

    public Path properties() {
        return root.resolve("jbake.properties");
    }

    /** What is missing for this to be a course root, or null when nothing is. */
    public String missingPart() {
        for (Path required : new Path[] {content(), templates(), properties()}) {
            if (!Files.exists(required)) {
                return root.relativize(required) + " (in " + root + ")";
            }
        }
        return null;
    }

    /** A path as messages show it: relative to the root, with forward slashes. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The folder of a content file relative to content/, "" at the top. */
    public String folderOf(Path path) {
        Path parent = content().relativize(path.toAbsolutePath().normalize()).getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }
}
