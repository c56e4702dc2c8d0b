package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.LockFile.Line;
import io.github.attentioncourse.model.LockFile.TensorLine;
import io.github.attentioncourse.model.Weights.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * weights.txt: the training record, the vocabulary and every tensor of the trained model. Written
 * by {@code train}, committed like a lockfile, read by every bake.
 */
final class WeightsFile {

    static final String NAME = "weights.txt";
    static final String FORMAT = "1";
    private static final List<String> KEYS = List.of("format", "task", "config-sha256", "corpus-sha256",
            "sentences", "steps", "final-loss", "loss-every", "loss", "vocabulary");

    /** What weights.txt holds, before its tensors are checked against the config. */
    record Contents(TrainingRecord record, String task, List<String> vocabulary, LockFile lock) {
    }

    private WeightsFile() {
    }

    static String format(TrainingRecord r, Task task, Vocabulary vocabulary, Weights w) {
        StringBuilder text = new StringBuilder();
        text.append("# The trained weights of the model in this folder, written by 'train'. Do not edit: the bake\n")
                .append("# checks the sha256 on the last line. Tensors are float32, big-endian, row by row, base64.\n")
                .append("format: ").append(FORMAT).append('\n')
                .append("task: ").append(task.key()).append('\n')
                .append("config-sha256: ").append(r.configSha256()).append('\n')
                .append("corpus-sha256: ").append(r.corpusSha256()).append('\n')
                .append("sentences: ").append(r.trainedSentences()).append(" trained, ")
                .append(r.heldOutSentences()).append(" held out\n")
                .append("steps: ").append(r.steps()).append('\n')
                .append("final-loss: ").append(TrainingRecord.format(r.finalLoss())).append('\n')
                .append("loss-every: ").append(r.lossEvery()).append('\n')
                .append("loss:");
        for (double loss : r.losses()) {
            text.append(' ').append(TrainingRecord.format(loss));
        }
        text.append("\nvocabulary: ").append(String.join(" ", vocabulary.words())).append('\n');
        appendTensors(text, w);
        return LockFile.seal(text.toString());
    }

    static void appendTensors(StringBuilder text, Weights w) {
        for (Tensor t : w.tensors()) {
            text.append("tensor ").append(t.name()).append(' ').append(t.values().numRows).append('x')
                    .append(t.values().numCols).append(' ').append(TensorCodec.encode(t.values())).append('\n');
        }
    }

    /** The record and vocabulary of a sealed weights file, or what is wrong with it. */
    static Result<Contents> read(String text, String file, String command) {
        Result<LockFile> opened = LockFile.open(text, file, command);
        if (!opened.ok()) {
            return Result.failed(opened.errors());
        }
        LockFile lock = opened.value();
        Map<String, Line> values = lock.values();
        String again = "; expected the file as '" + command + "' writes it: run '" + command + "' again";
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                return Result.failed(List.of(lock.error(1, "the file has no '" + key + ":' line" + again)));
            }
        }
        Line current = values.get("format");
        try {
            if (!FORMAT.equals(current.value())) {
                throw new IllegalArgumentException("format " + current.value() + " is not " + FORMAT);
            }
            current = values.get("sentences");
            String[] sentences = current.value().split(" ");
            current = values.get("loss");
            List<Double> losses = new ArrayList<>();
            for (String loss : current.value().split(" ")) {
                losses.add(Double.parseDouble(loss));
            }
            current = values.get("steps");
            TrainingRecord record = new TrainingRecord(values.get("config-sha256").value(),
                    values.get("corpus-sha256").value(), Integer.parseInt(sentences[0]),
                    Integer.parseInt(sentences[2]), Integer.parseInt(current.value()),
                    Integer.parseInt(values.get("loss-every").value()), losses);
            List<String> vocabulary = Arrays.asList(values.get("vocabulary").value().split(" "));
            return Result.of(new Contents(record, values.get("task").value(), vocabulary, lock));
        } catch (RuntimeException e) {
            return Result.failed(List.of(lock.error(current.number(), "the line cannot be read (" + e.getMessage()
                    + ")" + again)));
        }
    }

    /**
     * The tensors of {@code lock} in the shapes {@code expected} has, in its order.
     *
     * @param from the first tensor line to read (index into the file's tensors)
     */
    static Result<Weights> tensors(LockFile lock, int from, Weights expected, String command) {
        List<Tensor> want = expected.tensors();
        List<TensorLine> have = lock.tensors();
        String again = "; expected the file as '" + command + "' writes it: run '" + command + "' again";
        List<ContentError> errors = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            Tensor t = want.get(i);
            String shape = t.values().numRows + "x" + t.values().numCols;
            if (from + i >= have.size()) {
                errors.add(lock.error(have.isEmpty() ? 1 : have.get(have.size() - 1).number(), "the tensor "
                        + t.name() + " (" + shape + ") is missing" + again));
                break;
            }
            TensorLine line = have.get(from + i);
            if (!line.name().equals(t.name()) || line.rows() != t.values().numRows
                    || line.cols() != t.values().numCols) {
                errors.add(lock.error(line.number(), "the tensor here is " + line.name() + " " + line.rows() + "x"
                        + line.cols() + " but the model needs " + t.name() + " " + shape + again));
                continue;
            }
            try {
                t.values().setTo(TensorCodec.decode(line.data(), line.rows(), line.cols()));
            } catch (IllegalArgumentException e) {
                errors.add(lock.error(line.number(), "the tensor " + t.name() + " cannot be read: " + e.getMessage()
                        + again));
            }
        }
        return errors.isEmpty() ? Result.of(expected) : Result.failed(errors);
    }
}
