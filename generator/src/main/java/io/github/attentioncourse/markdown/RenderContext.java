package io.github.attentioncourse.markdown;

import io.github.attentioncourse.model.CourseModels;

/**
 * What every lesson of one bake shares.
 *
 * @param figures figures drawn before, taken for every example unchanged since (null: draw every one)
 * @param models  the course's trained models, for examples that are just a sentence
 */
public record RenderContext(FigureCache figures, CourseModels models) {

    /** No figures kept and no models: what a lesson without them needs. */
    public static RenderContext none() {
        return new RenderContext(null, CourseModels.none());
    }
}
