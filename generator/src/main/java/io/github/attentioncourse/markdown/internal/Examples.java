package io.github.attentioncourse.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.authoring.Problems;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.example.EngineInputs;
import io.github.attentioncourse.example.ExampleParser;
import io.github.attentioncourse.example.ExampleSpec;
import io.github.attentioncourse.example.ModelCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a lesson's {@code attention} blocks, parses them and runs the engine on each. */
public final class Examples {

    public static final String INFO = "attention";

    private Examples() {
    }

    /** The blocks of a document in order, whatever their content. */
    public static List<FencedCodeBlock> blocks(Document document, String info) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        collect(document, info, blocks);
        return blocks;
    }

    private static void collect(Node node, String info, List<FencedCodeBlock> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock block && info.equals(infoWord(block))) {
                into.add(block);
            }
            collect(child, info, into);
        }
    }

    /** The first word of a fence's info string. */
    public static String infoWord(FencedCodeBlock block) {
        String info = block.getInfo().toString().trim();
        int space = info.indexOf(' ');
        return space < 0 ? info : info.substring(0, space);
    }

    /**
     * Parses and computes every attention block. The list has one entry per block in document
     * order, {@code null} where the block has errors; the map holds the good ones by id.
     */
    public static List<ComputedExample> compute(Document document, Problems problems, Map<String, ComputedExample> byId) {
        List<ComputedExample> computed = new ArrayList<>();
        Map<String, ExampleSpec> firstById = new HashMap<>();
        int ordinal = 0;
        for (FencedCodeBlock block : blocks(document, INFO)) {
            ordinal++;
            int fenceLine = problems.fileLine(block.getStartLineNumber());
            String text = block.getContentChars().toString();
            ExampleParser.Parsed parsed = ExampleParser.parse(text, problems.file(), fenceLine, "example-" + ordinal, ModelCatalog.NONE);
            problems.addAll(parsed.errors());
            if (parsed.spec() == null) {
                computed.add(null);
                continue;
            }
            ExampleSpec spec = parsed.spec();
            ExampleSpec first = firstById.putIfAbsent(spec.id(), spec);
            if (first != null) {
                problems.atLine(spec.idLine(), duplicateId(spec, first));
                computed.add(null);
                continue;
            }
            ComputedExample example = new ComputedExample(spec, Attention.compute(EngineInputs.of(spec)), text);
            computed.add(example);
            byId.put(spec.id(), example);
        }
        return computed;
    }

    /** Said at the later block's {@code id:} line, or at its fence when it has none and took the default. */
    private static String duplicateId(ExampleSpec later, ExampleSpec first) {
        String earlier = (first.idDefaulted() ? "the default id of the block on line " : "first used on line ") + first.idLine();
        if (later.idDefaulted()) {
            return "this block has no id and its default id '" + later.id() + "' is taken (" + earlier
                    + "); expected every id in a lesson to be unique, so give this block an id";
        }
        return "duplicate example id '" + later.id() + "' (" + earlier + "); expected every id in a lesson to be unique";
    }
}
