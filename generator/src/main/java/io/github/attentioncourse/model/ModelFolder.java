package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** One model folder, {@code content/models/NAME}: its config and corpus read and checked, before training or loading. */
final class ModelFolder {

    static final String MODEL_YAML = "model.yaml";
    /**
     * The most numbers one file may hold: at 16/3 characters each in base64 this keeps
     * weights.txt, and checkpoints.txt with all its checkpoints, under 64 KB.
     */
    static final int MAX_ENTRIES_PER_FILE = 11_000;

    /**
     * @param folder       the folder on disk
     * @param relative     the folder relative to the course root, with forward slashes
     * @param configSha256 SHA-256 of the config's canonical text
     * @param corpusSha256 SHA-256 of the corpus's canonical text
     */
    record Prepared(String name, Path folder, String relative, ModelConfig config, Corpus corpus,
            String configSha256, String corpusSha256) {

        String file(String fileName) {
            return relative + "/" + fileName;
        }

        String command() {
            return "train " + name;
        }

        Weights zeros() {
            return Weights.zeros(config.architecture(), corpus.vocabulary().size());
        }
    }

    private ModelFolder() {
    }

    static Result<Prepared> prepare(Path courseRoot, String name) {
        Path folder = courseRoot.resolve(Models.FOLDER).resolve(name);
        String relative = Models.FOLDER + "/" + name;
        String yamlFile = relative + "/" + MODEL_YAML;
        if (!Files.isRegularFile(folder.resolve(MODEL_YAML))) {
            return Result.failed(List.of(new ContentError(yamlFile, 1, "the model folder " + relative + " has no "
                    + MODEL_YAML + "; expected a " + MODEL_YAML + " with the model's settings (task, layers, heads, "
                    + "d_model, …), or no folder")));
        }
        Result<String> text = SourceFile.read(folder.resolve(MODEL_YAML), yamlFile);
        Result<ModelConfig> config = text.ok() ? ModelYaml.read(text.value(), yamlFile) : Result.failed(text.errors());
        if (!config.ok()) {
            return Result.failed(config.errors());
        }
        Result<Corpus> corpus = CorpusReader.read(folder, relative, config.value());
        if (!corpus.ok()) {
            return Result.failed(corpus.errors());
        }
        Prepared prepared = new Prepared(name, folder, relative, config.value(), corpus.value(),
                Hashes.sha256(config.value().canonical()), Hashes.sha256(corpus.value().canonical()));
        int entries = prepared.zeros().count();
        int checkpoints = config.value().checkpoints().size();
        if (entries > MAX_ENTRIES_PER_FILE || entries * (long) checkpoints > MAX_ENTRIES_PER_FILE) {
            return Result.failed(List.of(new ContentError(yamlFile, 1, "the model would have " + entries
                    + " parameters (with " + corpus.value().vocabulary().size() + " words)"
                    + (checkpoints > 0 ? " and " + checkpoints + " checkpoints of them" : "")
                    + ", too many for a weights file of at most 64 KB; expected at most " + MAX_ENTRIES_PER_FILE
                    + " numbers per file: lower d_model, d_ff, layers or context, or list fewer checkpoints")));
        }
        return Result.of(prepared);
    }

