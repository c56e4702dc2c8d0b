package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadWeights;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.ModelCatalog;
import io.github.attentioncourse.example.ModelRef;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.model.LayerTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Result;
import io.github.attentioncourse.model.Task;
import io.github.attentioncourse.model.Tokenized;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;

/**
 * Examples that are just a sentence: the course's models as an example block sees them, and the
 * attention a model computes on the sentence, which the figure shows like any other example's.
 */
public final class ModelExamples implements ModelCatalog {

    private final CourseModels models;

    public ModelExamples(CourseModels models) {
        this.models = models;
    }

    @Override
    public Optional<Shape> find(String name) {
        return models.get(name).map(ModelShape::new);
    }

    @Override
    public List<String> names() {
        return models.names();
    }

    /**
     * The attention of the example's layer on its sentence: the layer's real inputs (the
     * LayerNorm'ed hidden states) and its heads' W_Q, W_K, W_V, with W_O when every head is shown.
     * One head alone is computed again on its own, as a single-head example is.
     */
    public AttentionTrace trace(ExampleSpec spec) {
        ModelRef ref = spec.model();
        Model model = model(ref.name());
        LayerTrace layer = model.forward(model.weights(), spec.tokens()).layers().get(ref.layer() - 1);
        if (ref.everyHead()) {
            return layer.attention();
        }
        DMatrixRMaj x = layer.norm1().output();
        HeadWeights head = model.weights().blocks().get(ref.layer() - 1).heads().get(ref.head() - 1);
        return Attention.compute(new AttentionInput(x, x, List.of(head), null, Double.NaN, model.mask()));
    }

    /** Where the numbers come from, for the figure: a line that says they were learned, and how. */
    public String source(ExampleSpec spec) {
        return source(model(spec.model().name()), "layer " + spec.model().layer()
                + (spec.model().everyHead() ? "" : ", head " + spec.model().head()));
    }

    /** The same for any block computed on a model; {@code where} says which part of it, e.g. "layer 1". */
    static String source(Model model, String where) {
        return learned(model) + ", " + where + ".";
    }

    /** The start of a line that says a figure's numbers were learned, and how: "Learned by … not set by hand: model “course”". */
    static String learned(Model model) {
        return String.format(Locale.ROOT, "Learned by %s prediction on %,d sentences in %,d training steps (final loss %.2f),"
                + " not set by hand: model “%s”", model.config().task().key().replace('-', ' '),
                model.training().trainedSentences(), model.training().steps(), model.training().finalLoss(), model.name());
    }

    /** What the figure depends on besides its block: the model's config and corpus, which fix its weights. */
    public String fingerprint(ExampleSpec spec) {
        return fingerprint(spec.model().name());
    }

    /** The fingerprint of a usable model: its config's and corpus's hashes, which fix its weights. */
    String fingerprint(String name) {
        Model model = model(name);
        return model.training().configSha256() + '/' + model.training().corpusSha256();
    }

    /** The model {@code name} when the course has it and its files are right. */
    Optional<Model> usable(String name) {
        return models.get(name).filter(Result::ok).map(Result::value);
    }

    /**
     * The usable model a block's {@code model:} key names, or empty once the block is told why
     * there is none.
     */
    Optional<Model> usable(Entry entry, YamlBlock block) {
        String name = Nodes.text(entry, "the name of a folder under content/models", block);
        if (name == null) {
            return Optional.empty();
        }
        Optional<Model> model = usable(name);
        if (model.isEmpty()) {
            block.at(entry.keyNode(), names().contains(name)
                    ? "model " + name + " cannot be used: its files have mistakes, reported at them; expected them fixed first"
                    : "there is no model " + Nodes.quote(name) + "; expected " + (names().isEmpty()
                            ? "a folder content/models/" + name + " with a model.yaml" : "one of: " + String.join(", ", names())));
        }
        return model;
    }

    /** What {@code measure} computes, computed once per bake for each key (see {@link CourseModels#measured}). */
    <T> T measured(String key, Supplier<T> measure) {
        return models.measured(key, measure);
    }

    private Model model(String name) {
        return models.get(name).orElseThrow().value();
    }

    /** A model as the example parser checks a sentence against it. */
    private record ModelShape(Result<Model> loaded) implements Shape {

        @Override
        public int layers() {
            return loaded.value().config().architecture().layers();
        }

        @Override
        public int heads() {
            return loaded.value().config().architecture().heads();
        }

        @Override
        public boolean causal() {
            return loaded.value().config().task() == Task.NEXT_WORD;
        }

        @Override
        public List<String> words(String sentence) {
            return loaded.value().tokenize(sentence).words();
        }

        @Override
        public String problem(String sentence) {
            if (!loaded.ok()) {
                return "its files have mistakes, reported at " + loaded.errors().get(0).file() + "; expected them fixed first";
            }
            Tokenized tokens = loaded.value().tokenize(sentence);
            return tokens.problem();
        }
    }
}
