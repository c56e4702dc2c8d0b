package io.github.attentioncourse.site.output;

import io.github.attentioncourse.markdown.FigureCache;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder claimed for one bake or preview: checked to be the generator's own (see
 * {@link OutputRules}), locked against every other bake of it (see {@link OutputLock}), and
 * cleared of what bakes killed outright left beside it. Beside {@code output} the generator keeps
 * its working folder {@code .output-cache} (figures drawn before, and the lock) and, while it
 * bakes, a staging folder {@code .output-baking-N}; every folder it makes carries the marker file,
 * and it deletes nothing that does not.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path path;
    private final Path workFolder;
    private final OutputLock lock;

    private OutputFolder(Path path, Path workFolder, OutputLock lock) {
        this.path = path;
        this.workFolder = workFolder;
        this.lock = lock;
    }

    /**
     * Claims {@code output} for a bake of {@code source}: refuses it, writing nothing, when it may
     * not be an output; otherwise waits for another build of it to end, then removes the staging
     * folders of bakes that were killed.
     *
     * @param holder "build" or "serve", as another process waiting for the folder is told
     * @param notice told, once, when the claim has to wait for another build
     * @throws BakeException naming the folder, why it is refused and what to do instead
     */
    public static OutputFolder claim(CourseSource source, Path output, String holder, Consumer<String> notice) {
        Path path = OutputRules.real(output);
        Optional<String> refused = OutputRules.refusal(source, path);
        if (refused.isPresent()) {
            throw refusal(path, refused.get());
        }
        if (path.getParent() == null) {
            throw refusal(path, "it is the top of the file system. Give another folder with --output DIR.");
        }
        Path workFolder = path.resolveSibling("." + path.getFileName() + "-cache");
        Optional<String> stranger = OutputRules.strangerIn(workFolder, FigureCache::isFigureFile);
        // An unmarked folder of figures alone is the cache of a generator from before the marker.
        if (Files.exists(workFolder) && !Files.isDirectory(workFolder) || stranger.isPresent()) {
            throw refusal(path, "the generator's working folder beside it, " + workFolder.getFileName()
                    + ", is not the generator's (it holds " + stranger.orElse("a file")
                    + "). Give another folder with --output DIR, or move " + workFolder.getFileName() + " away.");
        }
        makeMarked(workFolder);
        OutputLock lock = OutputLock.take(workFolder, path, holder, notice);
        OutputFolder folder = new OutputFolder(path, workFolder, lock);
        folder.removeDebris();
        return folder;
    }

    private static BakeException refusal(Path output, String why) {
        return new BakeException("refusing to write the site into " + output + ": " + why);
    }

    /** The output folder itself, absolute and with links resolved. */
    public Path path() {
        return path;
    }

    /** The generator's working folder beside the output, for the figures it keeps between builds. */
    public Path workFolder() {
        return workFolder;
    }

    /** Creates the output folder, marked, if it is not there yet (a preview serves it even before a good bake). */
    public void create() {
        makeMarked(path);
    }

    /** A new, marked staging folder beside the output for a bake to write into. */
    public Staging stage() {
        try {
            Path staging = Files.createTempDirectory(path.getParent(), "." + path.getFileName() + "-baking-");
            // A temporary folder is its owner's alone; a site is read by web servers and other users too.
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            mark(staging);
            return new Staging(staging, this);
        } catch (IOException e) {
            throw new BakeException("cannot create a folder beside " + path + ": " + e.getMessage(), e);
        }
    }

    /** Puts the complete site in {@code staging} where the output was, and deletes the old site. */
    void replaceWith(Path staging) {
        try {
            if (Files.exists(path)) {
                Path old = Files.createTempDirectory(path.getParent(), "." + path.getFileName() + "-old-");
                mark(old);
                Files.move(path, old.resolve("site"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, path, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(staging, path, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BakeException("cannot move the baked site into " + path + ": " + e.getMessage(), e);
        }
    }

    /** Removes the marked staging and old-site folders that bakes of this output killed outright left beside it. */
    private void removeDebris() {
        Pattern leftover = Pattern.compile(Pattern.quote("." + path.getFileName()) + "-(baking|old)-\\d+");
        try (Stream<Path> siblings = Files.list(path.getParent())) {
            List<Path> debris = siblings.filter(p -> leftover.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> OutputRules.marked(p) || empty(p)).sorted().toList();
            for (Path folder : debris) {
                deleteTree(folder);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BakeException("cannot clear what an earlier bake left beside " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void makeMarked(Path folder) {
        try {
            Files.createDirectories(folder);
            if (!OutputRules.marked(folder)) {
                mark(folder);
            }
        } catch (IOException e) {
            throw new BakeException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void mark(Path folder) throws IOException {
        Files.writeString(folder.resolve(OutputRules.MARKER), OutputRules.MARKER_TEXT, StandardCharsets.UTF_8);
    }

    /** Writes a file the bake made, creating its folders. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BakeException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Deletes a folder the generator made, without following links out of it. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
