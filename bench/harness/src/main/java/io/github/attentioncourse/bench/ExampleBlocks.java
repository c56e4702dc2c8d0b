package io.github.attentioncourse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Attention blocks like the real lessons': 3 to 6 tokens, tiny embeddings, and the same mix of
 * kinds (self-attention, causal mask, two heads, cross-attention, positional encoding), so that a
 * synthetic course costs what a real one of its size would.
 */
final class ExampleBlocks {

    private static final String[] WORDS = {
        "the", "cat", "sat", "on", "mat", "dog", "saw", "a", "bird", "I", "love", "AI", "it", "was",
        "tired", "animal", "sun", "rose", "le", "chat", "noir", "je", "t'aime", "we", "read", "books",
    };

    /** One example: its id, the block, and a query and key that prose may cite. */
    record Example(String id, String block, String query, String key) {
    }

    private ExampleBlocks() {
    }

    static Example of(int lesson, int index) {
        Random random = new Random(31L * lesson + index);
        String id = "ex-" + (index + 1);
        int kind = (lesson + index) % 5;
        List<String> tokens = distinctWords(random, 3 + random.nextInt(4), List.of());
        List<String> context = kind == 3 ? distinctWords(random, 3 + random.nextInt(4), tokens) : List.of();
        int dModel = 2 + random.nextInt(3);
        StringBuilder yaml = new StringBuilder("```attention\n");
        yaml.append("id: ").append(id).append('\n');
        yaml.append("sentence: ").append(String.join(" ", tokens)).append('\n');
        if (kind == 3) {
            yaml.append("context: ").append(String.join(" ", context)).append('\n');
        }
        yaml.append("embeddings:\n");
        List<String> all = new ArrayList<>(tokens);
        all.addAll(context);
        for (String token : all) {
            yaml.append("  \"").append(token).append("\": ").append(vector(random, dModel)).append('\n');
        }
        if (kind == 2) {
            yaml.append("heads:\n");
            for (int h = 0; h < 2; h++) {
                yaml.append("  - w_q: ").append(matrix(random, dModel, 2)).append('\n');
                yaml.append("    w_k: ").append(matrix(random, dModel, 2)).append('\n');
                yaml.append("    w_v: ").append(matrix(random, dModel, 2)).append('\n');
            }
            yaml.append("w_o: ").append(matrix(random, 4, dModel)).append('\n');
        } else {
            yaml.append("w_q: ").append(matrix(random, dModel, 2)).append('\n');
            yaml.append("w_k: ").append(matrix(random, dModel, 2)).append('\n');
            yaml.append("w_v: ").append(matrix(random, dModel, 2)).append('\n');
        }
        if (kind == 1) {
            yaml.append("mask: causal\n");
        }
        if (kind == 4) {
            yaml.append("positional: sinusoidal\n");
        }
        yaml.append("caption: Illustrative weights, generated for the benchmark.\n```\n");
        String key = kind == 3 ? context.get(0) : tokens.get(0);
        return new Example(id, yaml.toString(), tokens.get(tokens.size() - 1), key);
    }

    private static List<String> distinctWords(Random random, int count, List<String> avoid) {
        List<String> words = new ArrayList<>();
        while (words.size() < count) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (!words.contains(word) && !avoid.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String vector(Random random, int length) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            values.add(String.format(Locale.ROOT, "%.1f", random.nextInt(31) / 10.0 - 1.5));
        }
        return "[" + String.join(", ", values) + "]";
    }

    private static String matrix(Random random, int rows, int cols) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            lines.add(vector(random, cols));
        }
        return "[" + String.join(", ", lines) + "]";
    }
}
