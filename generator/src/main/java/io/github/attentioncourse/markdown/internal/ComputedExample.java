package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.example.ExampleSpec;

/** An example block that parsed cleanly, with its trace. */
public record ComputedExample(ExampleSpec spec, AttentionTrace trace) {
}
