package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.HeadsFigure;
import io.github.attentioncourse.model.Ablation;
import io.github.attentioncourse.model.Accuracy;
import io.github.attentioncourse.model.HeadId;
import io.github.attentioncourse.model.HeadSurvey;
import io.github.attentioncourse.model.Link;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.SwapTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code heads} block: what each head of a trained model does, measured on the sentences it
 * never saw in training, for one link of its grammar (an adjective → the noun it describes):
 * how often the head's top key is the linked word and its mean weight there; how well the model
 * still guesses the hidden query words with the head switched off; and whether the head's
 * attention follows the linked word when two nouns are exchanged. Every claim a lesson makes
 * about what a head learned is a reference to these numbers.
 */
final class HeadsBlock {

    static final String INFO = "heads";
    static final List<String> VERBS = List.of("best", "share", "mean", "hits", "cases", "ablated", "baseline", "swap");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final String EXPECTED = "keys model (a folder under content/models), link (one of its grammar's links),"
            + " and optionally id and caption";

    private HeadsBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, List.of("link"), EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        Entry linkEntry = keys.fields().required("link", EXPECTED);
        String linkName = linkEntry == null ? null : Nodes.text(linkEntry, "a link of the model's grammar", keys.block());
        Optional<Link> link = keys.model() == null || linkName == null ? Optional.empty() : Link.of(keys.model(), linkName);
        if (keys.model() != null && linkName != null && link.isEmpty()) {
            keys.block().at(linkEntry.keyNode(), "model " + keys.model().name() + " has no link " + Nodes.quote(linkName)
                    + "; expected one of: " + String.join(", ", keys.model().corpus().grammar().links().keySet()));
        }
        if (!keys.ok() || link.isEmpty()) {
            return null;
        }
        return new ComputedHeads(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models),
                survey(keys.model(), link.get(), models), keys.caption());
    }

    /** Every head measured, once per bake whatever the number of lessons that show it. */
    private static HeadsFigure.Survey survey(Model model, Link link, ModelExamples models) {
        return models.measured(model.name() + "/heads/" + link.name(), () -> {
            List<String> slots = List.copyOf(link.targets().keySet());
            Accuracy baseline = Ablation.accuracy(model, model.weights(), model.corpus().heldOut(), slots);
            List<HeadsFigure.Row> rows = new ArrayList<>();
            for (int layer = 1; layer <= model.config().architecture().layers(); layer++) {
                for (int head = 1; head <= model.config().architecture().heads(); head++) {
                    HeadId id = new HeadId(layer, head);
                    rows.add(new HeadsFigure.Row(id, HeadSurvey.of(model, id, link),
                            Ablation.accuracy(model, Ablation.withoutHead(model.weights(), id), model.corpus().heldOut(), slots),
                            SwapTest.survey(model, id, link)));
                }
            }
            return new HeadsFigure.Survey(model.name(), link.name(), model.config().architecture().layers(),
                    model.corpus().heldOut().size(), baseline, rows);
        });
    }
}
