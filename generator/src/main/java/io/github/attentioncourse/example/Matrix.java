package io.github.attentioncourse.example;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A rectangular matrix as written, with the key it was written under for errors about its shape.
 *
 * @param label  how messages name it, e.g. {@code w_q of head 2}
 * @param at     the key node, where shape errors are reported
 * @param values rows × cols numbers; a number that was wrong is NaN and already reported
 */
record Matrix(String label, Node at, double[][] values) {

    int rows() {
        return values.length;
    }

    int cols() {
        return values[0].length;
    }
}
