package io.github.attentioncourse.site.compile;

import io.github.attentioncourse.site.course.BakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on independent items on every core, with results handed back in the items' order on the
 * calling thread, so that what is built, reported and written never depends on thread timing.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Applies {@code work} to every item, and {@code done} to each result in order as soon as it
     * and all before it are ready. The first failure, in item order, is thrown as it was.
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> work, Consumer<R> done) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, Parallel::worker);
        List<Future<R>> pending = new ArrayList<>();
        try {
            for (T item : items) {
                pending.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : pending) {
                R result = await(future);
                results.add(result);
                done.accept(result);
            }
            return results;
        } finally {
            stop(pool, pending);
        }
    }

    /**
     * After a failure, items not started are dropped and the ones running are let finish, not
     * interrupted: they may be writing into the bake's staging folder, which the caller deletes
     * next, and must not be found half-way through it.
     */
    private static void stop(ExecutorService pool, List<? extends Future<?>> pending) {
        pending.forEach(future -> future.cancel(false));
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BakeException("interrupted while baking");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads, so that a failed bake can never keep the JVM alive. */
    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "bake-worker");
        thread.setDaemon(true);
        return thread;
    }
}
