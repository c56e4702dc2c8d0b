package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The course's models for one bake: each read once, when a lesson first needs it (lessons compile
 * on every core, so from any thread), and what the lessons measure on them computed once, since a
 * survey of the held-out sentences runs hundreds of forward passes.
 */
public final class CourseModels {

    private final Path courseRoot;
    private final List<String> names;
    private final Map<String, Result<Model>> loaded = new ConcurrentHashMap<>();
    private final Map<String, Object> measured = new ConcurrentHashMap<>();

    private CourseModels(Path courseRoot, List<String> names) {
        this.courseRoot = courseRoot;
        this.names = List.copyOf(names);
    }

    /** The models in the course's {@code content/models/}, none read yet. */
    public static CourseModels of(Path courseRoot) {
        return new CourseModels(courseRoot, Models.names(courseRoot));
    }

    /** A course without models. */
    public static CourseModels none() {
        return new CourseModels(Path.of("."), List.of());
    }

    /** Every model's name, sorted. */
    public List<String> names() {
        return names;
    }

    /** The model {@code name}, read on first use; empty when the course has no model of that name. */
    public Optional<Result<Model>> get(String name) {
        if (!names.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(name, n -> Models.load(courseRoot, n)));
    }

    /** Every model's mistakes (in model.yaml, the sentences or the weights), read now if not yet; empty when all can be used. */
    public List<ContentError> errors() {
        List<ContentError> errors = new ArrayList<>();
        for (String name : names) {
            errors.addAll(get(name).orElseThrow().errors());
        }
        return errors;
    }

    /**
     * What {@code measure} computes on a model, computed once per bake for each key.
     *
     * @param key names the model and the measurement, e.g. "course/survey/1.1/describes"
     */
    @SuppressWarnings("unchecked")
    public <T> T measured(String key, Supplier<T> measure) {
        return (T) measured.computeIfAbsent(key, k -> measure.get());
    }
}
