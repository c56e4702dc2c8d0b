package io.github.attentioncourse.site;

import io.github.attentioncourse.markdown.RenderContext;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.compile.CourseCompiler;
import io.github.attentioncourse.site.compile.Parallel;
import io.github.attentioncourse.site.compile.Progress;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.jbake.BakeSession;
import io.github.attentioncourse.site.jbake.JBakePages;
import io.github.attentioncourse.site.output.OutputFolder;
import io.github.attentioncourse.site.output.Staging;
import java.util.List;
import java.util.Map;

/**
 * The bake, as a list of steps: read and check everything, render the pages with JBake's templates
 * into a staging folder beside the output, and only then swap the new site in. A failed or stopped
 * bake leaves the previous output exactly as it was.
 */
public final class Bake {

    private Bake() {
    }

    /** Reads and checks the whole course and writes nothing. */
    public static CompiledCourse check(CourseSource source) {
        return CourseCompiler.compile(source);
    }

    /**
     * Bakes the course into the claimed {@code output}, or returns the compiled course with its
     * errors and leaves the output alone.
     *
     * @param progress told after each content file
     * @param context  figures drawn before, reused for unchanged examples, and the course's models
     * @throws BakeException when JBake or the file system fails for a reason that is not an author's mistake in content
     */
    public static CompiledCourse build(CourseSource source, OutputFolder output, Progress progress, RenderContext context) {
        // 1. Read, check and render every content file and model; stop before writing if anything is wrong.
        CompiledCourse compiled = CourseCompiler.compile(source, Map.of(), progress, context);
        if (!compiled.errors().isEmpty()) {
            return compiled;
        }
        try (Staging staging = output.stage()) {
            // 2. Render every page with JBake's templates, each example's numbers beside it, and copy the assets.
            render(source, staging, compiled);
            // 3. Publish the search index.
            OutputFolder.write(staging.path().resolve(SearchIndex.FILE), SearchIndex.of(compiled.course()));
            // 4. Publish each model's weights, which the try boxes run in the reader's browser.
            ModelScripts.writeAll(staging.path(), context.models());
            // 5. Swap the new site in for the old one.
            staging.publish();
        }
        // 6. Forget the figures of examples that are gone.
        if (context.figures() != null) {
            context.figures().forgetUnused();
        }
        return compiled;
    }

    private static void render(CourseSource source, Staging staging, CompiledCourse compiled) {
        BakeSession.open(compiled);
        try {
            JBakePages pages = new JBakePages(source, staging.path());
            // Pages render independently (JBake's renderer and Freemarker's templates are shared safely).
            Parallel.map(List.copyOf(compiled.files().values()), file -> {
                staging.checkNotCancelled();
                return pages.renderDocument(file);
            }, written -> { });
            staging.checkNotCancelled();
            pages.renderListings();
            pages.copyAssets();
        } catch (BakeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BakeException("JBake failed: " + e.getMessage(), e);
        } finally {
            BakeSession.close();
        }
    }
}
