package io.github.attentioncourse.markdown;

import io.github.attentioncourse.figure.Figures.Figure;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Figures drawn before, so that an example whose block has not changed is not drawn again: the
 * charts are most of a lesson's cost, and an author mostly edits prose. A figure depends on its
 * block's text, the file its numbers are published as (which names the page and the example), and
 * what drew it: the generator's code and its dependencies, and the Java runtime that measured the
 * chart text. In memory (for {@code serve}, one generator and one runtime), a figure is kept under
 * its file name and replaced when that file's block changes. On disk (for {@code build}), each is
 * a file named by a hash of all of it, and a build keeps only the figures it used. Safe to use from the threads
 * that compile lessons side by side; a cache that cannot be read or written is only slower.
 */
public final class FigureCache {

    private record Entry(String block, Figure figure) {
    }

    private static final Pattern FIGURE_FILE = Pattern.compile("[0-9a-f]{64}|\\.figure-\\d+\\.tmp");

    private final Map<String, Entry> byFile = new ConcurrentHashMap<>();
    private final Path folder;
    private final String generator;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** A cache in memory, for as long as this object lives. */
    public FigureCache() {
        this(null, null);
    }

    private FigureCache(Path folder, String generator) {
        this.folder = folder;
        this.generator = generator;
    }

    /**
     * A cache kept in {@code folder} between builds.
     *
     * @param generator identifies the code that draws figures; a figure drawn by other code is never used
     */
    public static FigureCache onDisk(Path folder, String generator) {
        return new FigureCache(folder, generator);
    }

    /**
     * A cache in {@code folder} for the figures of this generator's jar, identified by the jar's
     * bytes (its manifest names every dependency's version) and the Java runtime; null when the generator does not run
     * from a jar (tests, an IDE), whose classes can change with nothing to tell by.
     */
    public static FigureCache forThisJar(Path folder) {
        try {
            Path location = Path.of(FigureCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return null;
            }
            byte[] jar = Files.readAllBytes(location);
            // Text is measured by the runtime's font code, which may change with the JDK or the platform.
            String runtime = String.join("/", Runtime.version().toString(), System.getProperty("java.vendor", ""),
                    System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
            return onDisk(folder, HexFormat.of().formatHex(digest().digest(jar)) + '/' + runtime);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The figure drawn for this block and file before, or {@code draw}'s, which is then kept. */
    Figure figure(String jsonFile, String block, Supplier<Figure> draw) {
        return folder == null ? inMemory(jsonFile, block, draw) : onDisk(jsonFile, block, draw);
    }

    private Figure inMemory(String jsonFile, String block, Supplier<Figure> draw) {
        Entry entry = byFile.get(jsonFile);
        if (entry != null && entry.block().equals(block)) {
            return entry.figure();
        }
        Figure figure = draw.get();
        byFile.put(jsonFile, new Entry(block, figure));
        return figure;
    }

    private Figure onDisk(String jsonFile, String block, Supplier<Figure> draw) {
        String key = sha256(generator + '\0' + jsonFile + '\0' + block);
        used.add(key);
        Path file = folder.resolve(key);
        Figure cached = read(file);
        if (cached != null) {
            return cached;
        }
        Figure figure = draw.get();
        write(file, figure);
        return figure;
    }

    /** True for the names of the files a cache on disk writes: a figure, or one being written. */
    public static boolean isFigureFile(String name) {
        return FIGURE_FILE.matcher(name).matches();
    }

    /** Deletes the figures on disk that this cache's build did not use, and nothing else in its folder. */
    public void forgetUnused() {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> isFigureFile(f.getFileName().toString()))
                    .filter(f -> !used.contains(f.getFileName().toString())).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // The next build finds the leftovers and deletes them then.
        }
    }

    /**
     * A figure file: the HTML's length in characters and the number of charts on the first line,
     * then the HTML, then the JSON.
     */
    private static Figure read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            int space = text.indexOf(' ');
            int length = Integer.parseInt(text, 0, space, 10);
            int charts = Integer.parseInt(text, space + 1, newline, 10);
            return new Figure(text.substring(newline + 1, newline + 1 + length), text.substring(newline + 1 + length), charts);
        } catch (IOException | RuntimeException e) {
            // Missing, cut short by a build that was killed, or of an older layout: draw it again.
            return null;
        }
    }

    private void write(Path file, Figure figure) {
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".figure-", ".tmp");
            Files.writeString(partial, figure.html().length() + " " + figure.charts() + "\n" + figure.html() + figure.json(),
                    StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A read-only disk or a full one: the build goes on without keeping this figure.
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
