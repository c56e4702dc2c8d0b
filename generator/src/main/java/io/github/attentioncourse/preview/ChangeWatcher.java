package io.github.attentioncourse.preview;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches content/, templates/ and assets/ (with directory-watcher, which is recursive on every
 * platform) and jbake.properties, and hands over the changed paths in batches: an editor's save
 * often touches a file several times within a few milliseconds.
 */
final class ChangeWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 40;

    private final DirectoryWatcher watcher;
    private final LinkedBlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final Thread batcher;
    private final Path properties;
    private FileTime propertiesTime;

    ChangeWatcher(List<Path> folders, Path properties, Consumer<Set<Path>> onChange) throws IOException {
        this.properties = properties;
        this.propertiesTime = modified(properties);
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        watcher = DirectoryWatcher.builder().paths(existing).fileHashing(false)
                .listener(event -> {
                    if (event.path() != null && !event.isDirectory()) {
                        changes.add(event.path().toAbsolutePath().normalize());
                    }
                })
                .build();
        watcher.watchAsync();
        batcher = new Thread(() -> batches(onChange), "preview-changes");
        batcher.setDaemon(true);
        batcher.start();
    }

    private void batches(Consumer<Set<Path>> onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> batch = new TreeSet<>();
                Path first = changes.poll(250, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    for (Path next = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); next != null;
                            next = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                        batch.add(next);
                    }
                }
                FileTime time = modified(properties);
                if (!time.equals(propertiesTime)) {
                    propertiesTime = time;
                    batch.add(properties);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    @Override
    public void close() throws IOException {
        batcher.interrupt();
        watcher.close();
    }
}
