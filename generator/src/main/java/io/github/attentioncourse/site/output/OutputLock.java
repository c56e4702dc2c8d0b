package io.github.attentioncourse.site.output;

import io.github.attentioncourse.site.course.BakeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One bake or preview at a time per output folder, across processes: an operating-system lock on
 * a file in the output's working folder, which the system lets go when its process ends however
 * it ends (so a killed bake never leaves a stale lock). The file names its holder. A build waits
 * for another build, which is over in seconds; nothing waits for a preview, which runs until it
 * is stopped. Within one JVM the operating system's lock is the JVM's, so threads queue on the
 * file lock's own exception instead.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = "lock";
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder}'s output for {@code holder} ("build" or "serve"), waiting
     * while a build holds it.
     *
     * @throws BakeException while a preview holds it, or when the lock file cannot be used
     */
    static OutputLock take(Path workFolder, Path output, String holder, Consumer<String> notice) {
        Path file = workFolder.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BakeException("cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    name(channel, holder + " " + ProcessHandle.current().pid());
                    return new OutputLock(channel, lock);
                }
                String other = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (other.startsWith("serve")) {
                    throw new BakeException("refusing to write " + output + ": serve (process "
                            + other.substring("serve".length()).strip() + ") is previewing it; stop it first, or give another --output DIR");
                }
                if (!told) {
                    notice.accept("Waiting for another build of " + output
                            + (other.isEmpty() ? "" : " (process " + other.replaceAll("\\D", "") + ")") + " to finish…");
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            throw new BakeException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new BakeException("interrupted while waiting for another build of " + output);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another thread of this JVM.
            return null;
        }
    }

    private static void name(FileChannel channel, String holder) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // Closing the channel below lets go of the lock all the same.
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to release: the operating system drops the lock with the channel.
        }
    }
}
