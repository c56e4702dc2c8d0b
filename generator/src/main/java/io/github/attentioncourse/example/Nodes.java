package io.github.attentioncourse.example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed values out of YAML nodes, reporting what does not fit instead of throwing.
 * Scalars are read as written: YAML 1.1 would turn {@code no} into false and {@code 1} into an
 * integer, and a token or a mask value must stay the text the author typed.
 */
public final class Nodes {

    /** Decimal numbers only: hex, octal, sexagesimal and underscores are YAML 1.1 surprises. */
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    /**
     * Bounds every number so that no product or sum the engine forms (at most 1024 terms of
     * products of four of them) can overflow into ∞ − ∞ = NaN.
     */
    private static final double MAX_MAGNITUDE = 1e15;
    private static final String NUMBER_EXAMPLES = "such as 1, -0.5 or 1e-3";
    private static final int QUOTE_LIMIT = 40;

    private Nodes() {
    }

    /** The pairs of a mapping by key, first occurrence kept; later duplicates and non-text keys are errors. */
    public static Map<String, Entry> entries(MappingNode mapping, String where, Problems problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.at(keyNode, "a key in " + where + " is " + describe(keyNode)
                        + "; expected a plain name followed by a colon");
                continue;
            }
            Entry first = entries.get(scalar.getValue());
            if (first != null) {
                problems.at(keyNode, "duplicate key " + quote(scalar.getValue()) + " in " + where
                        + " (first at line " + problems.line(first.keyNode()) + "); expected each key once");
                continue;
            }
            entries.put(scalar.getValue(), new Entry(scalar.getValue(), keyNode, tuple.getValueNode()));
        }
        return entries;
    }

    /** Non-blank text, or null after reporting why not. */
    public static String text(Entry entry, String expected, Problems problems) {
        if (!(entry.value() instanceof ScalarNode scalar)) {
            problems.at(entry.keyNode(), entry.key() + " is " + describe(entry.value()) + "; expected " + expected);
            return null;
        }
        if (scalar.getValue().isBlank()) {
            problems.at(entry.keyNode(), entry.key() + " has no value; expected " + expected);
            return null;
        }
        return scalar.getValue();
    }

    /** A finite number written as a plain decimal, or NaN after reporting why not. */
    public static double number(Node node, String label, Problems problems) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.at(node, label + " is " + describe(node) + "; expected a finite number " + NUMBER_EXAMPLES);
            return Double.NaN;
        }
        String text = scalar.getValue().strip();
        if (!scalar.isPlain()) {
            problems.at(node, label + " is the quoted text " + quote(text)
                    + "; expected a finite number written without quotes");
            return Double.NaN;
        }
        if (NOT_FINITE.matcher(text).matches()) {
            problems.at(node, label + " is " + text + ", which is not finite; expected a finite number");
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.at(node, label + " is " + describe(node) + "; expected a finite number " + NUMBER_EXAMPLES);
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            problems.at(node, label + " is " + abbreviate(text) + ", too large to be finite; expected a finite number");
            return Double.NaN;
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            problems.at(node, label + " is " + abbreviate(text) + "; expected a finite number between -1e15 and 1e15");
            return Double.NaN;
        }
        return value;
    }

    /** A list of numbers, or null after reporting why it is not a list; a wrong number becomes NaN. */
    static double[] numbers(Node at, Node list, String label, Problems problems) {
        if (!(list instanceof SequenceNode sequence)) {
            problems.at(at, label + " is " + describe(list) + "; expected a list of numbers such as [1, 0]");
            return null;
        }
        List<Node> items = sequence.getValue();
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(items.get(i), "number " + (i + 1) + " of " + label, problems);
        }
        return values;
    }

    /**
     * A rectangular matrix written as a list of rows, or null after reporting why its shape
     * cannot be known; wrong numbers inside are reported and leave the shape readable.
     */
    static Matrix matrix(Entry entry, String label, String shape, Problems problems) {
        String expected = "expected a " + shape + " matrix written as a list of rows, e.g. [[1, 0], [0, 1]]";
        if (!(entry.value() instanceof SequenceNode sequence)) {
            problems.at(entry.keyNode(), label + " is " + describe(entry.value()) + "; " + expected);
            return null;
        }
        List<Node> rows = sequence.getValue();
        if (rows.isEmpty()) {
            problems.at(entry.keyNode(), label + " has no rows; " + expected);
            return null;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!(rows.get(r) instanceof SequenceNode row)) {
                problems.at(rows.get(r), "row " + (r + 1) + " of " + label + " is " + describe(rows.get(r))
                        + "; " + expected);
                return null;
            }
            int width = row.getValue().size();
            int firstWidth = ((SequenceNode) rows.get(0)).getValue().size();
            if (width == 0) {
                problems.at(row, "row " + (r + 1) + " of " + label + " is empty; " + expected);
                return null;
            }
            if (width != firstWidth) {
                problems.at(row, "row " + (r + 1) + " of " + label + " has " + count(width, "number")
                        + " but row 1 has " + firstWidth
                        + "; expected every row to have the same length (a rectangular matrix)");
                return null;
            }
        }
        int cols = ((SequenceNode) rows.get(0)).getValue().size();
        if (cols > ExampleParser.MAX_DIMENSION) {
            problems.at(entry.keyNode(), label + " has " + cols + " columns; expected at most "
                    + ExampleParser.MAX_DIMENSION);
            return null;
        }
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < values.length; r++) {
            values[r] = numbers(rows.get(r), rows.get(r), "row " + (r + 1) + " of " + label, problems);
        }
        return new Matrix(label, entry.keyNode(), values);
    }

    /** {@code 1 row}, {@code 3 rows}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** How a message names what was found: its text, or its kind when it is not a scalar. */
    public static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        String value = ((ScalarNode) node).getValue();
        return value.isBlank() ? "empty" : quote(value);
    }

    /** Quotes text for a message, shortened and with control characters made visible. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        abbreviate(text).codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('\'').toString();
    }

    private static String abbreviate(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTE_LIMIT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)) + "…";
    }
}
