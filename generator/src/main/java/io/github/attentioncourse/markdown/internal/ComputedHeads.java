package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.HeadsFigure;
import io.github.attentioncourse.figure.HeadsFigure.Row;
import io.github.attentioncourse.format.Weights;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code heads} block, measured. Prose refers to its numbers: {@code {{best ID}}} (the head
 * that finds the linked word most often, e.g. "head 1"), {@code {{baseline ID}}} (hidden words
 * guessed with every head on), and per head {@code {{share|mean|hits|cases|ablated|swap ID HEAD}}},
 * HEAD being a head's number, {@code LAYER.HEAD} in a model of several blocks, or {@code best}
 * (so that prose stays true whichever head a retrained model uses).
 */
record ComputedHeads(String id, int idLine, boolean idDefaulted, String fingerprint, HeadsFigure.Survey survey,
        String caption) implements Computed {

    @Override
    public List<String> verbs() {
        return HeadsBlock.VERBS;
    }

    @Override
    public String reference(String verb, List<String> args, Consumer<String> problem) {
        boolean perHead = !verb.equals("best") && !verb.equals("baseline");
        if (args.size() != (perHead ? 1 : 0)) {
            problem.accept("{{" + verb + " " + id + " …}} has " + Nodes.count(args.size() + 1, "argument") + "; expected {{" + verb + " ID"
                    + (perHead ? " HEAD}}, HEAD being best or a head's number" + (survey.layers() > 1 ? " as LAYER.HEAD" : "") : "}}"));
            return null;
        }
        if (!perHead) {
            return verb.equals("best") ? survey.name(survey.best().head()) : Weights.percent(survey.baseline().fittingShare());
        }
        Row row = row(args.get(0));
        if (row == null) {
            problem.accept("'" + args.get(0) + "' is not a head of model " + survey.model() + "; expected best or "
                    + (survey.layers() > 1 ? "LAYER.HEAD, such as 1.2" : "a head number from 1 to " + survey.rows().size()));
            return null;
        }
        return switch (verb) {
            case "share" -> Weights.percent(row.survey().share());
            case "mean" -> Weights.twoDecimals(row.survey().meanWeight());
            case "hits" -> Integer.toString(row.survey().hits());
            case "cases" -> Integer.toString(row.survey().cases());
            case "ablated" -> Weights.percent(row.ablated().fittingShare());
            default -> Weights.percent(row.followsShare());
        };
    }

    /** A head by number ("2", "1.2"), or the best one ("best"). */
    private Row row(String head) {
        if (head.equals("best")) {
            return survey.best();
        }
        String name = survey.layers() > 1 ? head.replace('.', ' ') : head;
        for (Row row : survey.rows()) {
            String own = survey.layers() > 1 ? row.head().layer() + " " + row.head().head() : Integer.toString(row.head().head());
            if (own.equals(name)) {
                return row;
            }
        }
        return null;
    }

    @Override
    public Figure figure(String jsonFile) {
        return HeadsFigure.render(id, survey, caption, jsonFile);
    }
}
