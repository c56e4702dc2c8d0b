package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.Figures.Figure;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fenced block whose numbers the bake computes: an attention example, a survey of a model's
 * heads, … Prose refers to its numbers ({@code {{VERB ID ARGS…}}}), the page shows its figure, and
 * its numbers are published as JSON beside the page.
 */
public interface Computed {

    /** Unique among the computed blocks of a lesson, as references name it. */
    String id();

    /** The line of its {@code id:} key, or of its fence when the id was defaulted. */
    int idLine();

    /** Whether the block has no {@code id:} and took a default id. */
    boolean idDefaulted();

    /** What its figure depends on besides its page, its id and the generator: its text, and a model's fingerprint. */
    String fingerprint();

    /** The verbs prose may use with it, e.g. percent, weight, score and top for an attention example. */
    List<String> verbs();

    /**
     * The text of a reference {@code {{verb ID args…}}}, or null once {@code problem} has been told
     * what is wrong with the arguments and what was expected.
     */
    String reference(String verb, List<String> args, Consumer<String> problem);

    /** Its figure, which links its numbers published as {@code jsonFile} in the page's folder. */
    Figure figure(String jsonFile);
}
