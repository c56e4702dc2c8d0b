package io.github.attentioncourse.example;

import org.yaml.snakeyaml.nodes.Node;

/**
 * One {@code key: value} pair of a YAML mapping, the key taken as written.
 *
 * @param key     the key's raw text
 * @param keyNode where the key was written, for errors about the whole value
 * @param value   the value node
 */
public record Entry(String key, Node keyNode, Node value) {
}
