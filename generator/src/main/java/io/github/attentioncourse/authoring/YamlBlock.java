package io.github.attentioncourse.authoring;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One piece of YAML an author wrote (a fenced block in a lesson, or a file such as a model's
 * {@code model.yaml}), read with SnakeYAML's node API so that every value keeps its line and is
 * taken as written (no YAML 1.1 surprises such as {@code no} becoming false), and the mistakes
 * found in it reported at their lines in the file. Aliases and deep nesting are refused on the
 * event stream, before any tree is built, so that a hostile block (billion laughs, ten thousand
 * brackets) costs no more than reading it once.
 */
public final class YamlBlock {

    /** Deeper than any block of the course needs (an attention block goes 5 deep). */
    public static final int MAX_NESTING = 10;
    public static final int MAX_CHARACTERS = 1_000_000;

    /**
     * What a kind of block is, for its messages.
     *
     * @param name   the block's name in messages: "attention", "quiz", "model.yaml"
     * @param sample one line of it, to show what YAML lines look like
     * @param shape  how deep it goes, e.g. "at most 2 levels (the block and its options)"
     */
    public record Kind(String name, String sample, String shape) {
    }

    private final String text;
    private final Kind kind;
    private final Problems problems;
    /** Where problems with the whole block are reported: its opening fence, or a file's first line. */
    private final int wholeLine;
    /** The file line of YAML line 0. */
    private final int firstLine;
    private final YamlLines lines;
    private int reported;

    private YamlBlock(String text, Kind kind, Problems problems, int wholeLine, int firstLine) {
        this.text = text == null ? "" : text;
        this.kind = kind;
        this.problems = problems;
        this.wholeLine = wholeLine;
        this.firstLine = firstLine;
        this.lines = YamlLines.of(this.text);
    }

    /** A fenced block whose opening fence is on {@code fenceLine}; its YAML starts on the next line. */
    public static YamlBlock fenced(String text, Kind kind, int fenceLine, Problems problems) {
        return new YamlBlock(text, kind, problems, fenceLine, fenceLine + 1);
    }

    /** A whole YAML file. */
    public static YamlBlock file(String text, Kind kind, Problems problems) {
        return new YamlBlock(text, kind, problems, 1, 1);
    }

    /**
     * The block's root node, or null once the reason it cannot be read is reported.
     *
     * @param expected what a non-empty block holds, for the message when it is empty
     */
    public Node read(String expected) {
        if (text.isBlank()) {
            atFence("the " + kind.name() + " block is empty; expected " + expected);
            return null;
        }
        if (text.length() > MAX_CHARACTERS) {
            atFence("the block has " + text.length() + " characters; expected at most " + MAX_CHARACTERS);
            return null;
        }
        try {
            if (!checkEvents()) {
                return null;
            }
            Node root = new Yaml(options()).compose(new StringReader(text));
            if (root == null || root instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
                atFence("the " + kind.name() + " block is empty; expected " + expected);
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + startedAt(e) + ")";
            at(mark, "not valid YAML: " + Objects.toString(e.getProblem(), "unreadable text") + context + "; "
                    + expectedYaml());
        } catch (ReaderException e) {
            atLine(firstLine + lineAt(e.getPosition()), String.format(Locale.ROOT,
                    "the character U+%04X is not allowed in YAML; expected printable text", e.getCodePoint()));
        } catch (YAMLException e) {
            atFence("not valid YAML: " + e.getMessage() + "; " + expectedYaml());
        }
        return null;
    }

    /** The block's top-level mapping, or null once the reason there is none is reported. */
    public MappingNode readMapping(String expected) {
        Node root = read(expected);
        if (root == null || root instanceof MappingNode) {
            return (MappingNode) root;
        }
        at(root, "the block is " + Nodes.describe(root) + "; expected keys with values, one per line, such as '"
                + kind.sample() + "'");
        return null;
    }

    /** The keys of a mapping (see {@link Fields}), or null after reporting that {@code node} is not one. */
    public Fields fields(Node node, String where, List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            at(node, where + " is " + Nodes.describe(node) + "; expected keys with values: " + String.join(", ", allowed));
            return null;
        }
        return Fields.of(mapping, where, allowed, this);
    }

    /** The pairs of a mapping whose keys are the author's own (tokens, say), each once; duplicates are reported. */
    public Map<String, Entry> entries(MappingNode mapping, String where) {
        return Fields.entries(mapping, where, this);
    }

    /** Whether the event stream is one document without aliases or runaway nesting; if not, says why. */
    private boolean checkEvents() {
        int depth = 0;
        int documents = 0;
        for (Event event : new Yaml(options()).parse(new StringReader(text))) {
            if (event instanceof AliasEvent alias) {
                at(event.getStartMark(), "the alias " + Nodes.quote("*" + alias.getAnchor())
                        + " repeats a value; anchors and aliases are not supported here; expected every value written out");
                return false;
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                at(event.getStartMark(), "lists and mappings are nested more than " + MAX_NESTING
                        + " deep here; expected " + kind.shape());
                return false;
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                at(event.getStartMark(), "a second YAML document starts here; expected a single"
                        + " block of keys without '---' separators");
                return false;
            }
        }
        return true;
    }

    private String expectedYaml() {
        return "expected YAML lines such as '" + kind.sample() + "', indented with spaces";
    }

    /** Where an unclosed bracket or quote began, when that is not where the parser gave up. */
    private String startedAt(MarkedYAMLException e) {
        Mark context = e.getContextMark();
        Mark problem = e.getProblemMark();
        if (context == null || problem == null || context.getLine() == problem.getLine()) {
            return "";
        }
        return " that starts on line " + line(context);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        options.setNestingDepthLimit(MAX_NESTING + 1);
        options.setCodePointLimit(MAX_CHARACTERS + 1);
        return options;
    }

    /** The 0-based line holding the code point at {@code position}. */
    private int lineAt(int position) {
        int line = 0;
        int end = text.offsetByCodePoints(0, Math.min(Math.max(position, 0), text.codePointCount(0, text.length())));
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** The file line of a YAML mark; a missing mark is the whole block's line. */
    public int line(Mark mark) {
        return mark == null ? wholeLine : firstLine + lines.blockLine(mark.getLine());
    }

    public int line(Node node) {
        return line(node.getStartMark());
    }

    /** The line of the opening fence (of a file: its first line). */
    public int fenceLine() {
        return wholeLine;
    }

    public void at(Node node, String message) {
        atLine(line(node), message);
    }

    public void at(Mark mark, String message) {
        atLine(line(mark), message);
    }

    /** For what is missing from the block as a whole, reported at its opening fence. */
    public void atFence(String message) {
        atLine(wholeLine, message);
    }

    public void atLine(int line, String message) {
        reported++;
        problems.atLine(line, message);
    }

    /** Whether nothing was wrong with this block (whatever the rest of the file holds). */
    public boolean isEmpty() {
        return reported == 0;
    }

    /** How many mistakes this block has reported so far. */
    public int count() {
        return reported;
    }
}
