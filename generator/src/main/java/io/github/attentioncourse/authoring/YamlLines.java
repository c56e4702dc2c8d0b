package io.github.attentioncourse.authoring;

import java.util.Arrays;

/**
 * Lines of a fenced block as its author sees them. SnakeYAML reads YAML 1.1, in which NEL, LS
 * and PS (U+0085, U+2028, U+2029) also end a line; in a lesson file, as for flexmark, only
 * {@code \n}, {@code \r\n} and {@code \r} do. Without this map, each such character in a block
 * would move every later error one line down.
 */
public final class YamlLines {

    /** For each 0-based YAML line, the 0-based line of the block it is on. */
    private final int[] blockLines;

    private YamlLines(int[] blockLines) {
        this.blockLines = blockLines;
    }

    public static YamlLines of(String text) {
        int[] lines = new int[16];
        int yamlLines = 1;
        int blockLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean fileBreak = c == '\n' || c == '\r' && !crBeforeLf;
            if (!fileBreak && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            if (fileBreak) {
                blockLine++;
            }
            if (yamlLines == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[yamlLines++] = blockLine;
        }
        return new YamlLines(Arrays.copyOf(lines, yamlLines));
    }

    /** The 0-based line of the block that SnakeYAML's 0-based {@code yamlLine} is on. */
    public int blockLine(int yamlLine) {
        if (yamlLine < blockLines.length) {
            return blockLines[Math.max(0, yamlLine)];
        }
        return blockLines[blockLines.length - 1] + yamlLine - (blockLines.length - 1);
    }
}
