package io.github.attentioncourse.authoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of one YAML mapping, each once and each allowed: a duplicate, a key that is not text
 * and an unknown key (with a guess at the key meant) are reported as the mapping is read. A key
 * the author seems to have meant by a mistyped one is not reported missing as well.
 */
public final class Fields {

    private final Map<String, Entry> entries;
    private final Set<String> meant;
    private final Node node;
    private final String where;
    private final YamlBlock block;

    private Fields(Map<String, Entry> entries, Set<String> meant, Node node, String where, YamlBlock block) {
        this.entries = entries;
        this.meant = meant;
        this.node = node;
        this.where = where;
        this.block = block;
    }

    static Fields of(MappingNode mapping, String where, List<String> allowed, YamlBlock block) {
        Map<String, Entry> entries = entries(mapping, where, block);
        Set<String> meant = Keys.rejectUnknown(entries, allowed, where, block);
        return new Fields(entries, meant, mapping, where, block);
    }

    /** The pairs of a mapping by key, whatever the keys; a duplicate and a key that is not text are reported. */
    static Map<String, Entry> entries(MappingNode mapping, String where, YamlBlock block) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                block.at(keyNode, "a key in " + where + " is " + Nodes.describe(keyNode)
                        + "; expected a plain name followed by a colon");
                continue;
            }
            Entry first = entries.get(scalar.getValue());
            if (first != null) {
                block.at(keyNode, "duplicate key " + Nodes.quote(scalar.getValue()) + " in " + where
                        + " (first at line " + block.line(first.keyNode()) + "); expected each key once");
                continue;
            }
            entries.put(scalar.getValue(), new Entry(scalar.getValue(), keyNode, tuple.getValueNode()));
        }
        return entries;
    }

    public Entry get(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Collection<Entry> all() {
        return entries.values();
    }

    /** The entries by key, in the order written. */
    public Map<String, Entry> asMap() {
        return entries;
    }

    /** The known keys that mistyped keys seem to stand for. */
    public Set<String> meant() {
        return meant;
    }

    /**
     * A required key's entry, or null after reporting it missing at the mapping; not reported
     * again when a mistyped key that stands for it was.
     */
    public Entry required(String key, String expected) {
        Entry entry = entries.get(key);
        if (entry == null && !meant.contains(key)) {
            block.at(node, where + " is missing '" + key + "'; expected " + expected);
        }
        return entry;
    }
}
