package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.example.ExampleSpec;

/**
 * An example block that parsed cleanly, with its trace.
 *
 * @param block the block's text, which with its page, its id and the generator is all its figure depends on
 */
public record ComputedExample(ExampleSpec spec, AttentionTrace trace, String block) {
}
