package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Entry;
import io.github.attentioncourse.authoring.Fields;
import io.github.attentioncourse.authoring.Nodes;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.authoring.YamlBlock;
import io.github.attentioncourse.figure.Figures.Figure;
import io.github.attentioncourse.figure.ParametersFigure;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.ParameterCount;
import io.github.attentioncourse.model.ParameterCount.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code parameters} block: how many numbers each of one to four models holds, by part, each
 * column a course model (counted tensor by tensor) or sizes (counted by the formulas). Prose refers
 * to {@code {{count ID COLUMN PART}}} (3,540; PART a part, block for one block, blocks for all of them, or total), {@code {{millions ID COLUMN PART}}} (18.9),
 * {@code {{share ID COLUMN PART}}} (a percentage of the column's total) and
 * {@code {{times ID COLUMN PART OTHER}}} (how many times PART is OTHER: 2.0), and to a column's sizes,
 * {@code {{size ID COLUMN layers|d_model|d_ff|vocabulary|positions}}}.
 */
final class ParametersBlock {

    static final String INFO = "parameters";
    static final List<String> VERBS = List.of("count", "millions", "share", "times", "size");
    private static final List<String> SIZES = List.of("layers", "d_model", "d_ff", "vocabulary", "positions");
    private static final YamlBlock.Kind KIND = new YamlBlock.Kind(INFO, "columns:", "3 levels (the block, its columns, their keys)");
    private static final List<String> OWN = List.of("columns");
    private static final List<String> COLUMN_KEYS = List.of("model", "name", "layers", "d_model", "d_ff", "vocabulary",
            "positions");
    private static final String EXPECTED = "keys columns (a list of 1 to 4 columns, each a model: or the sizes name,"
            + " layers, d_model, d_ff and optionally vocabulary and positions), and optionally id and caption";
    private static final int MAX_COLUMNS = 4;
    private static final List<String> PARTS = parts();

    private ParametersBlock() {
    }

    static Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ModelBlockKeys keys = ModelBlockKeys.read(text, KIND, OWN, EXPECTED, fenceLine, defaultId, problems, models, ModelBlockKeys.ModelKey.NONE);
        if (keys == null) {
            return null;
        }
        Entry entry = keys.fields().has("columns") ? keys.fields().get("columns") : null;
        if (entry == null) {
            keys.block().atFence("the parameters block is missing 'columns'; expected " + EXPECTED);
            return null;
        }
        if (!(entry.value() instanceof SequenceNode list) || list.getValue().isEmpty() || list.getValue().size() > MAX_COLUMNS) {
            keys.block().at(entry.keyNode(), "columns is " + (entry.value() instanceof SequenceNode l
                    ? "a list of " + Nodes.count(l.getValue().size(), "column") : Nodes.describe(entry.value()))
                    + "; expected a list of 1 to " + MAX_COLUMNS + " columns, each '- model: course' or sizes");
            return null;
        }
        List<ParameterCount> columns = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder(text);
        for (Node item : list.getValue()) {
            ParameterCount column = column(keys.block(), item, columns.size() + 1, models);
            if (column != null) {
                columns.add(column);
                if (column.model() != null) {
                    fingerprint.append('\0').append(models.fingerprint(column.model()));
                }
            }
        }
        if (!keys.ok()) {
            return null;
        }
        return new Parameters(keys.id(), keys.idLine(), keys.idDefaulted(), fingerprint.toString(), columns, keys.caption());
    }

    private static ParameterCount column(YamlBlock block, Node item, int number, ModelExamples models) {
        String where = "column " + number;
        Fields fields = block.fields(item, where, COLUMN_KEYS);
        if (fields == null) {
            return null;
        }
        if (fields.has("model")) {
            for (Entry other : fields.all()) {
                if (!other.key().equals("model")) {
                    block.at(other.keyNode(), other.key() + " cannot be used with model:, whose sizes are its own; expected"
                            + " either model: alone or the sizes without it");
                }
            }
            Optional<Model> model = models.usable(fields.get("model"), block);
            return model.map(ParameterCount::of).orElse(null);
        }
        String expected = "a column's keys: model, or name, layers, d_model and d_ff (and optionally vocabulary and positions)";
        Entry nameEntry = fields.required("name", expected);
        String name = nameEntry == null ? null : Nodes.text(nameEntry, "the column's name", block);
        long layers = size(block, fields, "layers", where, 1, 1_000, true);
        long dModel = size(block, fields, "d_model", where, 1, 100_000, true);
        long dFf = size(block, fields, "d_ff", where, 1, 1_000_000, true);
        long vocabulary = size(block, fields, "vocabulary", where, 0, 10_000_000, false);
        long positions = size(block, fields, "positions", where, 0, 1_000_000, false);
        if (name == null || layers < 0 || dModel < 0 || dFf < 0 || vocabulary < 0 || positions < 0) {
            return null;
        }
        return ParameterCount.of(name, (int) layers, dModel, dFf, vocabulary, positions);
    }

    private static long size(YamlBlock block, Fields fields, String key, String where, long min, long max, boolean required) {
        Entry entry = required ? fields.required(key, "a whole number") : fields.get(key);
        if (entry == null) {
            return required ? -1 : 0;
        }
        return OwnKeys.whole(block, entry.value(), entry.keyNode(), key + " of " + where, min, max, "");
    }

    private static List<String> parts() {
        List<String> parts = new ArrayList<>(ParameterCount.order().stream().map(Part::key).toList());
        parts.add("block");
        parts.add("blocks");
        parts.add("total");
        return List.copyOf(parts);
    }

    private record Parameters(String id, int idLine, boolean idDefaulted, String fingerprint, List<ParameterCount> columns,
            String caption) implements Computed {

        @Override
        public List<String> verbs() {
            return VERBS;
        }

        @Override
        public String reference(String verb, List<String> args, Consumer<String> problem) {
            if (verb.equals("size")) {
                Args a = new Args(id, args, problem, "{{size ID COLUMN " + String.join("|", SIZES) + "}}");
                int column = a.count(2, 2) ? a.whole(0, 1, columns.size(), "a column") : -1;
                int size = column < 0 ? -1 : a.choice(1, SIZES, "the sizes");
                if (size < 0) {
                    return null;
                }
                ParameterCount c = columns.get(column - 1);
                return ParametersFigure.grouped(switch (size) {
                    case 0 -> c.layers();
                    case 1 -> c.dModel();
                    case 2 -> c.dFf();
                    case 3 -> c.vocabulary();
                    default -> c.positions();
                });
            }
            boolean times = verb.equals("times");
            String parts = String.join("|", PARTS);
            Args a = new Args(id, args, problem, "{{" + verb + " ID COLUMN " + parts + (times ? " " + parts : "") + "}}");
            int column = a.count(times ? 3 : 2, times ? 3 : 2) ? a.whole(0, 1, columns.size(), "a column") : -1;
            int part = column < 0 ? -1 : a.choice(1, PARTS, "the parts");
            int other = part < 0 || !times ? part : a.choice(2, PARTS, "the parts");
            if (other < 0) {
                return null;
            }
            ParameterCount c = columns.get(column - 1);
            long count = count(c, part);
            return switch (verb) {
                case "count" -> ParametersFigure.grouped(count);
                case "millions" -> Numbers.fixed(count / 1e6, 1);
                case "share" -> Weights.percent((double) count / c.total());
                default -> count(c, other) == 0 ? nothing(problem) : Numbers.fixed((double) count / count(c, other), 1);
            };
        }

        private String nothing(Consumer<String> problem) {
            problem.accept("that part of '" + id + "' holds no numbers, so nothing is a number of times it; expected"
                    + " another part");
            return null;
        }

        private static long count(ParameterCount c, int part) {
            return switch (PARTS.get(part)) {
                case "block" -> c.block();
                case "blocks" -> c.layers() * c.block();
                case "total" -> c.total();
                default -> c.count(ParameterCount.order().get(part));
            };
        }

        @Override
        public Figure figure(String jsonFile) {
            return ParametersFigure.render(id, columns, caption, jsonFile);
        }
    }
}
