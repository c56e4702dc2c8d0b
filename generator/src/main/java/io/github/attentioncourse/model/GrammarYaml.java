package io.github.attentioncourse.model;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
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

    private static final YamlBlock.Kind KIND = new YamlBlock.Kind("grammar.yaml", "slots:",
            "at most 3 levels (links, a link, its slots)");
    static final List<String> KEYS = List.of("slots", "sentences", "links");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String SLOT_EXAMPLE = "e.g. 'animal: [dog, cat, horse]'";

    private final String file;
    private final YamlBlock yaml;
    private final Map<String, List<String>> slots = new LinkedHashMap<>();

    private GrammarYaml(String file, YamlBlock yaml) {
        this.file = file;
        this.yaml = yaml;
    }

    static Result<Grammar> read(String text, String file) {
        Problems collected = new Problems(file);
        YamlBlock yaml = YamlBlock.file(text, KIND, collected);
        MappingNode root = yaml.readMapping("slots (lists of words) and sentences (templates such as 'the {animal} was {animal-adjective}')");
        Grammar grammar = root == null ? null : new GrammarYaml(file, yaml).grammar(root);
        return collected.isEmpty() ? Result.of(grammar) : Result.failed(collected.sorted());
    }

    private Grammar grammar(MappingNode root) {
        Map<String, Entry> entries = yaml.fields(root, "grammar.yaml", KEYS).asMap();
        for (String key : List.of("slots", "sentences")) {
            if (!entries.containsKey(key)) {
                yaml.at(root, "grammar.yaml has no '" + key + "'; expected slots (lists of "
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
            yaml.at(entries.get("sentences").keyNode(), "the templates make " + total + " sentences; expected at"
                    + " most " + Grammar.MAX_SENTENCES + ": use fewer words in the slots or fewer templates");
        }
        return yaml.isEmpty() ? new Grammar(file, slots, templates, links) : null;
    }

    private void readSlots(Entry entry) {
        if (!(entry.value() instanceof MappingNode mapping)) {
            yaml.at(entry.keyNode(), "slots is " + Nodes.describe(entry.value())
                    + "; expected one slot per line below it, " + SLOT_EXAMPLE);
            return;
        }
        for (Entry slot : yaml.entries(mapping, "slots").values()) {
            if (!NAME.matcher(slot.key()).matches()) {
                yaml.at(slot.keyNode(), "slot name " + Nodes.quote(slot.key()) + " is not a name; expected "
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
            yaml.at(slot.keyNode(), "slot " + Nodes.quote(slot.key()) + " is " + Nodes.describe(slot.value())
                    + "; expected a list of one or more words, " + SLOT_EXAMPLE);
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Node item : list.getValue()) {
            String word = item instanceof ScalarNode scalar ? CorpusText.word(scalar.getValue()) : null;
            String problem = item instanceof ScalarNode scalar ? CorpusText.wordProblem(scalar.getValue()) : null;
            if (word == null || problem != null) {
                yaml.at(item, "in slot " + Nodes.quote(slot.key()) + ", " + (problem != null ? problem
                        : Nodes.describe(item) + " is not a word; expected one word per item"));
            } else if (words.contains(word)) {
                yaml.at(item, "slot " + Nodes.quote(slot.key()) + " has " + Nodes.quote(word)
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
            yaml.at(entry.keyNode(), "sentences is " + Nodes.describe(entry.value()) + "; expected a list of "
                    + "templates, one per line, such as '- the {animal} was {animal-adjective}'");
            return templates;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                yaml.at(item, "a template is " + Nodes.describe(item) + "; expected text such as "
                        + "'the {animal} was {animal-adjective}'");
                continue;
            }
            TemplateText parsed = new TemplateText(scalar.getValue(), yaml.line(item), slots);
            Template t = parsed.parse();
            if (t == null) {
                yaml.at(item, parsed.problem());
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
            yaml.at(entry.keyNode(), "links is " + Nodes.describe(entry.value()) + "; " + expected);
            return links;
        }
        for (Entry link : yaml.entries(mapping, "links").values()) {
            if (!NAME.matcher(link.key()).matches() || !(link.value() instanceof MappingNode pairs)) {
                yaml.at(link.keyNode(), "link " + Nodes.quote(link.key()) + " is not a name with query slots "
                        + "below it; " + expected);
                continue;
            }
            Map<String, List<String>> queries = new LinkedHashMap<>();
            for (Entry pair : yaml.entries(pairs, "link " + link.key()).values()) {
                List<String> keys = slotNames(pair.value());
                if (!slots.containsKey(pair.key()) || keys == null) {
                    yaml.at(pair.keyNode(), "in link " + Nodes.quote(link.key()) + ", " + Nodes.quote(pair.key())
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
