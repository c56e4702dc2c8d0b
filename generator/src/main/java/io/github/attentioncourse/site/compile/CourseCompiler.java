package io.github.attentioncourse.site.compile;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.markdown.CourseMarkdown;
import io.github.attentioncourse.markdown.RenderContext;
import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.site.course.Course;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.site.course.LessonHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads every Markdown file under content/, checks its header and renders its body. */
public final class CourseCompiler {

    private static final String INDEX = "index.md";

    private CourseCompiler() {
    }

    /** Checks the whole course, its models included, drawing every figure. */
    public static CompiledCourse compile(CourseSource source) {
        return compile(source, Map.of(), Progress.NONE, new RenderContext(null, CourseModels.of(source.root())));
    }

    /**
     * Compiles the course, reusing from {@code previous} every file whose text has not changed,
     * so that a rebuild after one edit renders one file, and from the context's figures the
     * figures of unchanged examples. The models' own mistakes (stale weights, say) are the course's too.
     */
    public static CompiledCourse compile(CourseSource source, Map<Path, CompiledFile> previous, Progress progress,
                                  RenderContext context) {
        List<Path> paths = markdownFiles(source.content());
        Map<Path, CompiledFile> files = new TreeMap<>();
        int[] counts = new int[2];
        // Files compile independently and share no mutable state, so they use every core; each
        // result comes back here, on this thread, in path order.
        Parallel.map(paths, path -> compileOrReuse(source, path, previous.get(path), context), file -> {
            files.put(file.path(), file);
            RenderedLesson body = file.body();
            counts[0] += body == null ? 0 : body.examples().size();
            counts[1] += body == null ? 0 : body.charts();
            progress.update(files.size(), paths.size(), counts[0], counts[1]);
        });
        return assemble(files, context.models().errors());
    }

    private static CompiledFile compileOrReuse(CourseSource source, Path path, CompiledFile before, RenderContext context) {
        String file = source.relative(path);
        List<ContentError> readErrors = new ArrayList<>();
        String text = read(path, file, readErrors);
        if (text == null) {
            return new CompiledFile(path, null, source.folderOf(path), null, null, null, null, readErrors);
        }
        return before != null && text.equals(before.text()) ? before : compileFile(source, path, file, text, context);
    }

    /** The course from its files: the model, and every error sorted by file and line. */
    private static CompiledCourse assemble(Map<Path, CompiledFile> files, List<ContentError> modelErrors) {
        List<ContentError> errors = new ArrayList<>(modelErrors);
        List<ContentError> warnings = new ArrayList<>();
        Map<Path, Lesson> lessons = new TreeMap<>();
        Map<Path, RenderedLesson> pages = new TreeMap<>();
        Map<String, String> moduleTitles = new HashMap<>();
        for (CompiledFile compiled : files.values()) {
            errors.addAll(compiled.errors());
            if (compiled.lesson() != null) {
                lessons.put(compiled.path(), compiled.lesson());
            } else if (compiled.page() != null) {
                pages.put(compiled.path(), compiled.page());
            }
            if (compiled.moduleTitle() != null) {
                moduleTitles.put(compiled.folder(), compiled.moduleTitle());
            }
        }
        Course course = Course.of(new ArrayList<>(lessons.values()), moduleTitles, errors, warnings);
        Collections.sort(errors);
        Collections.sort(warnings);
        // In path order, so that whatever walks the files (rendering, rebuilds) does so the same way every run.
        return new CompiledCourse(course, lessons, pages, Collections.unmodifiableSortedMap(new TreeMap<>(files)),
                List.copyOf(errors), List.copyOf(warnings));
    }

    private static CompiledFile compileFile(CourseSource source, Path path, String file, String text,
                                            RenderContext context) {
        List<ContentError> errors = new ArrayList<>();
        String folder = source.folderOf(path);
        LessonHeader header = LessonHeader.parse(file, text.lines().toList(), errors);
        if (header == null) {
            return new CompiledFile(path, text, folder, null, null, null, null, errors);
        }
        header.require(file, errors, "type", "status");
        String type = header.get("type");
        String status = header.get("status");
        if (status != null && !status.isEmpty() && !status.equals("published") && !status.equals("draft")) {
            errors.add(new ContentError(file, header.line("status"), "status=" + status
                    + " is not valid; expected status=published or status=draft"));
        }
        if ("module".equals(type)) {
            header.require(file, errors, "title");
            if (!path.getFileName().toString().equals(INDEX)) {
                errors.add(new ContentError(file, header.line("type"), "type=module belongs in a module folder's "
                        + INDEX + "; expected type=lesson here"));
            }
            RenderedLesson page = renderBody(path, file, header, errors, context);
            return new CompiledFile(path, text, folder, header, null, page, header.get("title"), errors);
        }
        if ("page".equals(type)) {
            header.require(file, errors, "title");
            return new CompiledFile(path, text, folder, header, null, renderBody(path, file, header, errors, context), null,
                    errors);
        }
        if ("lesson".equals(type)) {
            Lesson lesson = compileLesson(path, file, folder, header, errors, context);
            return new CompiledFile(path, text, folder, header, lesson, null, null, errors);
        }
        if (type != null && !type.isEmpty()) {
            errors.add(new ContentError(file, header.line("type"), "type=" + type
                    + " is not known; expected type=lesson (or type=module in a folder's index.md, type=page)"));
        }
        return new CompiledFile(path, text, folder, header, null, null, null, errors);
    }

    private static Lesson compileLesson(Path path, String file, String folder, LessonHeader header, List<ContentError> errors,
                                        RenderContext context) {
        header.require(file, errors, "title", "module", "order");
        Integer module = header.get("module") == null ? null : header.number(file, "module", 0, 999, errors);
        Integer order = header.get("order") == null ? null : header.number(file, "order", 1, 999, errors);
        if (header.get("minutes") != null) {
            header.number(file, "minutes", 1, 600, errors);
        }
        RenderedLesson rendered = renderBody(path, file, header, errors, context);
        if (module == null || order == null || header.get("title") == null) {
            return null;
        }
        String uri = (folder.isEmpty() ? "" : folder + "/") + baseName(path) + ".html";
        return new Lesson(path, file, uri, folder, header, module, order, rendered);
    }

    private static RenderedLesson renderBody(Path path, String file, LessonHeader header, List<ContentError> errors,
                                             RenderContext context) {
        RenderedLesson rendered = CourseMarkdown.render(file, header.firstBodyLine(), header.body(), baseName(path),
                path.getParent(), context);
        errors.addAll(rendered.errors());
        return rendered;
    }

    /** The header of every content file that has one, without rendering a body: what lists lessons needs. */
    public static Map<Path, LessonHeader> headers(CourseSource source) {
        Map<Path, LessonHeader> headers = new LinkedHashMap<>();
        for (Path path : markdownFiles(source.content())) {
            List<ContentError> ignored = new ArrayList<>();
            String file = source.relative(path);
            String text = read(path, file, ignored);
            LessonHeader header = text == null ? null : LessonHeader.parse(file, text.lines().toList(), ignored);
            if (header != null) {
                headers.put(path, header);
            }
        }
        return headers;
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static String read(Path path, String file, List<ContentError> errors) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
