package io.github.attentioncourse.site.course;

import io.github.attentioncourse.authoring.ContentError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JBake header of a content file ({@code key=value} lines ended by {@code ~~~~~~}), read
 * with line numbers and checked before JBake sees the file: JBake itself skips a file with a bad
 * header with no more than a log line, and authors would lose lessons without noticing.
 *
 * @param values        the header's keys and values, in file order
 * @param lines         the 1-based line of each key
 * @param firstBodyLine the 1-based line where the body starts
 * @param body          the Markdown after the separator
 */
public record LessonHeader(Map<String, String> values, Map<String, Integer> lines, int firstBodyLine, String body) {

    public static final String SEPARATOR = "~~~~~~";
    static final String EXAMPLE = "title=…, type=lesson, status=published, module=2, order=6, then a line ~~~~~~";

    /** The parsed header, with any errors added to {@code errors}; null when there is no header at all. */
    public static LessonHeader parse(String file, List<String> fileLines, List<ContentError> errors) {
        int separator = -1;
        for (int i = 0; i < fileLines.size(); i++) {
            String line = fileLines.get(i);
            if (line.equals(SEPARATOR)) {
                separator = i;
                break;
            }
            if (line.strip().equals(SEPARATOR)) {
                // JBake only sees an exact separator line: with spaces around it the lesson would vanish.
                errors.add(new ContentError(file, i + 1, "header separator has spaces around it; expected a line of "
                        + "exactly " + SEPARATOR));
                return null;
            }
        }
        if (separator < 0) {
            errors.add(new ContentError(file, 1, "no header: expected key=value lines (" + EXAMPLE + ")"));
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = fileLines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                errors.add(new ContentError(file, i + 1, "header line '" + line + "' is not key=value; expected "
                        + "key=value lines before the " + SEPARATOR + " separator"));
                continue;
            }
            String key = line.substring(0, equals).strip();
            if (values.putIfAbsent(key, line.substring(equals + 1).strip()) != null) {
                errors.add(new ContentError(file, i + 1, "header key '" + key + "' appears twice; expected it once"));
                continue;
            }
            lines.put(key, i + 1);
        }
        String body = String.join("\n", fileLines.subList(separator + 1, fileLines.size()));
        return new LessonHeader(values, lines, separator + 2, body);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** The line of a key, or the first line when the key is missing. */
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** A whole number in [min, max], or null after adding an error. */
    public Integer number(String file, String key, int min, int max, List<ContentError> errors) {
        String value = values.get(key);
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ContentError(file, line(key), key + "=" + value + " is not valid; expected a whole number from "
                + min + " to " + max));
        return null;
    }

    /** Adds an error for each key in {@code required} that the header lacks. */
    public void require(String file, List<ContentError> errors, String... required) {
        List<String> missing = new ArrayList<>();
        for (String key : required) {
            String value = values.get(key);
            if (value == null || value.isEmpty()) {
                missing.add(key);
            }
        }
        for (String key : missing) {
            errors.add(new ContentError(file, 1, "header has no '" + key + "'; expected " + key + "=… before "
                    + SEPARATOR + " (" + EXAMPLE + ")"));
        }
    }
}
