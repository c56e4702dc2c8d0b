package io.github.attentioncourse.markdown.internal;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.authoring.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Links between lessons: an author links to {@code 07-masked-attention.md}, which works in
 * GitHub's preview, and the page links to {@code 07-masked-attention.html}. A link to a lesson
 * that does not exist is an error, since the reader would land on nothing.
 */
public final class LessonLinks implements LinkResolverFactory {

    private final Path lessonFolder;
    private final Problems problems;

    /** @param lessonFolder the folder of the lesson's source file */
    public LessonLinks(Path lessonFolder, Problems problems) {
        this.lessonFolder = lessonFolder;
        this.problems = problems;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
        return this::resolve;
    }

    private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK) {
            return link;
        }
        String url = link.getUrl();
        if (url.contains(":") || url.startsWith("/") || url.startsWith("#") || url.startsWith("//")) {
            return link;
        }
        int hash = url.indexOf('#');
        String page = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        boolean markdown = page.endsWith(".md");
        if (!markdown && !page.endsWith(".html")) {
            return link;
        }
        String stem = page.substring(0, page.lastIndexOf('.'));
        Path source = lessonFolder.resolve(stem + ".md").normalize();
        boolean generated = page.endsWith("index.html") || page.endsWith(".json");
        if (!generated && !Files.isRegularFile(source)) {
            problems.atLine(problems.fileLine(node.getStartLineNumber()), "link to '" + url + "', but there is no lesson "
                    + stem + ".md next to this one; expected the file name of an existing lesson, e.g. 07-masked-attention.md");
            return link;
        }
        return markdown ? link.withUrl(stem + ".html" + anchor) : link;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
