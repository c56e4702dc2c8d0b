package io.github.attentioncourse.site.jbake;

import io.github.attentioncourse.site.compile.CompiledCourse;
/**
 * The compiled course of the bake in progress. JBake creates markup engines, model extractors
 * and rendering tools reflectively with no arguments, so they cannot be handed the course; they
 * read it from here for the duration of one bake.
 */
public final class BakeSession {

    private static volatile CompiledCourse current;

    private BakeSession() {
    }

    static CompiledCourse current() {
        CompiledCourse course = current;
        if (course == null) {
            throw new IllegalStateException("JBake was started outside a course bake");
        }
        return course;
    }

    public static synchronized void open(CompiledCourse course) {
        current = course;
    }

    public static synchronized void close() {
        current = null;
    }
}
