package io.github.attentioncourse.preview;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.Result;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's training: a model whose sentences or settings change is trained again in the
 * background, one model at a time, with its progress in the terminal and on the open pages. The
 * weights it writes are a change like any other: the watcher sees them and the pages that show
 * the model are rebuilt.
 */
final class ModelTrainer implements AutoCloseable {

    private static final long STATUS_EVERY_NANOS = 250_000_000L;

    private final Path courseRoot;
    private final Path models;
    private final LiveState state;
    private final PrintStream out;
    private final PrintStream err;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService training = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "model-training");
        thread.setDaemon(true);
        return thread;
    });

    ModelTrainer(Path courseRoot, LiveState state, PrintStream out, PrintStream err) {
        this.courseRoot = courseRoot;
        this.models = courseRoot.resolve(Models.FOLDER);
        this.state = state;
        this.out = out;
        this.err = err;
    }

    /** Queues the models whose own files are among {@code paths}, unless they are queued already. */
    void changed(Set<Path> paths) {
        for (Path path : paths) {
            if (!path.startsWith(models) || models.relativize(path).getNameCount() < 2 || Models.writtenByTraining(path)) {
                continue;
            }
            String name = models.relativize(path).getName(0).toString();
            if (Models.names(courseRoot).contains(name) && queued.add(name)) {
                training.submit(() -> train(name));
            }
        }
    }

    private void train(String name) {
        // A change saved while this run trains queues the next one.
        queued.remove(name);
        long start = System.nanoTime();
        long[] shown = {0};
        out.println("Training model " + name + " again: its files changed");
        Result<Model> trained = Models.train(courseRoot, name, (step, steps, loss) -> {
            long now = System.nanoTime();
            if (now - shown[0] >= STATUS_EVERY_NANOS || step == steps) {
                shown[0] = now;
                state.status(String.format(Locale.ROOT, "Training model %s: step %d of %d, loss %.2f", name, step, steps, loss));
            }
        });
        state.status("");
        if (trained.ok()) {
            out.println(String.format(Locale.ROOT, "Trained model %s in %.1f s (final loss %.4f); rebuilding", name,
                    (System.nanoTime() - start) / 1e9, trained.value().training().finalLoss()));
        } else {
            for (ContentError error : trained.errors()) {
                err.println(error);
            }
            err.println("Model " + name + " was not trained; its weights are as they were.");
        }
    }

    @Override
    public void close() {
        training.shutdownNow();
    }
}
