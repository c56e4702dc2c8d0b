package io.github.attentioncourse.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.markdown.internal.Computed;
import io.github.attentioncourse.markdown.internal.ComputedBlocks;
import io.github.attentioncourse.markdown.internal.CourseNodeRenderer;
import io.github.attentioncourse.markdown.internal.FigureSlots;
import io.github.attentioncourse.markdown.internal.LessonLinks;
import io.github.attentioncourse.markdown.internal.ModelExamples;
import io.github.attentioncourse.markdown.internal.ReferenceSubstitution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lesson Markdown pipeline: compute the examples, put their numbers into the prose, then
 * render slides, figures, callouts, quizzes and key concepts.
 */
public final class CourseMarkdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer INLINE_RENDERER = HtmlRenderer.builder(
            new MutableDataSet(OPTIONS).set(HtmlRenderer.ESCAPE_HTML, true).toImmutable()).build();

    private CourseMarkdown() {
    }

    /**
     * Renders one lesson body, or finds every mistake in it.
     *
     * @param file          the lesson's path relative to the course root, for errors
     * @param firstBodyLine 1-based line in the file where the body starts
     * @param body          the Markdown after the header
     * @param pageBaseName  the page's file name without extension; example JSON is named after it
     * @param lessonFolder  the folder of the lesson's source, against whose files links to other
     *                      lessons are checked and pointed at their pages; null skips that check
     * @param context       what every lesson of the bake shares: figures drawn before, the course's models
     */
    public static RenderedLesson render(String file, int firstBodyLine, String body, String pageBaseName, Path lessonFolder,
                                        RenderContext context) {
        Problems problems = new Problems(file, firstBodyLine);
        // 1. Parse once to find the examples and compute them.
        Document first = PARSER.parse(body);
        Map<String, Computed> byId = new LinkedHashMap<>();
        ModelExamples models = new ModelExamples(context.models());
        List<Computed> computed = ComputedBlocks.compute(first, problems, byId, models);
        // 2. Put their numbers into the prose, then parse what the reader will see.
        String resolved = ReferenceSubstitution.apply(body, first, byId, computed.contains(null), problems);
        Document document = resolved.equals(body) ? first : PARSER.parse(resolved);
        // 3. Draw each block's figure and write its JSON.
        List<Figure> drawn = new ArrayList<>();
        List<RenderedLesson.ExampleFile> files = new ArrayList<>();
        for (Computed block : computed) {
            if (block == null) {
                drawn.add(null);
                continue;
            }
            String fileName = pageBaseName + "." + block.id() + ".json";
            Figure figure = context.figures() == null ? block.figure(fileName)
                    : context.figures().figure(fileName, block.fingerprint(), () -> block.figure(fileName));
            drawn.add(figure);
            files.add(new RenderedLesson.ExampleFile(block.id(), fileName, figure.json()));
        }
        // 4. Render the page body around them.
        HtmlRenderer.Builder renderer = HtmlRenderer.builder(OPTIONS)
                .nodeRendererFactory(options -> new CourseNodeRenderer(problems, drawn, CourseMarkdown::inline));
        if (lessonFolder != null) {
            renderer.linkResolverFactory(new LessonLinks(lessonFolder, problems));
        }
        String html = FigureSlots.fill(renderer.build().render(document), drawn);
        int charts = drawn.stream().filter(Objects::nonNull).mapToInt(Figure::charts).sum();
        return new RenderedLesson(html, files, problems.list(), charts);
    }

    /** Short text (a quiz option, a concept) as inline Markdown, with any HTML in it shown as text. */
    static String inline(String text) {
        String html = INLINE_RENDERER.render(PARSER.parse(text)).trim();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
