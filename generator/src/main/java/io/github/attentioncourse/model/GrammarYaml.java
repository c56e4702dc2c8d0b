package io.github.attentioncourse.model;

import io.github.attentioncourse.example.Entry;
import io.github.attentioncourse.example.Keys;
import io.github.attentioncourse.example.Nodes;
import io.github.attentioncourse.example.Problems;
import io.github.attentioncourse.example.YamlBlock;
import io.github.attentioncourse.example.YamlLines;
import io.github.attentioncourse.model.Grammar.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a grammar.yaml into a {@link Grammar}, or into every mistake in it at its {@code file:line}. */
final class GrammarYaml {

    static final List<String> KEYS = List.of("slots", "sentences", "links");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String SLOT_EXAMPLE = "e.g. 'animal: [dog, cat, horse]'";

    private final String file;
    private final Problems problems;
    private final Map<String, List<String>> slots = new LinkedHashMap<>();

    private GrammarYaml(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static Result<Grammar> read(String text, String file) {
        Problems problems = new Problems(file, 0, YamlLines.of(text));
        MappingNode root = YamlBlock.read(text, problems, "slots:");
        Grammar grammar = root == null ? null : new GrammarYaml(file, problems).grammar(root);
        return problems.isEmpty() ? Result.of(grammar) : Result.failed(problems.sorted());
    }

    private Grammar grammar(MappingNode root) {
        Map<String, Entry> entries = Nodes.entries(root, "grammar.yaml", problems);
        Keys.rejectUnknown(entries, KEYS, "grammar.yaml", problems);
        for (String key : List.of("slots", "sentences")) {
            if (!entries.containsKey(key)) {
                problems.atLine(problems.line(root), "grammar.yaml has no '" + key + "'; expected slots (lists of "
                        + "words) and sentences (templates such as 'the {animal} was {animal-adjective}')");
            }
        }
        if (entries.containsKey("slots")) {
            readSlots(entries.get("slots"));
        }
        List<Template> templates = entries.containsKey("sentences") ? templates(entries.get("sentences")) : List.of();
        Map<String, Map<String, List<String>>> links = entries.containsKey("links") ? links(entries.get("links"))
                : Map.of();
        long total = 0;
        for (Template t : templates) {
            total += t.count(slots);
        }
        if (total > Grammar.MAX_SENTENCES) {
            problems.at(entries.get("sentences").keyNode(), "the templates make " + total + " sentences; expected at"
                    + " most " + Grammar.MAX_SENTENCES + ": use fewer words in the slots or fewer templates");
        }
        return problems.isEmpty() ? new Grammar(file, slots, templates, links) : null;
    }

    private void readSlots(Entry entry) {
        if (!(entry.value() instanceof MappingNode mapping)) {
            problems.at(entry.keyNode(), "slots is " + Nodes.describe(entry.value())
                    + "; expected one slot per line below it, " + SLOT_EXAMPLE);
            return;
        }
        for (Entry slot : Nodes.entries(mapping, "slots", problems).values()) {
            if (!NAME.matcher(slot.key()).matches()) {
                problems.at(slot.keyNode(), "slot name " + Nodes.quote(slot.key()) + " is not a name; expected "
                        + "lower-case letters, digits and single hyphens, such as 'animal-adjective'");
            }
            List<String> words = words(slot);
            if (words != null) {
                slots.put(slot.key(), words);
            }
        }
    }

    private List<String> words(Entry slot) {
        if (!(slot.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.at(slot.keyNode(), "slot " + Nodes.quote(slot.key()) + " is " + Nodes.describe(slot.value())
                    + "; expected a list of one or more words, " + SLOT_EXAMPLE);
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Node item : list.getValue()) {
            String word = item instanceof ScalarNode scalar ? CorpusText.word(scalar.getValue()) : null;
            String problem = item instanceof ScalarNode scalar ? CorpusText.wordProblem(scalar.getValue()) : null;
            if (word == null || problem != null) {
                problems.at(item, "in slot " + Nodes.quote(slot.key()) + ", " + (problem != null ? problem
                        : Nodes.describe(item) + " is not a word; expected one word per item"));
            } else if (words.contains(word)) {
                problems.at(item, "slot " + Nodes.quote(slot.key()) + " has " + Nodes.quote(word)
                        + " twice; expected each word once");
            } else {
                words.add(word);
            }
        }
        return words;
    }

    private List<Template> templates(Entry entry) {
        List<Template> templates = new ArrayList<>();
        if (!(entry.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.at(entry.keyNode(), "sentences is " + Nodes.describe(entry.value()) + "; expected a list of "
                    + "templates, one per line, such as '- the {animal} was {animal-adjective}'");
            return templates;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.at(item, "a template is " + Nodes.describe(item) + "; expected text such as "
                        + "'the {animal} was {animal-adjective}'");
                continue;
            }
            TemplateText parsed = new TemplateText(scalar.getValue(), problems.line(item), slots);
            Template t = parsed.parse();
            if (t == null) {
                problems.at(item, parsed.problem());
            } else {
                templates.add(t);
            }
        }
        return templates;
    }

    private Map<String, Map<String, List<String>>> links(Entry entry) {
        Map<String, Map<String, List<String>>> links = new LinkedHashMap<>();
        String expected = "expected a name per link, and below it each query slot with the slots of the words "
                + "it refers to, e.g. 'animal-adjective: [animal, animals]'";
        if (!(entry.value() instanceof MappingNode mapping)) {
            problems.at(entry.keyNode(), "links is " + Nodes.describe(entry.value()) + "; " + expected);
            return links;
        }
        for (Entry link : Nodes.entries(mapping, "links", problems).values()) {
            if (!NAME.matcher(link.key()).matches() || !(link.value() instanceof MappingNode pairs)) {
                problems.at(link.keyNode(), "link " + Nodes.quote(link.key()) + " is not a name with query slots "
                        + "below it; " + expected);
                continue;
            }
            Map<String, List<String>> queries = new LinkedHashMap<>();
            for (Entry pair : Nodes.entries(pairs, "link " + link.key(), problems).values()) {
                List<String> keys = slotNames(pair.value());
                if (!slots.containsKey(pair.key()) || keys == null) {
                    problems.at(pair.keyNode(), "in link " + Nodes.quote(link.key()) + ", " + Nodes.quote(pair.key())
                            + " → " + Nodes.describe(pair.value()) + " names a slot that grammar.yaml does not have; "
                            + "expected slots among: " + String.join(", ", slots.keySet()));
                    continue;
                }
                queries.put(pair.key(), keys);
            }
            links.put(link.key(), queries);
        }
        return links;
    }

    /** The slot names of a scalar or a list, or null if any is not a slot. */
    private List<String> slotNames(Node node) {
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
        List<String> names = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || !slots.containsKey(scalar.getValue())) {
                return null;
            }
            names.add(scalar.getValue());
        }
        return names.isEmpty() ? null : names;
    }
}
