package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The course's trained models, one folder each under {@code content/models/}: list them, load
 * one (its weights checked against its corpus and config), or train one. The bake only loads;
 * only {@code train} trains.
 */
public final class Models {

    /** Where model folders live, relative to the course root. */
    public static final String FOLDER = "content/models";

    private Models() {
    }

    /** Whether a file of a model folder is one that {@code train} writes (its weights, checkpoints, or one being written). */
    public static boolean writtenByTraining(Path file) {
        String name = file.getFileName().toString();
        return name.equals(WeightsFile.NAME) || name.equals(CheckpointsFile.NAME) || name.startsWith(".") && name.endsWith(".tmp");
    }

    /** The model folders' names, sorted; hidden folders are skipped, as JBake skips them. */
    public static List<String> names(Path courseRoot) {
        Path models = courseRoot.resolve(FOLDER);
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(models)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model in {@code content/models/NAME}, or every error in its files: a mistake in model.yaml,
     * the grammar or the sentences, missing, hand-edited or corrupt weights, and weights trained on
     * another corpus or config ({@code content/models/NAME/model.yaml:1: the weights were trained on
     * another corpus; run 'train NAME'}).
     */
    public static Result<Model> load(Path courseRoot, String name) {
        Result<ModelFolder.Prepared> prepared = ModelFolder.prepare(courseRoot, name);
        return prepared.ok() ? ModelFolder.load(prepared.value()) : Result.failed(prepared.errors());
    }

    /** Every model's errors, as {@code build} and {@code check} report them; empty when all can be used. */
    public static List<ContentError> check(Path courseRoot) {
        List<ContentError> errors = new ArrayList<>();
        for (String name : names(courseRoot)) {
            errors.addAll(load(courseRoot, name).errors());
        }
        return errors;
    }

    /**
     * A trainer for the model in {@code content/models/NAME}, to run its steps one by one (a benchmark
     * of one step, a training that can stop between steps); it writes nothing.
     */
    public static Result<Trainer> trainer(Path courseRoot, String name) {
        Result<ModelFolder.Prepared> prepared = ModelFolder.prepare(courseRoot, name);
        return prepared.ok() ? Result.of(ModelFolder.trainer(prepared.value())) : Result.failed(prepared.errors());
    }

    /**
     * Trains the model in {@code content/models/NAME} and writes its weights.txt (and checkpoints.txt),
     * each atomically, or returns the errors in its config and corpus and writes nothing.
     */
    public static Result<Model> train(Path courseRoot, String name, TrainingProgress progress) {
        Result<ModelFolder.Prepared> prepared = ModelFolder.prepare(courseRoot, name);
        return prepared.ok() ? Result.of(ModelFolder.train(prepared.value(), progress))
                : Result.failed(prepared.errors());
    }
}
