package io.github.attentioncourse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Compares two baked sites byte for byte, and says where they first differ. */
public final class SiteDiff {

    /** Characters shown on each side of the first differing character of a line. */
    private static final int CONTEXT = 80;

    private SiteDiff() {
    }

    /** SHA-256 of every file under {@code root}, by path relative to it with forward slashes, in path order. */
    public static Map<String, String> hashes(Path root) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(relative(root, file), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    /**
     * Where the sites first differ, in path order: a file only one of them has, or the first
     * differing line of the first differing file, with the text around the first differing
     * character; null when they are the same bytes.
     */
    public static String firstDifference(Path first, Path second) {
        Map<String, String> a = hashes(first);
        Map<String, String> b = hashes(second);
        for (String file : union(a, b)) {
            if (!a.containsKey(file) || !b.containsKey(file)) {
                return file + " is only in " + (a.containsKey(file) ? first : second);
            }
            if (!a.get(file).equals(b.get(file))) {
                return file + ": " + firstDifferentLine(first.resolve(file), second.resolve(file));
            }
        }
        return null;
    }

    private static String firstDifferentLine(Path first, Path second) {
        List<String> a = lines(first);
        List<String> b = lines(second);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String lineA = i < a.size() ? a.get(i) : null;
            String lineB = i < b.size() ? b.get(i) : null;
            if (!Objects.equals(lineA, lineB)) {
                int column = firstDifferentColumn(lineA == null ? "" : lineA, lineB == null ? "" : lineB);
                return "line " + (i + 1) + ", column " + (column + 1) + "\n  first:  " + around(lineA, column)
                        + "\n  second: " + around(lineB, column);
            }
        }
        return "same lines, different line endings or bytes";
    }

    private static int firstDifferentColumn(String a, String b) {
        int column = 0;
        while (column < a.length() && column < b.length() && a.charAt(column) == b.charAt(column)) {
            column++;
        }
        return column;
    }

    private static String around(String line, int column) {
        if (line == null) {
            return "(no such line)";
        }
        int from = Math.max(0, column - CONTEXT);
        int to = Math.min(line.length(), column + CONTEXT);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    private static List<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Iterable<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return all.keySet();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
