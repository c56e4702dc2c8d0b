package io.github.attentioncourse.example;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The errors found in one block, each moved from its YAML line to its line in the lesson file. */
public final class Problems {

    private final String file;
    private final int fenceLine;
    private final YamlLines lines;
    private final List<ContentError> errors = new ArrayList<>();

    /** @param lines the lines of the block's text, which SnakeYAML counts in its own way */
    public Problems(String file, int fenceLine, YamlLines lines) {
        this.file = file;
        this.fenceLine = fenceLine;
        this.lines = lines;
    }

    /** The file line of a YAML mark; YAML line 0 is the line after the opening fence. */
    public int line(Mark mark) {
        return mark == null ? fenceLine : fenceLine + 1 + lines.blockLine(mark.getLine());
    }

    public int line(Node node) {
        return line(node.getStartMark());
    }

    int fenceLine() {
        return fenceLine;
    }

    public void at(Node node, String message) {
        atLine(line(node), message);
    }

    void at(Mark mark, String message) {
        atLine(line(mark), message);
    }

    /** For what is missing from the block as a whole, reported at its opening fence. */
    void atFence(String message) {
        atLine(Math.max(fenceLine, 1), message);
    }

    public void atLine(int line, String message) {
        errors.add(new ContentError(file, line, message));
    }

    int count() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<ContentError> sorted() {
        return errors.stream().sorted().toList();
    }
}
