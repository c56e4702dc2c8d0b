package io.github.attentioncourse.example;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads one {@code attention} block (authoring contract v1) into an {@link ExampleSpec}, or
 * into every error an author made in it, each at its {@code file:line}. Whatever the text,
 * the answer is one or the other, never an exception.
 */
public final class ExampleParser {

    /** Most tokens in a sentence or a context. */
    public static final int MAX_TOKENS = 64;
    /** Largest d_model, d_k and d_v. */
    public static final int MAX_DIMENSION = 1024;
    /** Most heads in a multi-head example. */
    public static final int MAX_HEADS = 16;
    /**
     * Smallest scale. With every number within ±1e15 and at most 1024 dimensions, a score stays
     * below about 1e69, so dividing by at least 1e-15 keeps every scaled score finite.
     */
    public static final double MIN_SCALE = 1e-15;

    static final YamlBlock.Kind KIND = new YamlBlock.Kind("attention", "sentence: I love AI",
            "at most 5 levels (the block, heads, a head, w_q, a row)");

    private ExampleParser() {
    }

    /**
     * The result of reading a block.
     *
     * @param spec   the example; null iff {@code errors} is non-empty
     * @param errors every mistake in the block, in line order
     */
    public record Parsed(ExampleSpec spec, List<ContentError> errors) {

        public Parsed {
            errors = List.copyOf(errors);
        }
    }

    /**
     * @param yaml      the block's text (between the fences)
     * @param file      path relative to the course root, for errors
     * @param fenceLine 1-based line of the opening ``` fence in the file; YAML line 0 is fenceLine+1
     * @param defaultId id to use when the block has none (example-1, example-2 … by position in the lesson)
     * @param models    the course's trained models, for examples that are just a sentence
     */
    public static Parsed parse(String yaml, String file, int fenceLine, String defaultId, ModelCatalog models) {
        Problems problems = new Problems(file);
        YamlBlock block = YamlBlock.fenced(yaml, KIND, fenceLine, problems);
        ExampleSpec spec = null;
        try {
            MappingNode root = block.readMapping("at least sentence (or tokens), embeddings, and w_q, w_k, w_v");
            if (root != null) {
                spec = new BlockReader(root, block, models).read(defaultId);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug here must still reach the author as a located message, not as a stack trace.
            block.atFence("could not read this block (" + e + "); expected an attention block as described"
                    + " in the authoring guide");
        }
        return problems.isEmpty() ? new Parsed(spec, List.of()) : new Parsed(null, problems.sorted());
    }
}
