package io.github.attentioncourse.site.jbake;

import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/** Gives templates {@code course_modules}: the modules and their lessons in reading order. */
public class CourseExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        return CourseModel.modules(BakeSession.current().course());
    }
}
