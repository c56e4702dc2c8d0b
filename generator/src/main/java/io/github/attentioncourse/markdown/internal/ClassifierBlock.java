package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.engine.LinearClassifier;
import io.github.attentioncourse.example.Matrix;
import io.github.attentioncourse.figure.ClassifierFigure.Named;
import io.github.attentioncourse.format.Numbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code classifier} block: a linear layer and a softmax with numbers the author sets, worked
 * through for one input: z = x·W + b, p = softmax(z), and the loss −ln p for the right class.
 */
final class ClassifierBlock {

    static final String INFO = "classifier";
    static final List<String> VERBS = List.of("logit", "probability", "top", "loss");
    static final int MAX_CLASSES = 8;
    static final int MAX_FEATURES = 8;
    /** e^z of a larger score would not fit the table's column; the lessons' scores are a few units. */
    static final double MAX_SCORE = 20;
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "classes: [animal, place, thing]",
            "2 levels (the block's keys, the rows of weights)");
    private static final List<String> OWN_KEYS = List.of("features", "input", "classes", "weights", "bias", "target");
    private static final String EXPECTED = "keys features (names of the input's numbers), input (the numbers), classes"
            + " (their names), weights (a row per feature, a column per class), and optionally bias, target, id and caption";

    private ClassifierBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN_KEYS, EXPECTED, fenceLine, defaultId, problems, models,
                ModelBlockKeys.ModelKey.NONE);
        if (keys == null) {
            return null;
        }
        YamlBlock block = keys.block();
        Fields fields = keys.fields();
        List<String> features = names(fields.required("features", EXPECTED), MAX_FEATURES, block);
        List<String> classes = names(fields.required("classes", EXPECTED), MAX_CLASSES, block);
        Entry inputEntry = fields.required("input", EXPECTED);
        Entry weightsEntry = fields.required("weights", EXPECTED);
        double[] input = inputEntry == null ? null : Nodes.numbers(inputEntry.keyNode(), inputEntry.value(), "input", block);
        Matrix weights = weightsEntry == null ? null
                : Matrix.read(weightsEntry, "weights", "features × classes", block);
        Entry biasEntry = fields.get("bias");
        double[] bias = biasEntry == null ? null : Nodes.numbers(biasEntry.keyNode(), biasEntry.value(), "bias", block);
        if (features == null || classes == null || input == null || weights == null || biasEntry != null && bias == null) {
            return null;
        }
        int d = features.size();
        int c = classes.size();
        if (input.length != d) {
            block.at(inputEntry.keyNode(), "input has " + Nodes.count(input.length, "number") + " but there are "
                    + Nodes.count(d, "feature") + "; expected one number per feature");
        }
        if (weights.rows() != d || weights.cols() != c) {
            block.at(weightsEntry.keyNode(), "weights is " + weights.rows() + " × " + weights.cols() + "; expected " + d + " × " + c
                    + ", a row per feature and a column per class");
        }
        if (bias != null && bias.length != c) {
            block.at(biasEntry.keyNode(), "bias has " + Nodes.count(bias.length, "number") + "; expected one per class, " + c);
        }
        int target = target(fields.get("target"), classes, block);
        if (!keys.ok()) {
            return null;
        }
        LinearClassifier classifier = new LinearClassifier(input, weights.values(), bias == null ? new double[c] : bias);
        double[] z = classifier.logits();
        for (int j = 0; j < c; j++) {
            if (Math.abs(z[j]) > MAX_SCORE) {
                block.at(weightsEntry.keyNode(), "the score of class " + Nodes.quote(classes.get(j)) + " is "
                        + Numbers.fixed(z[j], 2) + "; expected scores from -" + (int) MAX_SCORE
                        + " to " + (int) MAX_SCORE + ", so that e^z stays readable: use smaller weights or inputs");
                return null;
            }
        }
        return new ComputedClassifier(keys.id(), keys.idLine(), keys.idDefaulted(), text,
                new Named(features, classes, classifier, target), keys.caption());
    }

    /** A list of distinct names, from 1 (2 for classes) to {@code max}, or null once reported. */
    private static List<String> names(Entry entry, int max, YamlBlock block) {
        if (entry == null) {
            return null;
        }
        int min = entry.key().equals("classes") ? 2 : 1;
        String expected = "a list of " + min + " to " + max + " different names, such as [" + (min == 2 ? "animal, place]" : "size]");
        if (!(entry.value() instanceof SequenceNode sequence) || sequence.getValue().size() < min
                || sequence.getValue().size() > max) {
            block.at(entry.keyNode(), entry.key() + " is " + (entry.value() instanceof SequenceNode s
                    ? "a list of " + s.getValue().size() : Nodes.describe(entry.value())) + "; expected " + expected);
            return null;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : sequence.getValue()) {
            String name = Nodes.text(item, item, "a name in " + entry.key(), expected, block);
            if (name != null && !seen.add(name)) {
                block.at(item, Nodes.quote(name) + " is in " + entry.key() + " twice; expected " + expected);
            }
            names.add(name);
        }
        return names.contains(null) ? null : names;
    }

    private static int target(Entry entry, List<String> classes, YamlBlock block) {
        if (entry == null || classes == null) {
            return -1;
        }
        String name = Nodes.text(entry, "one of the classes", block);
        if (name != null && !classes.contains(name)) {
            block.at(entry.keyNode(), "target " + Nodes.quote(name) + " is not a class; expected one of: " + String.join(", ", classes));
        }
        return classes.indexOf(name);
    }
}
