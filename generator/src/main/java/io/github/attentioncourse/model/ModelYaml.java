package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.model.ModelConfig.Masking;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a model.yaml into a {@link ModelConfig}, or into every mistake in it at its {@code file:line}. */
final class ModelYaml {

    private static final YamlBlock.Kind KIND = new YamlBlock.Kind("model.yaml", "layers: 1",
            "at most 2 levels (the settings and masking)");
    static final List<String> KEYS = List.of("task", "layers", "heads", "d_model", "d_ff", "context", "seed",
            "steps", "batch", "learning_rate", "weight_decay", "masking", "held_out", "checkpoints");
    static final List<String> REQUIRED = KEYS.subList(0, 10);
    static final List<String> MASKING_KEYS = List.of("share", "mask", "replace");
    /** More steps would take minutes to train, and the course's model needs about 2,000. */
    static final int MAX_STEPS = 100_000;
    /** Each checkpoint is a copy of the weights; more would push its file past 64 KB. */
    static final int MAX_CHECKPOINTS = 3;
    static final Masking DEFAULT_MASKING = new Masking(0.15, 0.8, 0.1);

    private final YamlBlock yaml;

    private ModelYaml(YamlBlock yaml) {
        this.yaml = yaml;
    }

    /** @param file the model.yaml's path relative to the course root, for messages */
    static Result<ModelConfig> read(String text, String file) {
        Problems collected = new Problems(file);
        YamlBlock yaml = YamlBlock.file(text, KIND, collected);
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            return Result.failed(List.of(new ContentError(file, 1, "model.yaml is empty; expected the model's "
                    + "settings, one per line, such as 'layers: 1' (keys: " + String.join(", ", REQUIRED) + ")")));
        }
        MappingNode root = yaml.readMapping("the model's settings, one per line, such as 'layers: 1' (keys: " + String.join(", ", REQUIRED) + ")");
        ModelConfig config = root == null ? null : new ModelYaml(yaml).config(root);
        return collected.isEmpty() ? Result.of(config) : Result.failed(collected.sorted());
    }

    private ModelConfig config(MappingNode root) {
        Map<String, Entry> entries = yaml.fields(root, "model.yaml", KEYS).asMap();
        for (String key : REQUIRED) {
            if (!entries.containsKey(key)) {
                yaml.at(root, "model.yaml has no '" + key + "'; expected " + key + ": "
                        + example(key));
            }
        }
        Task task = task(entries.get("task"));
        int layers = whole(entries.get("layers"), 1, 4);
        int heads = whole(entries.get("heads"), 1, 8);
        int dModel = whole(entries.get("d_model"), 2, 64);
        int dFf = whole(entries.get("d_ff"), 1, 256);
        int context = whole(entries.get("context"), 2, 64);
        long seed = whole(entries.get("seed"), 0, 1_000_000_000_000L);
        int steps = whole(entries.get("steps"), 1, MAX_STEPS);
        int batch = whole(entries.get("batch"), 1, 1024);
        double learningRate = fraction(entries.get("learning_rate"), 0, false, 1, 0.01);
        double weightDecay = fraction(entries.get("weight_decay"), 0, true, 1, 0.01);
        double heldOut = fraction(entries.get("held_out"), 0, true, 0.5, 0.1);
        Masking masking = masking(entries.get("masking"), task);
        List<Integer> checkpoints = checkpoints(entries.get("checkpoints"), steps);
        if (heads > 0 && dModel > 0 && dModel % heads != 0) {
            yaml.at(entries.get("d_model").keyNode(), String.format(Locale.ROOT, "d_model %d is not divisible "
                    + "by heads %d; expected a multiple of %d, since each head gets d_model/heads dimensions",
                    dModel, heads, heads));
        }
        if (!yaml.isEmpty()) {
            return null;
        }
        return new ModelConfig(task, new Architecture(layers, heads, dModel, dFf, context), seed, steps, batch,
                learningRate, weightDecay, masking, heldOut, checkpoints);
    }

    private Task task(Entry entry) {
        if (entry == null) {
            return null;
        }
        String text = Nodes.text(entry, "masked-word or next-word", yaml);
        for (Task task : Task.values()) {
            if (task.key().equals(text)) {
                return task;
            }
        }
        if (text != null) {
            yaml.at(entry.keyNode(), "task is " + Nodes.quote(text) + "; expected masked-word or next-word");
        }
        return null;
    }

    private Masking masking(Entry entry, Task task) {
        if (entry == null) {
            return DEFAULT_MASKING;
        }
        if (task == Task.NEXT_WORD) {
            yaml.at(entry.keyNode(), "masking is for the masked-word task; expected no masking with task: next-word");
            return DEFAULT_MASKING;
        }
        if (!(entry.value() instanceof MappingNode mapping)) {
            yaml.at(entry.keyNode(), "masking is " + Nodes.describe(entry.value())
                    + "; expected share, mask and replace on the lines below it, e.g. 'share: 0.2'");
            return DEFAULT_MASKING;
        }
        Map<String, Entry> entries = yaml.fields(mapping, "masking", MASKING_KEYS).asMap();
        double share = fraction(entries.get("share"), 0, false, 1, DEFAULT_MASKING.share());
        double mask = fraction(entries.get("mask"), 0, true, 1, DEFAULT_MASKING.mask());
        double replace = fraction(entries.get("replace"), 0, true, 1, DEFAULT_MASKING.replace());
        if (mask + replace > 1 + 1e-12) {
            yaml.at(entry.keyNode(), String.format(Locale.ROOT, "masking has mask %s and replace %s, together "
                    + "above 1; expected shares of the hidden words that add up to at most 1 (the rest stay as they are)",
                    mask, replace));
        }
        return new Masking(share, mask, replace);
    }

    private List<Integer> checkpoints(Entry entry, int steps) {
        List<Integer> checkpoints = new ArrayList<>();
        if (entry == null) {
            return checkpoints;
        }
        String expected = "expected a list of up to " + MAX_CHECKPOINTS + " steps in increasing order, below steps ("
                + steps + "), such as [0, 100, 300]";
        if (!(entry.value() instanceof SequenceNode list)) {
            yaml.at(entry.keyNode(), "checkpoints is " + Nodes.describe(entry.value()) + "; " + expected);
            return checkpoints;
        }
        if (list.getValue().size() > MAX_CHECKPOINTS) {
            yaml.at(entry.keyNode(), "checkpoints has " + list.getValue().size() + " steps; " + expected);
            return checkpoints;
        }
        for (Node item : list.getValue()) {
            long step = whole(item, "a checkpoint", 0, steps < 1 ? MAX_STEPS - 1 : steps - 1);
            if (step >= 0 && !checkpoints.isEmpty() && step <= checkpoints.get(checkpoints.size() - 1)) {
                yaml.at(item, "checkpoint " + step + " is not after " + checkpoints.get(checkpoints.size() - 1)
                        + "; " + expected);
            }
            checkpoints.add((int) step);
        }
        return checkpoints;
    }

    private int whole(Entry entry, int min, int max) {
        return entry == null ? -1 : (int) whole(entry.value(), entry.key(), min, max);
    }

    private long whole(Entry entry, long min, long max) {
        return entry == null ? -1 : whole(entry.value(), entry.key(), min, max);
    }

    /** A whole number in [min, max], or −1 after reporting why not. */
    private long whole(Node node, String label, long min, long max) {
        return Nodes.whole(node, label, min, max, yaml);
    }

    /** A number above {@code min} (or equal to it if allowed) and at most {@code max}; the default if absent. */
    private double fraction(Entry entry, double min, boolean minAllowed, double max, double absent) {
        if (entry == null) {
            return absent;
        }
        double value = Nodes.number(entry.value(), entry.key(), yaml);
        if (Double.isNaN(value)) {
            return absent;
        }
        if (value < min || !minAllowed && value == min || value > max) {
            yaml.at(entry.value(), entry.key() + " is " + Nodes.describe(entry.value()) + "; expected a number "
                    + (minAllowed ? "from " : "above ") + min + " to " + max);
            return absent;
        }
        return value;
    }

    private static String example(String key) {
        return switch (key) {
            case "task" -> "masked-word (or next-word)";
            case "layers" -> "1 (transformer blocks)";
            case "heads" -> "2 (attention heads per block)";
            case "d_model" -> "16 (the width of every word's vector)";
            case "d_ff" -> "32 (the feed-forward network's hidden width)";
            case "context" -> "12 (the most words in a sentence)";
            case "seed" -> "1 (any whole number; another seed trains another model)";
            case "steps" -> "2000";
            case "batch" -> "32 (sentences per step)";
            default -> "0.01";
        };
    }
}
