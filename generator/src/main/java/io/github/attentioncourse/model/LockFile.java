package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a file that training writes and the bake reads, like a lockfile: comment lines
 * ({@code #}), {@code key: value} lines, {@code tensor NAME ROWSxCOLS BASE64} lines, and a last
 * line {@code sha256: HEX} of every byte before it, so that any change by hand is caught.
 */
final class LockFile {

    static final String SHA256 = "sha256: ";

    /** One line that is not a comment, with its 1-based line number. */
    record Line(int number, String key, String value) {
    }

    /** A tensor line, its numbers still encoded. */
    record TensorLine(int number, String name, int rows, int cols, String data) {
    }

    private final String file;
    private final List<Line> lines = new ArrayList<>();
    private final List<TensorLine> tensors = new ArrayList<>();

    private LockFile(String file) {
        this.file = file;
    }

    /** Appends the sha256 line to {@code body} (which ends with a newline). */
    static String seal(String body) {
        return body + SHA256 + Hashes.sha256(body) + "\n";
    }

    /** The file's lines, or the reason it is not a sealed file as training writes it. */
    static Result<LockFile> open(String text, String file, String command) {
        LockFile lock = new LockFile(file);
        String again = "; expected the file as '" + command + "' writes it: run '" + command + "' again";
        int end = text.lastIndexOf(SHA256);
        int lineCount = (int) text.lines().count();
        if (end < 0 || (end > 0 && text.charAt(end - 1) != '\n') || !text.endsWith("\n")) {
            return fail(file, lineCount, "the file has no final 'sha256:' line" + again);
        }
        String body = text.substring(0, end);
        String written = text.substring(end + SHA256.length()).strip();
        if (!written.equals(Hashes.sha256(body))) {
            return fail(file, lineCount, "the file was changed after training (its sha256 does not match)" + again);
        }
        List<String> bodyLines = body.lines().toList();
        for (int i = 0; i < bodyLines.size(); i++) {
            String error = lock.add(i + 1, bodyLines.get(i));
            if (error != null) {
                return fail(file, i + 1, error + again);
            }
        }
        return Result.of(lock);
    }

    private String add(int number, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        if (line.startsWith("tensor ")) {
            String[] parts = line.split(" ", -1);
            String[] shape = parts.length == 4 ? parts[2].split("x", -1) : new String[0];
            if (shape.length != 2 || !shape[0].matches("[1-9][0-9]{0,4}") || !shape[1].matches("[1-9][0-9]{0,4}")) {
                return "the line is not 'tensor NAME ROWSxCOLS NUMBERS'";
            }
            tensors.add(new TensorLine(number, parts[1], Integer.parseInt(shape[0]), Integer.parseInt(shape[1]),
                    parts[3]));
            return null;
        }
        int colon = line.indexOf(": ");
        if (colon <= 0) {
            return "the line is not 'key: value'";
        }
        lines.add(new Line(number, line.substring(0, colon), line.substring(colon + 2)));
        return null;
    }

    String file() {
        return file;
    }

    List<Line> lines() {
        return lines;
    }

    List<TensorLine> tensors() {
        return tensors;
    }

    /** The key-value lines by key; the first of two equal keys wins. */
    Map<String, Line> values() {
        Map<String, Line> values = new LinkedHashMap<>();
        for (Line line : lines) {
            values.putIfAbsent(line.key(), line);
        }
        return values;
    }

    ContentError error(int line, String message) {
        return new ContentError(file, line, message);
    }

    private static Result<LockFile> fail(String file, int line, String message) {
        return Result.failed(List.of(new ContentError(file, Math.max(line, 1), message)));
    }
}
