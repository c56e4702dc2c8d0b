package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.example.ExampleSpec.HeadSpec;
import io.github.attentioncourse.example.ExampleSpec.ScoreKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The projection matrices of a block: {@code w_q, w_k, w_v} (and {@code v_a} for additive scores)
 * for one head, or {@code heads} and {@code w_o} for several. A shape is only compared with
 * d_model, or with another matrix, when both were readable, so one wrong matrix is reported once.
 */
final class Projections {

    /** The checked projections; {@code wO} is null for a single head. */
    record Result(List<HeadSpec> heads, double[][] wO) {
    }

    /** One head's matrices, each readable, and v_a for additive scores (null for dot products). */
    private record Head(Matrix q, Matrix k, Matrix v, double[] vA) {

        int dK() {
            return q.cols();
        }

        int dV() {
            return v.cols();
        }

        HeadSpec spec() {
            return new HeadSpec(q.values(), k.values(), v.values(), vA);
        }
    }

    /** What a head of {@code heads:} may hold: its matrices, and v_a for additive scores. */
    private static final List<String> HEAD_KEYS = List.of("w_q", "w_k", "w_v", "v_a");
    private static final String V_A = "d_k numbers, the weights v_a of the tanh units in v_aᵀ·tanh(q + k), e.g. [1, 1]";

    private final Map<String, Entry> entries;
    private final Set<String> misspelled;
    private final YamlBlock block;
    /** How queries meet keys; null when the block's score could not be read, and v_a is then not checked. */
    private ScoreKind score;

    /** {@code misspelled}: top-level keys an unknown key was taken for, so not reported missing. */
    Projections(Map<String, Entry> entries, Set<String> misspelled, YamlBlock block) {
        this.entries = entries;
        this.misspelled = misspelled;
        this.block = block;
    }

    /**
     * The projections, or null once what is wrong with them is reported; {@code dModel} 0 means
     * unknown, and a null {@code score} that the block's could not be read.
     */
    Result read(int dModel, ScoreKind score) {
        this.score = score;
        Entry heads = entries.get("heads");
        return heads == null ? single(dModel) : multi(heads, dModel);
    }

    private Result single(int dModel) {
        Entry wO = entries.get("w_o");
        if (wO != null) {
            block.at(wO.keyNode(), "w_o is only used with heads (multi-head attention); expected no w_o"
                    + " for a single head, or a 'heads:' list with w_o");
        }
        // A misspelled heads: stands for all three matrices.
        Set<String> meant = misspelled.contains("heads") ? Set.copyOf(HEAD_KEYS) : misspelled;
        Head head = head(entries, meant, "", (key, missing) -> block.atFence(missing + (key.equals("v_a") ? ""
                : " (or 'heads:' with w_o for multi-head attention)")), dModel);
        return head == null || wO != null ? null : new Result(List.of(head.spec()), null);
    }

    private Result multi(Entry headsEntry, int dModel) {
        for (String key : HEAD_KEYS) {
            if (entries.containsKey(key)) {
                String inHeads = key.equals("v_a") ? "v_a" : "w_q, w_k, w_v";
                block.at(entries.get(key).keyNode(), key + " cannot be used together with heads; expected"
                        + " either " + inHeads + " for one head, or " + inHeads + " inside each of the heads");
            }
        }
        List<Head> heads = heads(headsEntry, dModel);
        Entry wOEntry = entries.get("w_o");
        String shape = "(heads·d_v) × d_model";
        if (wOEntry == null) {
            if (!misspelled.contains("w_o")) {
                block.at(headsEntry.keyNode(), "heads needs w_o, the output projection; expected a " + shape
                        + " matrix");
            }
            return null;
        }
        Matrix wO = Matrix.read(wOEntry, "w_o", shape, block);
        if (wO == null || heads == null) {
            return null;
        }
        int rows = heads.size() * heads.get(0).dV();
        boolean fits = true;
        if (wO.rows() != rows) {
            block.at(wO.at(), "w_o has " + Nodes.count(wO.rows(), "row") + " but heads·d_v is " + heads.size()
                    + "·" + heads.get(0).dV() + " = " + rows + " (one row per output of every head); expected a "
                    + rows + " × d_model matrix");
            fits = false;
        }
        if (dModel > 0 && wO.cols() != dModel) {
            block.at(wO.at(), "w_o has " + Nodes.count(wO.cols(), "column") + " but d_model is " + dModel
                    + " (the output has the embeddings' width); expected a " + rows + " × " + dModel + " matrix");
            fits = false;
        }
        return fits ? new Result(heads.stream().map(Head::spec).toList(), wO.values()) : null;
    }

