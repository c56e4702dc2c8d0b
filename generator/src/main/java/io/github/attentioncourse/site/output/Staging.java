package io.github.attentioncourse.site.output;

import io.github.attentioncourse.site.course.BakeException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The folder a bake writes its site into before the site replaces the output. Closing it deletes
 * it unless it was published. A bake stopped from outside (Ctrl+C, SIGTERM, a CI time-out) runs
 * the JVM's shutdown hooks while its threads go on: the hook asks the bake to stop, waits for it
 * to delete its staging folder itself (its workers may still be writing into it), and deletes
 * what is left. A bake killed outright leaves the folder, marked, for the next claim to remove.
 */
public final class Staging implements AutoCloseable {

    private static final long CLEAN_UP_SECONDS = 5;

    private final Path path;
    private final OutputFolder output;
    private final Thread onShutdown;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean cancelled;
    private boolean published;

    Staging(Path path, OutputFolder output) {
        this.path = path;
        this.output = output;
        this.onShutdown = new Thread(this::cancelAndWait, "bake-cancel");
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    public Path path() {
        return path;
    }

    /** Stops the bake between two pages once the JVM is shutting down. */
    public void checkNotCancelled() {
        if (cancelled) {
            throw new BakeException("the bake was stopped; " + output.path() + " is as it was");
        }
    }

    /** Replaces the output with this folder's site. */
    public void publish() {
        checkNotCancelled();
        output.replaceWith(path);
        published = true;
    }

    private void cancelAndWait() {
        cancelled = true;
        try {
            closed.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        OutputFolder.deleteTree(path);
    }

    @Override
    public void close() {
        try {
            if (!published) {
                OutputFolder.deleteTree(path);
            }
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException e) {
                // The JVM is shutting down and the hook is running: it finds the folder gone.
            }
        }
    }
}
