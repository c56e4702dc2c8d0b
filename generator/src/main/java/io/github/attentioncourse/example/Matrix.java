package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A rectangular matrix as written, with the key it was written under for errors about its shape.
 *
 * @param label  how messages name it, e.g. {@code w_q of head 2}
 * @param at     the key node, where shape errors are reported
 * @param values rows × cols numbers; a number that was wrong is NaN and already reported
 */
public record Matrix(String label, Node at, double[][] values) {

    public int rows() {
        return values.length;
    }

    public int cols() {
        return values[0].length;
    }

    /**
     * A rectangular matrix written as a list of rows, or null after reporting why its shape
     * cannot be known; wrong numbers inside are reported and leave the shape readable.
     */
    public static Matrix read(Entry entry, String label, String shape, YamlBlock block) {
        String expected = "expected a " + shape + " matrix written as a list of rows, e.g. [[1, 0], [0, 1]]";
        if (!(entry.value() instanceof SequenceNode sequence)) {
            block.at(entry.keyNode(), label + " is " + Nodes.describe(entry.value()) + "; " + expected);
            return null;
        }
        List<Node> rows = sequence.getValue();
        if (rows.isEmpty()) {
            block.at(entry.keyNode(), label + " has no rows; " + expected);
            return null;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!(rows.get(r) instanceof SequenceNode row)) {
                block.at(rows.get(r), "row " + (r + 1) + " of " + label + " is " + Nodes.describe(rows.get(r))
                        + "; " + expected);
                return null;
            }
            int width = row.getValue().size();
            int firstWidth = ((SequenceNode) rows.get(0)).getValue().size();
            if (width == 0) {
                block.at(row, "row " + (r + 1) + " of " + label + " is empty; " + expected);
                return null;
            }
            if (width != firstWidth) {
                block.at(row, "row " + (r + 1) + " of " + label + " has " + Nodes.count(width, "number")
                        + " but row 1 has " + firstWidth
                        + "; expected every row to have the same length (a rectangular matrix)");
                return null;
            }
        }
        int cols = ((SequenceNode) rows.get(0)).getValue().size();
        if (cols > ExampleParser.MAX_DIMENSION) {
            block.at(entry.keyNode(), label + " has " + cols + " columns; expected at most "
                    + ExampleParser.MAX_DIMENSION);
            return null;
        }
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < values.length; r++) {
            values[r] = Nodes.numbers(rows.get(r), rows.get(r), "row " + (r + 1) + " of " + label, block);
        }
        return new Matrix(label, entry.keyNode(), values);
    }
}