    /** Reads the weights (and checkpoints) and checks them against the config and corpus. */
    static Result<Model> load(Prepared p) {
        String yamlFile = p.file(MODEL_YAML);
        if (!Files.exists(p.folder().resolve(WeightsFile.NAME))) {
            return Result.failed(List.of(new ContentError(yamlFile, 1, "the model has no weights yet ("
                    + WeightsFile.NAME + " is missing); run '" + p.command() + "'")));
        }
        String weightsFile = p.file(WeightsFile.NAME);
        Result<String> text = SourceFile.read(p.folder().resolve(WeightsFile.NAME), weightsFile);
        Result<WeightsFile.Contents> contents = text.ok() ? WeightsFile.read(text.value(), weightsFile, p.command())
                : Result.failed(text.errors());
        if (!contents.ok()) {
            return Result.failed(contents.errors());
        }
        WeightsFile.Contents c = contents.value();
        List<ContentError> stale = new ArrayList<>();
        if (!c.record().configSha256().equals(p.configSha256())) {
            stale.add(new ContentError(yamlFile, 1, "the weights were trained with another config; run '"
                    + p.command() + "'"));
        }
        if (!c.record().corpusSha256().equals(p.corpusSha256())) {
            stale.add(new ContentError(yamlFile, 1, "the weights were trained on another corpus; run '"
                    + p.command() + "'"));
        }
        if (!stale.isEmpty()) {
            return Result.failed(stale);
        }
        if (!c.vocabulary().equals(p.corpus().vocabulary().words())) {
            return Result.failed(List.of(c.lock().error(c.lock().values().get("vocabulary").number(),
                    "the vocabulary is not the corpus's; run '" + p.command() + "' again")));
        }
        Weights shape = p.zeros();
        if (c.lock().tensors().size() != shape.tensors().size()) {
            return Result.failed(List.of(c.lock().error(1, "the file has " + c.lock().tensors().size()
                    + " tensors but the model has " + shape.tensors().size() + "; run '" + p.command() + "' again")));
        }
        Result<Weights> weights = WeightsFile.tensors(c.lock(), 0, shape, p.command());
        if (!weights.ok()) {
            return Result.failed(weights.errors());
        }
        Result<SortedMap<Integer, Weights>> checkpoints = checkpoints(p, text.value());
        if (!checkpoints.ok()) {
            return Result.failed(checkpoints.errors());
        }
        return Result.of(new Model(p.name(), p.relative(), p.config(), p.corpus(), weights.value(), c.record(),
                checkpoints.value()));
    }

    private static Result<SortedMap<Integer, Weights>> checkpoints(Prepared p, String weightsText) {
        if (p.config().checkpoints().isEmpty()) {
            return Result.of(new TreeMap<>());
        }
        Path path = p.folder().resolve(CheckpointsFile.NAME);
        if (!Files.exists(path)) {
            return Result.failed(List.of(new ContentError(p.file(MODEL_YAML), 1, "the model has no checkpoints yet ("
                    + CheckpointsFile.NAME + " is missing); run '" + p.command() + "'")));
        }
        Result<String> text = SourceFile.read(path, p.file(CheckpointsFile.NAME));
        return text.ok() ? CheckpointsFile.read(text.value(), p.file(CheckpointsFile.NAME), p.command(),
                Hashes.sha256(weightsText), p.config().checkpoints(), p.zeros()) : Result.failed(text.errors());
    }

    static Trainer trainer(Prepared p) {
        return new Trainer(p.config(), p.corpus().vocabulary().size(), maskToken(p), sentences(p));
    }

    private static List<int[]> sentences(Prepared p) {
        List<int[]> sentences = new ArrayList<>();
        p.corpus().training().forEach(s -> sentences.add(p.corpus().vocabulary().indices(s.words())));
        return sentences;
    }

    private static int maskToken(Prepared p) {
        return p.corpus().vocabulary().indexOf(Tokenizer.MASK).orElse(-1);
    }

    /** Trains, then writes checkpoints.txt (or removes a stale one) and weights.txt, each atomically. */
    static Model train(Prepared p, TrainingProgress progress) {
        Vocabulary vocabulary = p.corpus().vocabulary();
        Trainer.Result result = Trainer.train(p.config(), vocabulary.size(), maskToken(p), sentences(p), progress);
        TrainingRecord record = TrainingRecord.of(p.configSha256(), p.corpusSha256(), p.corpus().training().size(),
                p.corpus().heldOut().size(), result.losses());
        String weightsText = WeightsFile.format(record, p.config().task(), vocabulary, result.weights());
        Path checkpoints = p.folder().resolve(CheckpointsFile.NAME);
        if (result.checkpoints().isEmpty()) {
            deleteIfExists(checkpoints);
        } else {
            AtomicFile.write(checkpoints, CheckpointsFile.format(Hashes.sha256(weightsText), result.checkpoints()));
        }
        AtomicFile.write(p.folder().resolve(WeightsFile.NAME), weightsText);
        return new Model(p.name(), p.relative(), p.config(), p.corpus(), result.weights(), record,
                result.checkpoints());
    }

    private static void deleteIfExists(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