    /** Every head, when all are readable and agree on d_k and d_v; null otherwise. */
    private List<Head> heads(Entry entry, int dModel) {
        String expected = "expected a list of heads, each a mapping with w_q, w_k and w_v";
        if (!(entry.value() instanceof SequenceNode list)) {
            block.at(entry.keyNode(), "heads is " + Nodes.describe(entry.value()) + "; " + expected);
            return null;
        }
        List<Node> items = list.getValue();
        if (items.isEmpty()) {
            block.at(entry.keyNode(), "heads is an empty list; " + expected);
            return null;
        }
        if (items.size() > ExampleParser.MAX_HEADS) {
            block.at(entry.keyNode(), "heads has " + items.size() + " heads; expected at most "
                    + ExampleParser.MAX_HEADS);
            return null;
        }
        List<Head> heads = new ArrayList<>();
        boolean readable = true;
        for (int i = 0; i < items.size(); i++) {
            String name = "head " + (i + 1);
            Node item = items.get(i);
            if (!(item instanceof MappingNode mapping)) {
                block.at(item, name + " is " + Nodes.describe(item) + "; expected a mapping with w_q, w_k and w_v");
                readable = false;
                continue;
            }
            Fields fields = block.fields(mapping, name, HEAD_KEYS);
            Map<String, Entry> keys = fields.asMap();
            Set<String> meant = fields.meant();
            Head head = head(keys, meant, " of " + name, (key, missing) -> block.at(item, name + ": " + missing), dModel);
            if (head == null) {
                readable = false;
            } else {
                heads.add(head);
            }
        }
        return agree(heads) && readable ? heads : null;
    }

    /** Whether every head has the d_k and d_v of the first readable one. */
    private boolean agree(List<Head> heads) {
        boolean agree = true;
        for (Head head : heads) {
            Head first = heads.get(0);
            if (head.dK() != first.dK()) {
                block.at(head.q().at(), head.q().label() + " has " + Nodes.count(head.dK(), "column") + " but "
                        + first.q().label() + " has " + first.dK() + "; expected every head to have the same d_k");
                agree = false;
            }
            if (head.dV() != first.dV()) {
                block.at(head.v().at(), head.v().label() + " has " + Nodes.count(head.dV(), "column") + " but "
                        + first.v().label() + " has " + first.dV() + "; expected every head to have the same d_v");
                agree = false;
            }
        }
        return agree;
    }

    /**
     * One head's three matrices checked against d_model and each other, and its v_a against the
     * score; null when anything is wrong.
     *
     * @param reportMissing says, for a key, that it is missing
     */
    private Head head(Map<String, Entry> keys, Set<String> meant, String suffix, BiConsumer<String, String> reportMissing,
            int dModel) {
        Matrix q = matrix(keys, meant, "w_q", suffix, "d_k", reportMissing);
        Matrix k = matrix(keys, meant, "w_k", suffix, "d_k", reportMissing);
        Matrix v = matrix(keys, meant, "w_v", suffix, "d_v", reportMissing);
        boolean fits = fitsDModel(q, "d_k", dModel) & fitsDModel(k, "d_k", dModel) & fitsDModel(v, "d_v", dModel);
        if (q != null && k != null && k.cols() != q.cols()) {
            block.at(k.at(), k.label() + " has " + Nodes.count(k.cols(), "column") + " but " + q.label() + " has "
                    + q.cols() + "; expected w_q and w_k to have the same number of columns d_k");
            fits = false;
        }
        double[] vA = score == ScoreKind.ADDITIVE ? vA(keys, meant, suffix, reportMissing, q) : null;
        boolean scored = refuseVA(keys, suffix) & (score != ScoreKind.ADDITIVE || vA != null);
        return fits && scored && q != null && k != null && v != null ? new Head(q, k, v, vA) : null;
    }

    private Matrix matrix(Map<String, Entry> keys, Set<String> meant, String key, String suffix, String columns,
            BiConsumer<String, String> reportMissing) {
        String shape = "d_model × " + columns;
        Entry entry = keys.get(key);
        if (entry == null) {
            if (!meant.contains(key)) {
                reportMissing.accept(key, "missing " + key + "; expected a " + shape + " matrix");
            }
            return null;
        }
        return Matrix.read(entry, key + suffix, shape, block);
    }

    /** The v_a of additive scores, one weight per column of w_q; null after reporting what is wrong. */
    private double[] vA(Map<String, Entry> keys, Set<String> meant, String suffix, BiConsumer<String, String> reportMissing,
            Matrix q) {
        Entry entry = keys.get("v_a");
        if (entry == null) {
            if (!meant.contains("v_a")) {
                reportMissing.accept("v_a", "missing v_a, which score: additive needs; expected " + V_A);
            }
            return null;
        }
        String label = "v_a" + suffix;
        double[] vA = Nodes.numbers(entry.keyNode(), entry.value(), label, block);
        if (vA != null && q != null && vA.length != q.cols()) {
            block.at(entry.keyNode(), label + " has " + Nodes.count(vA.length, "number") + " but d_k is " + q.cols()
                    + " (the columns of w_q); expected " + q.cols() + " numbers, one weight per tanh unit");
            return null;
        }
        return vA;
    }

    /** False after reporting a v_a that dot-product scores would ignore. */
    private boolean refuseVA(Map<String, Entry> keys, String suffix) {
        Entry entry = keys.get("v_a");
        if (entry == null || score != ScoreKind.DOT) {
            return true;
        }
        block.at(entry.keyNode(), "v_a" + suffix + " is only used with score: additive; expected 'score: additive'"
                + " to score with v_aᵀ·tanh(q + k), or no v_a for dot products q·k");
        return false;
    }

    private boolean fitsDModel(Matrix matrix, String columns, int dModel) {
        if (matrix == null || dModel == 0 || matrix.rows() == dModel) {
            return true;
        }
        block.at(matrix.at(), matrix.label() + " has " + Nodes.count(matrix.rows(), "row") + " but d_model is "
                + dModel + " (one row per embedding dimension); expected a " + dModel + " × " + columns + " matrix");
        return false;
    }
}
