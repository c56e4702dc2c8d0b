package io.github.attentioncourse.site.jbake;

import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.site.compile.CompiledFile;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.util.HtmlUtil;

/**
 * JBake's renderer, templates and asset copier, fed from the compiled course instead of from
 * JBake's crawler. JBake's {@code Oven} starts an OrientDB store, crawls content/ into it and
 * queries every document of a type once per page rendered, which is most of a plain JBake bake
 * and grows with the square of the course; the course is already read and checked by then, so
 * its pages go to the renderer directly. The store is handed to the renderer but never started:
 * templates read the course from {@code content} and {@code course_modules}, not from JBake's
 * lists of posts and tags, which is also why a rebuild can render one page alone.
 */
public final class JBakePages {

    private final DefaultJBakeConfiguration config;
    private final Renderer renderer;

    public JBakePages(CourseSource source, Path destination) {
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                source.root().toFile(), destination.toFile(), false);
        // As JBake's Oven does before every bake: pages are rendered in jvm.locale, whatever the machine's.
        String locale = config.getJvmLocale();
        Locale.setDefault(locale != null ? LocaleUtils.toLocale(locale) : Locale.getDefault());
        // JBake registers its own Markdown engine too; which one wins depends on classpath order.
        Engines.register("md", new CourseMarkdownEngine());
        renderer = new Renderer(new ContentStore(config.getDatabaseStore(), config.getDatabasePath()), config);
    }

    /** Renders one content file's page and writes its examples' JSON; returns the files written. */
    public int renderDocument(CompiledFile file) {
        RenderedLesson body = file.body();
        if (body == null) {
            return 0;
        }
        DocumentModel document = new CourseMarkdownEngine().parse(config, file.path().toFile());
        if (document == null) {
            return 0;
        }
        // The attributes JBake's crawler adds to every document it stores.
        String uri = uriOf(file.path().toFile());
        document.setUri(uri);
        document.setSourceUri(uri);
        document.setFile(file.path().toString());
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file.path().toFile()));
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
        try {
            renderer.render(document);
        } catch (Exception e) {
            throw new BakeException("could not render " + uri + ": " + e.getMessage(), e);
        }
        Path folder = config.getDestinationFolder().toPath().resolve(uri).getParent();
        for (RenderedLesson.ExampleFile example : body.examples()) {
            OutputFolder.write(folder.resolve(example.fileName()), example.json());
        }
        return 1 + body.examples().size();
    }

    /** Deletes the page of a content file that is gone, as published or as draft, and its examples' JSON. */
    public void deletePage(Path source, RenderedLesson body) {
        Path page = config.getDestinationFolder().toPath().resolve(uriOf(source.toFile()));
        String name = page.getFileName().toString();
        String extension = config.getOutputExtension();
        String draft = name.substring(0, name.length() - extension.length()) + config.getDraftSuffix() + extension;
        try {
            Files.deleteIfExists(page);
            Files.deleteIfExists(page.resolveSibling(draft));
            for (RenderedLesson.ExampleFile example : body == null ? List.<RenderedLesson.ExampleFile>of() : body.examples()) {
                Files.deleteIfExists(page.resolveSibling(example.fileName()));
            }
        } catch (IOException e) {
            throw new BakeException("could not remove the page of " + source + ": " + e.getMessage(), e);
        }
    }

    /** The pages that list lessons: the course index, module pages, 404 and sitemap. */
    public int renderListings() {
        try {
            int written = 0;
            if (config.getRenderIndex()) {
                renderer.renderIndex(config.getIndexFileName());
                written++;
            }
            written += new ModulePagesRenderer().render(renderer, null, config);
            if (config.getRenderError404()) {
                renderer.renderError404(config.getError404FileName());
                written++;
            }
            if (config.getRenderSiteMap()) {
                renderer.renderSitemap(config.getSiteMapFileName());
                written++;
            }
            return written;
        } catch (Exception e) {
            throw new BakeException("could not render the course index: " + e.getMessage(), e);
        }
    }

    /** Copies assets/ and every file in content/ that is not a lesson, as JBake's Oven does. */
    public void copyAssets() {
        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        List<Throwable> errors = asset.getErrors();
        if (!errors.isEmpty()) {
            throw new BakeException("JBake could not copy the assets: " + errors.get(0).getMessage());
        }
    }

    /** The page's path in the site, as JBake's crawler makes it: the source's path under content/, as .html. */
    private String uriOf(File source) {
        String uri = FileUtil.asPath(source).replace(FileUtil.asPath(config.getContentFolder()), "");
        uri = uri.substring(0, uri.lastIndexOf('.')) + config.getOutputExtension();
        return uri.startsWith(FileUtil.URI_SEPARATOR_CHAR) ? uri.substring(1) : uri;
    }
}
