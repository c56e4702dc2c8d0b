package io.github.attentioncourse.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.example.EngineInputs;
import io.github.attentioncourse.example.ExampleParser;
import io.github.attentioncourse.example.ExampleSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds a lesson's computed blocks ({@code attention}, {@code heads}, …), reads each, and computes
 * it. Their ids share one namespace, since a reference names a block by its id alone.
 */
public final class ComputedBlocks {

    /** Reads and computes one kind of block. */
    interface Compute {

        /** The block computed, or null once its mistakes are reported into {@code problems}. */
        Computed compute(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models);
    }

    /** One kind of computed block: how to compute it, and the verbs prose may use with it. */
    private record Kind(Compute compute, List<String> verbs) {
    }

    /** Every kind, by its fence's info word. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("attention", new Kind(ComputedBlocks::attention, ComputedExample.VERBS)),
            Map.entry(HeadsBlock.INFO, new Kind(HeadsBlock::compute, HeadsBlock.VERBS)),
            Map.entry(TrainingBlock.INFO, new Kind(TrainingBlock::compute, TrainingBlock.VERBS)),
            Map.entry(TryBlock.INFO, new Kind(TryBlock::compute, TryBlock.VERBS)),
            // Module 1, from words to vectors: what a model reads and what it learns first.
            Map.entry(TokensBlock.INFO, new Kind(TokensBlock::compute, TokensBlock.VERBS)),
            Map.entry(EmbeddingsBlock.INFO, new Kind(EmbeddingsBlock::compute, EmbeddingsBlock.VERBS)),
            Map.entry(PredictionsBlock.INFO, new Kind(PredictionsBlock::compute, PredictionsBlock.VERBS)),
            Map.entry(ClassifierBlock.INFO, new Kind(ClassifierBlock::compute, ClassifierBlock.VERBS)),
            Map.entry(DescentBlock.INFO, new Kind(DescentBlock::compute, DescentBlock.VERBS)),
            // Module 3, the transformer block: a sentence of a course model through each of its parts.
            Map.entry(ResidualBlock.INFO, new Kind(ResidualBlock::compute, ResidualBlock.VERBS)),
            Map.entry(LayerNormBlock.INFO, new Kind(LayerNormBlock::compute, LayerNormBlock.VERBS)),
            Map.entry(FeedForwardBlock.INFO, new Kind(FeedForwardBlock::compute, FeedForwardBlock.VERBS)),
            Map.entry(OutputBlock.INFO, new Kind(OutputBlock::compute, OutputBlock.VERBS)),
            Map.entry(CheckpointsBlock.INFO, new Kind(CheckpointsBlock::compute, CheckpointsBlock.VERBS)),
            Map.entry(PatternsBlock.INFO, new Kind(PatternsBlock::compute, PatternsBlock.VERBS)),
            Map.entry(ParametersBlock.INFO, new Kind(ParametersBlock::compute, ParametersBlock.VERBS)),
            Map.entry(ComplexityBlock.INFO, new Kind(ComplexityBlock::compute, ComplexityBlock.VERBS)));

    private ComputedBlocks() {
    }

    /** Whether a fence's info word names a computed block, whose figure the lesson's figures hold. */
    public static boolean isComputed(String info) {
        return KINDS.containsKey(info);
    }

    /** Every verb of every kind, sorted, for the message about a reference with an unknown verb. */
    static Set<String> verbs() {
        Set<String> verbs = new TreeSet<>(List.of(Comparison.VERB));
        KINDS.values().forEach(kind -> verbs.addAll(kind.verbs()));
        return verbs;
    }

    /** The blocks of a document in order, whatever their content. */
    public static List<FencedCodeBlock> blocks(Document document, String info) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        collect(document, List.of(info), blocks);
        return blocks;
    }

    private static void collect(Node node, List<String> infos, List<FencedCodeBlock> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock block && infos.contains(infoWord(block))) {
                into.add(block);
            }
            collect(child, infos, into);
        }
    }

    /** The first word of a fence's info string. */
    public static String infoWord(FencedCodeBlock block) {
        String info = block.getInfo().toString().trim();
        int space = info.indexOf(' ');
        return space < 0 ? info : info.substring(0, space);
    }

    /**
     * Reads and computes every computed block. The list has one entry per block in document
     * order, {@code null} where the block has errors; the map holds the good ones by id. A block
     * without an id takes its kind's default, numbered by kind: example-1, heads-1, …
     */
    public static List<Computed> compute(Document document, Problems problems, Map<String, Computed> byId,
            ModelExamples models) {
        List<FencedCodeBlock> fences = new ArrayList<>();
        collect(document, List.copyOf(KINDS.keySet()), fences);
        List<Computed> computed = new ArrayList<>();
        Map<String, Integer> ordinals = new HashMap<>();
        Map<String, Computed> first = new LinkedHashMap<>();
        for (FencedCodeBlock fence : fences) {
            String info = infoWord(fence);
            int ordinal = ordinals.merge(info, 1, Integer::sum);
            String defaultId = (info.equals("attention") ? "example" : info) + "-" + ordinal;
            int fenceLine = problems.fileLine(fence.getStartLineNumber());
            Computed block = KINDS.get(info).compute().compute(fence.getContentChars().toString(), fenceLine, defaultId, problems, models);
            Computed earlier = block == null ? null : first.putIfAbsent(block.id(), block);
            if (earlier != null) {
                problems.atLine(block.idLine(), duplicateId(block, earlier));
                block = null;
            }
            computed.add(block);
            if (block != null) {
                byId.put(block.id(), block);
            }
        }
        return computed;
    }

    private static Computed attention(String text, int fenceLine, String defaultId, Problems problems, ModelExamples models) {
        ExampleParser.Parsed parsed = ExampleParser.parse(text, problems.file(), fenceLine, defaultId, models);
        problems.addAll(parsed.errors());
        ExampleSpec spec = parsed.spec();
        if (spec == null) {
            return null;
        }
        return spec.fromModel()
                ? new ComputedExample(spec, models.trace(spec), text + '\0' + models.fingerprint(spec), models.source(spec))
                : new ComputedExample(spec, Attention.compute(EngineInputs.of(spec)), text, null);
    }

    /** Said at the later block's {@code id:} line, or at its fence when it has none and took the default. */
    private static String duplicateId(Computed later, Computed first) {
        String earlier = (first.idDefaulted() ? "the default id of the block on line " : "first used on line ") + first.idLine();
        if (later.idDefaulted()) {
            return "this block has no id and its default id '" + later.id() + "' is taken (" + earlier
                    + "); expected every id in a lesson to be unique, so give this block an id";
        }
        return "duplicate example id '" + later.id() + "' (" + earlier + "); expected every id in a lesson to be unique";
    }
}
