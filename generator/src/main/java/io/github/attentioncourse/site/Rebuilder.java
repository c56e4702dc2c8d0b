package io.github.attentioncourse.site;

import io.github.attentioncourse.markdown.FigureCache;
import io.github.attentioncourse.markdown.RenderContext;
import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.compile.CompiledFile;
import io.github.attentioncourse.site.compile.CourseCompiler;
import io.github.attentioncourse.site.compile.Progress;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.site.jbake.BakeSession;
import io.github.attentioncourse.site.jbake.JBakePages;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps a baked site up to date while an author edits it: after a full bake it holds JBake's
 * renderer open and, for each change, renders only the pages the change affects. An edited
 * lesson body re-renders that lesson; a changed header, a new or a removed file re-renders the
 * pages that list lessons; a template re-renders the pages of its type; an asset is copied.
 * A change with content errors writes nothing and reports them.
 */
public final class Rebuilder implements AutoCloseable {

    /** What a rebuild did: the course as compiled, how many files it wrote, and why. */
    public record Result(CompiledCourse compiled, int written, String scope) {
    }

    private final CourseSource source;
    private final OutputFolder folder;
    private final Path output;
    private CompiledCourse current;
    private JBakePages pages;
    private final FigureCache figures = new FigureCache();
    /** The figures and the models; the models are read again when a model's files change. */
    private RenderContext context;
    private final Map<Lesson, SearchIndex.Entry> searchEntries = new IdentityHashMap<>();

    private Rebuilder(CourseSource source, OutputFolder folder) {
        this.source = source;
        this.folder = folder;
        this.output = folder.path();
        this.context = new RenderContext(figures, CourseModels.of(source.root()));
    }

    /**
     * Bakes the whole site once into the claimed {@code output} and gets ready for rebuilds; the
     * result may hold content errors. The claim stays the caller's to close.
     */
    public static Rebuilder start(CourseSource source, OutputFolder output) {
        Rebuilder rebuilder = new Rebuilder(source, output);
        rebuilder.fullBake();
        return rebuilder;
    }

    public CompiledCourse current() {
        return current;
    }

    /** Applies a set of changed paths (files anywhere under the course root, added, edited or removed). */
    public synchronized Result rebuild(Set<Path> changed) {
        Path models = source.root().resolve(Models.FOLDER);
        if (changed.stream().anyMatch(p -> p.startsWith(models))) {
            // A model's weights shape every page that shows it: read the models again, bake it all.
            context = new RenderContext(figures, CourseModels.of(source.root()));
            return fullBake();
        }
        if (changed.contains(source.properties()) || current == null || !current.errors().isEmpty() && pages == null) {
            return fullBake();
        }
        int written = 0;
        List<String> scope = new ArrayList<>();
        List<Path> contentChanges = changed.stream()
                .filter(p -> p.startsWith(source.content()) && p.getFileName().toString().endsWith(".md")).toList();
        List<Path> templateChanges = changed.stream().filter(p -> p.startsWith(source.templates())).toList();
        if (!contentChanges.isEmpty()) {
            CompiledCourse next = CourseCompiler.compile(source, current.files(), Progress.NONE, context);
            if (!next.errors().isEmpty()) {
                return new Result(next, 0, "content errors");
            }
            CompiledCourse previous = current;
            current = next;
            BakeSession.open(next);
            written += structureChanged(previous, next, contentChanges) ? renderAll(previous, scope)
                    : renderFiles(contentChanges, scope);
            OutputFolder.write(output.resolve(SearchIndex.FILE), SearchIndex.of(next.course(), searchEntries));
            written++;
        }
        if (!templateChanges.isEmpty()) {
            written += renderForTemplates(templateChanges, scope);
        }
        for (Path asset : changed.stream().filter(p -> p.startsWith(source.assets())).toList()) {
            written += copyAsset(asset);
            scope.add("asset " + source.relative(asset));
        }
        return new Result(current, written, String.join(", ", scope));
    }

    private Result fullBake() {
        closeRenderer();
        CompiledCourse compiled = Bake.build(source, folder, Progress.NONE, context);
        if (compiled.errors().isEmpty()) {
            current = compiled;
            openRenderer();
        } else if (current == null) {
            current = compiled;
        }
        return new Result(compiled, compiled.errors().isEmpty() ? -1 : 0, "full bake");
    }

    /** True when a change can move lessons in the course: any header changed, or a file came or went. */
    private static boolean structureChanged(CompiledCourse previous, CompiledCourse next, List<Path> changes) {
        for (Path path : changes) {
            CompiledFile before = previous.files().get(path);
            CompiledFile after = next.files().get(path);
            if (before == null && after == null) {
                // Not a lesson: an editor's temporary file, or a file JBake copies as it is.
                continue;
            }
            if (before == null || after == null || before.header() == null || after.header() == null
                    || !Objects.equals(before.header().values(), after.header().values())) {
                return true;
            }
        }
        return false;
    }

    private int renderFiles(List<Path> paths, List<String> scope) {
        int written = 0;
        for (Path path : paths.stream().filter(current.files()::containsKey).toList()) {
            written += renderDocument(path);
            scope.add(source.relative(path));
        }
        return written;
    }

    private int renderAll(CompiledCourse previous, List<String> scope) {
        for (Path gone : previous.files().keySet()) {
            if (!current.files().containsKey(gone)) {
                pages.deletePage(gone, previous.body(gone));
            }
        }
        int written = 0;
        for (Path path : current.files().keySet()) {
            written += renderDocument(path);
        }
        scope.add("every page (the course's structure changed)");
        return written + renderListings();
    }

    private int renderForTemplates(List<Path> templates, List<String> scope) {
        int written = 0;
        for (Path template : templates) {
            String name = template.getFileName().toString();
            scope.add("template " + name);
            written += switch (name) {
                case "index.ftl", "sitemap.ftl", "error404.ftl", "module.ftl" -> renderListings();
                case "lesson.ftl" -> renderOfType("lesson");
                case "page.ftl" -> renderOfType("page");
                // A layout or partial is used by every page.
                default -> renderOfType(null) + renderListings();
            };
        }
        return written;
    }

    private int renderOfType(String type) {
        int written = 0;
        for (CompiledFile file : current.files().values()) {
            if (file.header() != null && (type == null || type.equals(file.header().get("type")))) {
                written += renderDocument(file.path());
            }
        }
        return written;
    }

    /** Renders one content file's page and writes its examples' JSON. */
    private int renderDocument(Path path) {
        CompiledFile file = current.files().get(path);
        return file == null ? 0 : pages.renderDocument(file);
    }

    /** The pages that list lessons: the course index, module pages, 404 and sitemap. */
    private int renderListings() {
        return pages.renderListings();
    }

    private int copyAsset(Path asset) {
        Path target = output.resolve(source.assets().relativize(asset).toString());
        try {
            if (Files.isRegularFile(asset)) {
                Files.createDirectories(target.getParent());
                Files.copy(asset, target, StandardCopyOption.REPLACE_EXISTING);
                return 1;
            }
            if (!Files.exists(asset)) {
                Files.deleteIfExists(target);
            }
            return 0;
        } catch (IOException e) {
            throw new BakeException("could not copy " + asset + ": " + e.getMessage(), e);
        }
    }

    private void openRenderer() {
        pages = new JBakePages(source, output);
        BakeSession.open(current);
    }

    private void closeRenderer() {
        pages = null;
        BakeSession.close();
    }

    @Override
    public synchronized void close() {
        closeRenderer();
    }

    /** The output folder, for messages. */
    public File outputFolder() {
        return output.toFile();
    }
}
