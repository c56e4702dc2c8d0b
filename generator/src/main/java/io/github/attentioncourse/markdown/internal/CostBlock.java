package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.format.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code cost} block: how the work and memory of one attention layer grow with the sequence
 * length n, computed for the lengths given. Per layer, with h heads of d_k = d_model/h:
 * the weights are h·n² numbers; QKᵀ and weights·V take 2·n²·d_model multiply–adds together;
 * the four projections take 4·n·d_model², which is linear in n.
 */
final class CostBlock {

    static final String INFO = "cost";
    static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "d_model: 512", "at most 2 levels (the block and its lengths)");
    private static final List<String> KEYS = List.of("lengths", "d_model", "heads", "bytes");
    private static final String EXPECTED = "keys lengths (a list of sequence lengths), d_model, heads and optionally bytes";
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private CostBlock() {
    }

    static String render(YamlBlock block) {
        Node root = block.readMapping(EXPECTED);
        Fields fields = root == null ? null : block.fields(root, "the cost block", KEYS);
        if (fields == null) {
            return null;
        }
        Entry lengthsEntry = fields.required("lengths", EXPECTED);
        Entry modelEntry = fields.required("d_model", EXPECTED);
        Entry headsEntry = fields.required("heads", EXPECTED);
        List<Long> lengths = lengthsEntry == null ? null : lengths(block, lengthsEntry);
        Long dModel = modelEntry == null ? null : whole(block, modelEntry.value(), modelEntry.keyNode(), "d_model", 1, 1 << 16);
        Long heads = headsEntry == null ? null : whole(block, headsEntry.value(), headsEntry.keyNode(), "heads", 1, 1024);
        Entry bytesEntry = fields.get("bytes");
        Long bytes = bytesEntry != null ? whole(block, bytesEntry.value(), bytesEntry.keyNode(), "bytes", 1, 16) : Long.valueOf(4);
        if (lengths == null || dModel == null || heads == null || bytes == null) {
            return null;
        }
        if (dModel % heads != 0) {
            block.at(headsEntry.keyNode(), "heads=" + heads + " does not divide d_model=" + dModel
                    + "; expected d_k = d_model/heads to be whole");
            return null;
        }
        // a block starts on its own line, so its line names it uniquely on the page
        return table("cost-" + (block.fenceLine() + 1), lengths, dModel, heads, bytes);
    }

    private static String table(String id, List<Long> lengths, long dModel, long heads, long bytes) {
        StringBuilder html = new StringBuilder(1024);
        html.append(Html.tableStart("cost", id, "One attention layer with d<sub>model</sub> = " + dModel + ", h = " + heads
                        + " heads (d<sub>k</sub> = " + dModel / heads + "), " + bytes + " bytes per number"))
                .append("<thead><tr>")
                .append("<th scope=\"col\">tokens n</th><th scope=\"col\">weights per head (n²)</th>")
                .append("<th scope=\"col\">memory for all heads' weights</th>")
                .append("<th scope=\"col\">multiply–adds, QK<sup>T</sup> and weights·V</th>")
                .append("<th scope=\"col\">multiply–adds, the four projections</th></tr></thead><tbody>");
        for (long n : lengths) {
            // Every query meets every key: n² scores per head.
            long perHead = n * n;
            // h·n² weights of `bytes` each, held at once.
            long memory = heads * perHead * bytes;
            // QKᵀ: (n×d_k)·(d_k×n) per head, and weights·V: (n×n)·(n×d_k): h·2·n²·d_k = 2·n²·d_model.
            long attention = 2 * perHead * dModel;
            // X·W_Q, X·W_K, X·W_V and the output W_O: four (n×d)·(d×d) products.
            long projections = 4 * n * dModel * dModel;
            html.append("<tr><th scope=\"row\">").append(grouped(n)).append("</th><td>").append(grouped(perHead))
                    .append("</td><td>").append(Html.escape(size(memory))).append("</td><td>").append(grouped(attention))
                    .append("</td><td>").append(grouped(projections)).append("</td></tr>");
        }
        return html.append("</tbody>").append(Html.TABLE_END).toString();
    }

    private static List<Long> lengths(YamlBlock block, Entry entry) {
        String expected = "expected a list of 1 to 20 sequence lengths, e.g. [128, 512, 2048]";
        if (!(entry.value() instanceof SequenceNode sequence)) {
            block.at(entry.keyNode(), "lengths is " + Nodes.describe(entry.value()) + "; " + expected);
            return null;
        }
        if (sequence.getValue().isEmpty() || sequence.getValue().size() > 20) {
            block.at(entry.keyNode(), "lengths has " + Nodes.count(sequence.getValue().size(), "length") + "; " + expected);
            return null;
        }
        List<Long> lengths = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Long n = whole(block, item, item, "length " + (lengths.size() + 1), 1, 1_000_000);
            if (n == null) {
                return null;
            }
            lengths.add(n);
        }
        return lengths;
    }

    private static Long whole(YamlBlock block, Node value, Node at, String label, long min, long max) {
        String expected = "a whole number from " + min + " to " + max;
        String text = Nodes.text(value, at, label, expected, block);
        if (text == null) {
            return null;
        }
        try {
            long number = Long.parseLong(text.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        block.at(at, label + " is " + Nodes.quote(text) + "; expected " + expected);
        return null;
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
