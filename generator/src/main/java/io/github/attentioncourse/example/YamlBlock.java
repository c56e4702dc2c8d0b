package io.github.attentioncourse.example;

import java.io.StringReader;
import java.util.Locale;
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
 * Turns a block's text into a YAML node tree, or into errors. Aliases and deep nesting are
 * refused on the event stream, before any tree is built, so that a hostile block (billion
 * laughs, ten thousand brackets) costs no more than reading it once.
 */
public final class YamlBlock {

    /** The deepest a valid block goes is 5: the block, heads, a head, w_q, a row. */
    private static final int MAX_NESTING = 10;
    private static final int MAX_CHARACTERS = 1_000_000;

    private YamlBlock() {
    }

    /** The block's top-level mapping, or null once the reason it cannot be read is reported. */
    static MappingNode read(String text, Problems problems) {
        return read(text, problems, "sentence: I love AI");
    }

    /**
     * A YAML file's or block's top-level mapping, or null once the reason it cannot be read is
     * reported; {@code exampleLine} shows the author what a line should look like.
     */
    public static MappingNode read(String text, Problems problems, String exampleLine) {
        if (text == null || text.isBlank()) {
            problems.atFence(emptyMessage());
            return null;
        }
        if (text.length() > MAX_CHARACTERS) {
            problems.atFence("the block has " + text.length() + " characters; expected at most "
                    + MAX_CHARACTERS);
            return null;
        }
        try {
            if (!checkEvents(text, problems)) {
                return null;
            }
            Node root = new Yaml(options()).compose(new StringReader(text));
            if (root == null || root instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
                problems.atFence(emptyMessage());
                return null;
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.at(root, "the block is " + Nodes.describe(root)
                        + "; expected keys with values, one per line, such as '" + exampleLine + "'");
                return null;
            }
            return mapping;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + startedAt(e, problems) + ")";
            problems.at(mark, "not valid YAML: " + Objects.toString(e.getProblem(), "unreadable text")
                    + context + "; " + expectedYaml(exampleLine));
        } catch (ReaderException e) {
            problems.atLine(problems.fenceLine() + 1 + lineAt(text, e.getPosition()), String.format(Locale.ROOT,
                    "the character U+%04X is not allowed in YAML; expected printable text", e.getCodePoint()));
        } catch (YAMLException e) {
            problems.atFence("not valid YAML: " + e.getMessage() + "; " + expectedYaml(exampleLine));
        }
        return null;
    }

    /** Whether the event stream is one document without aliases or runaway nesting; if not, says why. */
    private static boolean checkEvents(String text, Problems problems) {
        int depth = 0;
        int documents = 0;
        for (Event event : new Yaml(options()).parse(new StringReader(text))) {
            if (event instanceof AliasEvent alias) {
                problems.at(event.getStartMark(), "the alias " + Nodes.quote("*" + alias.getAnchor())
                        + " repeats a value; anchors and aliases are not supported here, expected every value"
                        + " written out");
                return false;
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                problems.at(event.getStartMark(), "lists and mappings are nested more than " + MAX_NESTING
                        + " deep here; expected at most 5 levels (the block, heads, a head, w_q, a row)");
                return false;
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                problems.at(event.getStartMark(), "a second YAML document starts here; expected a single"
                        + " block of keys without '---' separators");
                return false;
            }
        }
        return true;
    }

    /** Where an unclosed bracket or quote began, when that is not where the parser gave up. */
    private static String startedAt(MarkedYAMLException e, Problems problems) {
        Mark context = e.getContextMark();
        Mark problem = e.getProblemMark();
        if (context == null || problem == null || context.getLine() == problem.getLine()) {
            return "";
        }
        return " that starts on line " + problems.line(context);
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
    private static int lineAt(String text, int position) {
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

    private static String expectedYaml(String exampleLine) {
        return "expected YAML lines such as '" + exampleLine + "', indented with spaces";
    }

    private static String emptyMessage() {
        return "the attention block is empty; expected at least sentence (or tokens), embeddings,"
                + " and w_q, w_k, w_v";
    }
}
