package io.github.attentioncourse.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Models;
import io.github.attentioncourse.model.Weights.Tensor;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scripts of the try boxes: the runner the build ships, and the one that carries a course model's weights. */
class ModelScriptsTest {

    private static final String START = "(window.COURSE_MODELS = window.COURSE_MODELS || []).push(";

    private static Model course;
    private static Model next;

    @BeforeAll
    static void load() {
        course = Models.load(FixtureCourse.projectRoot(), "course").value();
        next = Models.load(FixtureCourse.projectRoot(), "course-next").value();
    }

    private static JsonNode json(String script) throws IOException {
        int from = script.indexOf(START) + START.length();
        assertTrue(script.endsWith(");\n"), "one statement that adds the model to the list");
        return new ObjectMapper().readTree(script.substring(from, script.length() - 3));
    }

    /**
     * The build ships the try box's script without its comments and spaces, and nothing else: every
     * function keeps its name (a minifier that renames may also regroup arithmetic, which the
     * browser's sums must not), and the one comment left says where the source is.
     */
    @Test
    void theRunnerIsItsSourceWithoutCommentsOrSpaces() throws IOException {
        String source = Files.readString(FixtureCourse.projectRoot().resolve("generator/src/main/js/try.js"));
        String shipped = ModelScripts.runner();
        List<String> functions = Pattern.compile("function (\\w+)\\(").matcher(source).results().map(m -> m.group(1)).toList();
        assertAll(
                () -> assertTrue(shipped.length() < source.length() * 3 / 4, shipped.length() + " of " + source.length() + " bytes"),
                () -> assertTrue(shipped.startsWith("/*\n attention-course: the try box. Its source, with comments: generator/src/main/js/try.js"),
                        shipped.substring(0, 120)),
                () -> assertEquals(1, shipped.split("/\\*", -1).length - 1, "one comment"),
                () -> assertTrue(functions.size() > 40, functions.toString()),
                () -> assertEquals(List.of(), functions.stream().filter(f -> !shipped.contains("function " + f + "(")).toList(),
                        "functions renamed or gone"));
    }

    @Test
    void isTheSameBytesEveryTime() {
        assertEquals(ModelScripts.of(course), ModelScripts.of(course));
    }

    @Test
    void carriesTheTensorsTheAttentionOfEveryLayerNeedsExactly() throws IOException {
        JsonNode json = json(ModelScripts.of(course));
        List<String> names = new ArrayList<>();
        for (JsonNode tensor : json.get("tensors")) {
            String name = tensor.get(0).asText();
            names.add(name);
            Tensor expected = course.weights().tensors().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
            assertEquals(expected.values().numRows, tensor.get(1).asInt(), name);
            assertEquals(expected.values().numCols, tensor.get(2).asInt(), name);
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(tensor.get(3).asText()));
            double[] decoded = new double[expected.values().getNumElements()];
            for (int i = 0; i < decoded.length; i++) {
                decoded[i] = bytes.getFloat();
            }
            assertArrayEquals(expected.values().data, decoded, 0.0, name);
            assertEquals(0, bytes.remaining(), name);
        }
        // one block: after its attention weights nothing is needed, not even its values
        assertEquals(List.of("token_embedding", "position_embedding", "block1.norm1.gain", "block1.norm1.bias",
                "block1.head1.w_q", "block1.head1.w_k", "block1.head2.w_q", "block1.head2.w_k"), names);
    }

    @Test
    void saysWhatTheBrowserNeedsToReadASentence() throws IOException {
        JsonNode json = json(ModelScripts.of(course));
        assertEquals("course", json.get("name").asText());
        assertEquals(String.join(" ", course.vocabulary().words()), json.get("vocabulary").asText());
        assertEquals("[MASK]", json.get("maskToken").asText());
        assertEquals(12, json.get("context").asInt());
        assertEquals(false, json.get("causal").asBoolean());
        assertEquals(true, json(ModelScripts.of(next)).get("causal").asBoolean(), "the next-word model reads with the causal mask");
        assertEquals("<1%", json.get("style").get("almostNone").asText(), "the charts' style comes along");
    }
}
