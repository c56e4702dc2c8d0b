package io.github.attentioncourse.site;

import io.github.attentioncourse.example.ContentError;
import io.github.attentioncourse.markdown.CourseMarkdown;
import io.github.attentioncourse.markdown.RenderedLesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads every Markdown file under content/, checks its header and renders its body. */
final class CourseCompiler {

    private static final String INDEX = "index.md";

    private CourseCompiler() {
    }

    static CompiledCourse compile(CourseSource source) {
        List<ContentError> errors = new ArrayList<>();
        List<ContentError> warnings = new ArrayList<>();
        Map<Path, Lesson> lessons = new TreeMap<>();
        Map<Path, RenderedLesson> pages = new TreeMap<>();
        Map<String, String> moduleTitles = new HashMap<>();
        for (Path path : markdownFiles(source.content())) {
            String file = source.relative(path);
            List<String> lines = read(path, file, errors);
            if (lines == null) {
                continue;
            }
            LessonHeader header = LessonHeader.parse(file, lines, errors);
            if (header == null) {
                continue;
            }
            header.require(file, errors, "type", "status");
            String type = header.get("type");
            String status = header.get("status");
            if (status != null && !status.isEmpty() && !status.equals("published") && !status.equals("draft")) {
                errors.add(new ContentError(file, header.line("status"), "status=" + status
                        + " is not valid; expected status=published or status=draft"));
            }
            String folder = source.folderOf(path);
            if ("module".equals(type)) {
                header.require(file, errors, "title");
                if (!path.getFileName().toString().equals(INDEX)) {
                    errors.add(new ContentError(file, header.line("type"), "type=module belongs in a module folder's "
                            + INDEX + "; expected type=lesson here"));
                }
                moduleTitles.put(folder, header.get("title"));
                pages.put(path, renderBody(path, file, header, errors));
            } else if ("page".equals(type)) {
                header.require(file, errors, "title");
                pages.put(path, renderBody(path, file, header, errors));
            } else if ("lesson".equals(type)) {
                compileLesson(source, path, file, folder, header, errors).ifPresent(l -> lessons.put(path, l));
            } else if (type != null && !type.isEmpty()) {
                errors.add(new ContentError(file, header.line("type"), "type=" + type
                        + " is not known; expected type=lesson (or type=module in a folder's index.md, type=page)"));
            }
        }
        Course course = Course.of(new ArrayList<>(lessons.values()), moduleTitles, errors, warnings);
        Collections.sort(errors);
        Collections.sort(warnings);
        return new CompiledCourse(course, lessons, pages, List.copyOf(errors), List.copyOf(warnings));
    }

    private static java.util.Optional<Lesson> compileLesson(CourseSource source, Path path, String file, String folder,
                                                           LessonHeader header, List<ContentError> errors) {
        header.require(file, errors, "title", "module", "order");
        Integer module = header.get("module") == null ? null : header.number(file, "module", 0, 999, errors);
        Integer order = header.get("order") == null ? null : header.number(file, "order", 1, 999, errors);
        if (header.get("minutes") != null) {
            header.number(file, "minutes", 1, 600, errors);
        }
        RenderedLesson rendered = renderBody(path, file, header, errors);
        if (module == null || order == null || header.get("title") == null) {
            return java.util.Optional.empty();
        }
        String uri = (folder.isEmpty() ? "" : folder + "/") + baseName(path) + ".html";
        return java.util.Optional.of(new Lesson(path, file, uri, folder, header, module, order, rendered));
    }

    private static RenderedLesson renderBody(Path path, String file, LessonHeader header, List<ContentError> errors) {
        RenderedLesson rendered = CourseMarkdown.render(file, header.firstBodyLine(), header.body(), baseName(path));
        errors.addAll(rendered.errors());
        return rendered;
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static List<String> read(Path path, String file, List<ContentError> errors) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            errors.add(new ContentError(file, 1, "file is not valid UTF-8; expected the file saved as UTF-8"));
        } catch (IOException e) {
            errors.add(new ContentError(file, 1, "cannot read the file: " + e.getMessage()));
        }
        return null;
    }

    private static List<Path> markdownFiles(Path content) {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !isHidden(content, p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JBake skips hidden files and folders; so do we, so that both see the same lessons. */
    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
