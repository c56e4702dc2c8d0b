package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.authoring.Problems;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.example.EngineInputs;
import io.github.attentioncourse.example.ExampleParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<String, Integer> idLines = new LinkedHashMap<>();
        int ordinal = 0;
        for (FencedCodeBlock block : blocks(document, INFO)) {
            ordinal++;
            int fenceLine = problems.fileLine(block.getStartLineNumber());
            String text = block.getContentChars().toString();
            ExampleParser.Parsed parsed = ExampleParser.parse(text, problems.file(), fenceLine, "example-" + ordinal);
            problems.addAll(parsed.errors());
            if (parsed.spec() == null) {
                computed.add(null);
                continue;
            }
            String id = parsed.spec().id();
            Integer first = idLines.putIfAbsent(id, fenceLine);
            if (first != null) {
                problems.atLine(fenceLine, "duplicate example id '" + id + "' (first used on line " + first
                        + "); expected every id in a lesson to be unique");
                computed.add(null);
                continue;
            }
            ComputedExample example = new ComputedExample(parsed.spec(), Attention.compute(EngineInputs.of(parsed.spec())), text);
            computed.add(example);
            byId.put(id, example);
        }
        return computed;
    }
}
