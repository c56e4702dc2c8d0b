package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.PatternsFigure;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.HeadId;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.PositionSurvey;
import io.github.attentioncourse.model.PositionSurvey.Measure;
import io.github.attentioncourse.model.PositionSurvey.Relation;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code patterns} block: where each head of a course model looks by position (the word itself,
 * the word before, the word after, the first word) over its held-out sentences, against an even
 * spread; a head that parks its weight on the first word whatever it is would be an attention
 * sink. Prose refers to {@code {{mean ID HEAD RELATION}}}, {@code {{even ID HEAD RELATION}}},
 * {@code {{top ID HEAD RELATION}}} (the share of words whose largest weight is there),
 * {@code {{hits ID HEAD RELATION}}} and {@code {{cases ID HEAD RELATION}}}, RELATION being itself,
 * previous, next or first, HEAD a head's number (LAYER.HEAD in a model of several blocks).
 */
final class PatternsBlock {

    static final String INFO = "patterns";
    static final List<String> VERBS = List.of("mean", "even", "top", "hits", "cases");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "model: course", "1 level (the block's keys)");
    private static final List<String> OWN = List.of();
    private static final String EXPECTED = "keys model (a folder under content/models), and optionally id and caption";
    private static final List<String> RELATIONS = List.of(Relation.values()).stream().map(Relation::key).toList();

    private PatternsBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models);
        if (keys == null) {
            return null;
        }
        if (!keys.ok()) {
            return null;
        }
        Model m = keys.model();
        PositionSurvey survey = models.measured(m.name() + "/positions", () -> PositionSurvey.of(m));
        return new Patterns(keys.id(), keys.idLine(), keys.idDefaulted(), keys.fingerprint(text, models), m.name(),
                m.config().architecture().layers(), survey, keys.caption());
    }

    private record Patterns(String id, int idLine, boolean idDefaulted, String fingerprint, String model, int layers,
            PositionSurvey survey, String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            Args a = new Args(id, args, problem, "{{" + verb + " ID HEAD " + String.join("|", RELATIONS) + "}}");
            int head = a.count(2, 2) ? head(a.get(0), problem) : -1;
            int relation = head < 0 ? -1 : a.choice(1, RELATIONS, "the positions");
            if (relation < 0) {
                return null;
            }
            Measure m = survey.measures(head).get(Relation.values()[relation]);
            if (m.cases() == 0 && !verb.equals("cases")) {
                problem.accept("no word of the sentences of model " + model + " can see " + Relation.values()[relation].label()
                        + ", so there is no " + verb + "; expected another position");
                return null;
            }
            return switch (verb) {
                case "mean" -> Weights.twoDecimals(m.meanWeight());
                case "even" -> Weights.twoDecimals(m.evenSpread());
                case "top" -> Weights.percent(m.topShare());
                case "hits" -> Integer.toString(m.top());
                default -> Integer.toString(m.cases());
            };
        }

        private int head(String name, Consumer<String> problem) {
            for (int h = 0; h < survey.heads().size(); h++) {
                HeadId head = survey.heads().get(h);
                String own = layers > 1 ? head.layer() + "." + head.head() : Integer.toString(head.head());
                if (own.equals(name)) {
                    return h;
                }
            }
            problem.accept("'" + name + "' is not a head of model " + model + "; expected "
                    + (layers > 1 ? "LAYER.HEAD, such as 1.2" : "a head number from 1 to " + survey.heads().size()));
            return -1;
        }

        @Override
        public Figure figure(String jsonFile) {
            return PatternsFigure.render(id, model, layers, survey, caption, jsonFile);
        }
    }
}
