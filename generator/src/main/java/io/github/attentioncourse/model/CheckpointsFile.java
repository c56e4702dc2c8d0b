package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.LockFile.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * checkpoints.txt: the weights at the steps model.yaml lists, for a lesson on how attention forms
 * during training. Kept beside weights.txt rather than in it, so that the file a browser loads
 * holds the final weights alone; tied to it by weights.txt's SHA-256.
 */
final class CheckpointsFile {

    static final String NAME = "checkpoints.txt";

    private CheckpointsFile() {
    }

    static String format(String weightsSha256, SortedMap<Integer, Weights> checkpoints) {
        StringBuilder text = new StringBuilder();
        text.append("# The weights after the steps model.yaml lists under checkpoints, written by 'train' with\n")
                .append("# weights.txt. Do not edit: the bake checks the sha256 on the last line.\n")
                .append("format: ").append(WeightsFile.FORMAT).append('\n')
                .append("weights-sha256: ").append(weightsSha256).append('\n');
        for (Map.Entry<Integer, Weights> checkpoint : checkpoints.entrySet()) {
            text.append("checkpoint: ").append(checkpoint.getKey()).append('\n');
            WeightsFile.appendTensors(text, checkpoint.getValue());
        }
        return LockFile.seal(text.toString());
    }

    /**
     * @param weightsSha256 the SHA-256 of weights.txt's text, which this file must name
     * @param steps         the checkpoints model.yaml lists
     * @param shape         zeros in the model's shape
     */
    static Result<SortedMap<Integer, Weights>> read(String text, String file, String command, String weightsSha256,
            List<Integer> steps, Weights shape) {
        Result<LockFile> opened = LockFile.open(text, file, command);
        if (!opened.ok()) {
            return Result.failed(opened.errors());
        }
        LockFile lock = opened.value();
        String again = "; run '" + command + "' again";
        Line written = lock.values().get("weights-sha256");
        if (written == null || !written.value().equals(weightsSha256)) {
            return Result.failed(List.of(lock.error(written == null ? 1 : written.number(),
                    "the checkpoints were written with other weights than weights.txt" + again)));
        }
        List<Line> checkpoints = lock.lines().stream().filter(line -> line.key().equals("checkpoint")).toList();
        List<Integer> found = new ArrayList<>();
        checkpoints.forEach(line -> found.add(parse(line.value())));
        if (!found.equals(steps)) {
            return Result.failed(List.of(lock.error(checkpoints.isEmpty() ? 1 : checkpoints.get(0).number(),
                    "the file has checkpoints " + found + " but model.yaml lists " + steps + again)));
        }
        int perCheckpoint = shape.tensors().size();
        if (lock.tensors().size() != perCheckpoint * steps.size()) {
            return Result.failed(List.of(lock.error(1, "the file has " + lock.tensors().size() + " tensors; expected "
                    + perCheckpoint + " for each of " + steps.size() + " checkpoints" + again)));
        }
        SortedMap<Integer, Weights> out = new TreeMap<>();
        List<ContentError> errors = new ArrayList<>();
        for (int c = 0; c < steps.size(); c++) {
            Result<Weights> w = WeightsFile.tensors(lock, c * perCheckpoint,
                    Weights.zeros(shape.architecture(), shape.vocabularySize()), command);
            errors.addAll(w.errors());
            if (w.ok()) {
                out.put(steps.get(c), w.value());
            }
        }
        return errors.isEmpty() ? Result.of(out) : Result.failed(errors);
    }

    private static int parse(String step) {
        try {
            return Integer.parseInt(step);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
