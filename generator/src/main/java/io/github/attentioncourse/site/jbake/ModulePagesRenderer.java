package io.github.attentioncourse.site.jbake;

import io.github.attentioncourse.site.course.Course;
import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders a page for every module that has no index.md of its own, through the same
 * {@code module} template, so that a lesson file alone is always enough to bake.
 */
public class ModulePagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        int rendered = 0;
        for (Course.Module module : BakeSession.current().course().modules()) {
            if (module.hasIndexPage() || module.folder().isEmpty()) {
                continue;
            }
            DocumentModel page = new DocumentModel();
            page.setType("module");
            page.setStatus("published");
            page.setTitle(module.title());
            page.setUri(module.uri());
            page.setRootPath("../".repeat(module.folder().split("/").length));
            page.setBody("");
            page.put("module_number", module.number());
            try {
                renderer.render(page);
            } catch (Exception e) {
                throw new RenderingException("module page " + module.uri() + ": " + e.getMessage(), e);
            }
            rendered++;
        }
        return rendered;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, null);
    }
}
