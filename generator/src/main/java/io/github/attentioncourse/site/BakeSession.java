package io.github.attentioncourse.site;

/**
 * The compiled course of the bake in progress. JBake creates markup engines, model extractors
 * and rendering tools reflectively with no arguments, so they cannot be handed the course; they
 * read it from here for the duration of one bake.
 */
final class BakeSession {

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

    static synchronized void open(CompiledCourse course) {
        current = course;
    }

    static synchronized void close() {
        current = null;
    }
}
