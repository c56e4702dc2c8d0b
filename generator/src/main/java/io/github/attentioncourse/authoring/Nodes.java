package io.github.attentioncourse.authoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
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

    /** Non-blank text, or null after reporting why not at the key. */
    public static String text(Entry entry, String expected, YamlBlock block) {
        return text(entry.value(), entry.keyNode(), entry.key(), expected, block);
    }

    /**
     * Non-blank text, or null after reporting at {@code at} why not.
     *
     * @param label how the message names the value, e.g. "option 2"
     */
    public static String text(Node value, Node at, String label, String expected, YamlBlock block) {
        if (!(value instanceof ScalarNode scalar)) {
            block.at(at, label + " is " + describe(value) + "; expected " + expected);
            return null;
        }
        if (scalar.getValue().isBlank()) {
            block.at(at, label + " has no value; expected " + expected);
            return null;
        }
        return scalar.getValue();
    }

    /** A finite number written as a plain decimal, or NaN after reporting why not. */
    public static double number(Node node, String label, YamlBlock block) {
        if (!(node instanceof ScalarNode scalar)) {
            block.at(node, label + " is " + describe(node) + "; expected a finite number " + NUMBER_EXAMPLES);
            return Double.NaN;
        }
        String text = scalar.getValue().strip();
        if (!scalar.isPlain()) {
            block.at(node, label + " is the quoted text " + quote(text)
                    + "; expected a finite number written without quotes");
            return Double.NaN;
        }
        if (NOT_FINITE.matcher(text).matches()) {
            block.at(node, label + " is " + text + ", which is not finite; expected a finite number");
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            block.at(node, label + " is " + describe(node) + "; expected a finite number " + NUMBER_EXAMPLES);
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            block.at(node, label + " is " + abbreviate(text) + ", too large to be finite; expected a finite number");
            return Double.NaN;
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            block.at(node, label + " is " + abbreviate(text) + "; expected a finite number between -1e15 and 1e15");
            return Double.NaN;
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max} written as a plain decimal, or −1 after reporting why not. */
    public static long whole(Node node, String label, long min, long max, YamlBlock block) {
        double value = number(node, label, block);
        if (Double.isNaN(value)) {
            return -1;
        }
        if (value != Math.rint(value) || value < min || value > max) {
            block.at(node, label + " is " + describe(node) + "; expected a whole number from " + min + " to " + max);
            return -1;
        }
        return (long) value;
    }

    /** A list of numbers, or null after reporting why it is not a list; a wrong number becomes NaN. */
    public static double[] numbers(Node at, Node list, String label, YamlBlock block) {
        if (!(list instanceof SequenceNode sequence)) {
            block.at(at, label + " is " + describe(list) + "; expected a list of numbers such as [1, 0]");
            return null;
        }
        List<Node> items = sequence.getValue();
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(items.get(i), "number " + (i + 1) + " of " + label, block);
        }
        return values;
    }

    /** {@code 1 row}, {@code 3 rows}. */
    public static String count(int n, String noun) {
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
