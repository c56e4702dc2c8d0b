package io.github.attentioncourse.cli;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.Result;
import io.github.attentioncourse.site.course.CourseSource;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code train [NAME]}: trains one model of content/models, or all of them, and writes their weights. */
final class Train {

    private Train() {
    }

    static int run(CourseSource source, String name, PrintStream out, PrintStream err) {
        List<String> names = Models.names(source.root());
        if (name != null && !names.contains(name)) {
            err.println("error: there is no model folder " + Models.FOLDER + "/" + name + "; expected "
                    + (names.isEmpty() ? "a folder with a model.yaml there" : "one of: " + String.join(", ", names)));
            return Main.FAILURE;
        }
        if (names.isEmpty()) {
            err.println("error: there are no models to train; expected folders with a model.yaml in " + Models.FOLDER);
            return Main.FAILURE;
        }
        int errors = 0;
        for (String model : name == null ? names : List.of(name)) {
            long start = System.nanoTime();
            Result<Model> trained = Models.train(source.root(), model, ProgressLine.forTerminal(out, model));
            ProgressLine.clear(out);
            for (ContentError error : trained.errors()) {
                err.println(error);
            }
            errors += trained.errors().size();
            if (trained.ok()) {
                Model m = trained.value();
                out.println(String.format(Locale.ROOT, "Trained %s: %d steps on %d sentences in %.1f s, final loss "
                        + "%.4f; wrote %s/weights.txt", model, m.training().steps(), m.training().trainedSentences(),
                        (System.nanoTime() - start) / 1e9, m.training().finalLoss(), m.folder()));
            }
        }
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors") + " in the models; their weights are as they were.");
            return Main.CONTENT_ERRORS;
        }
        return Main.OK;
    }
}
