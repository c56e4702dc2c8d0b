package io.github.attentioncourse.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.chart.ChartStyle;
import io.github.attentioncourse.figure.TryFigure;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.model.Result;
import io.github.attentioncourse.model.TensorCodec;
import io.github.attentioncourse.model.Tokenizer;
import io.github.attentioncourse.model.Weights.Tensor;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The scripts of the try boxes, which run a course model in the reader's browser: the runner,
 * {@value #RUNNER}, which every page loads, and each model as a script beside the pages
 * ({@link TryFigure#scriptPath}). A model is a script, not JSON, because a page opened from disk
 * cannot fetch() a file but can load a script. It adds the model to the list {@code window.COURSE_MODELS}:
 * its shape, its vocabulary, the tensors the attention of every layer needs (float32 in base64, as
 * weights.txt holds them), and the charts' style ({@link ChartStyle}), so that the browser draws
 * as the bake does.
 */
final class ModelScripts {

    /** Where the pages load the script that runs the models (templates/layout.ftl). */
    static final String RUNNER = "js/try.js";
    private static final JsonFactory FACTORY = new JsonFactory();
    /** After its last block's attention weights the box needs nothing: not that block's values, W_O or feed-forward, nor the output layer. */
    private static final Pattern LAST_BLOCK_NEEDS = Pattern.compile("norm1\\.(gain|bias)|head\\d+\\.w_[qk]");

    private ModelScripts() {
    }

    /** Writes the try box's script, and the script of every model of the course, into the site at {@code root}. */
    static void writeAll(Path root, CourseModels models) {
        OutputFolder.write(root.resolve(RUNNER), runner());
        for (String name : models.names()) {
            Result<Model> model = models.get(name).orElseThrow();
            if (model.ok()) {
                OutputFolder.write(root.resolve(TryFigure.scriptPath(name)), of(model.value()));
            }
        }
    }

    /**
     * The script as the generator's build left it beside this class: generator/src/main/js/try.js
     * without its comments and spaces (generator/pom.xml, execution ship-try-script).
     */
    static String runner() {
        try (InputStream in = ModelScripts.class.getResourceAsStream("try.js")) {
            if (in == null) {
                throw new IllegalStateException("the generator was built without the try box's script (try.js beside ModelScripts);"
                        + " build it with Maven, whose process-resources phase writes it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the generator's own try.js", e);
        }
    }

    static String of(Model model) {
        StringWriter out = new StringWriter(32 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("name", model.name());
            json.writeBooleanField("causal", model.mask().name().equals("causal"));
            json.writeNumberField("layers", model.config().architecture().layers());
            json.writeNumberField("heads", model.config().architecture().heads());
            json.writeNumberField("context", model.config().architecture().context());
            json.writeStringField("maskToken", Tokenizer.MASK);
            // one string, as weights.txt writes it: the model's words never hold a space
            json.writeStringField("vocabulary", String.join(" ", model.vocabulary().words()));
            json.writeArrayFieldStart("tensors");
            String lastBlock = "block" + model.config().architecture().layers() + ".";
            for (Tensor t : model.weights().tensors()) {
                boolean needed = t.name().startsWith(lastBlock)
                        ? LAST_BLOCK_NEEDS.matcher(t.name().substring(lastBlock.length())).matches()
                        : t.name().startsWith("block") || t.name().endsWith("_embedding");
                if (needed) {
                    json.writeStartArray();
                    json.writeString(t.name());
                    json.writeNumber(t.values().numRows);
                    json.writeNumber(t.values().numCols);
                    json.writeString(TensorCodec.encode(t.values()));
                    json.writeEndArray();
                }
            }
            json.writeEndArray();
            json.writeFieldName("style");
            ChartStyle.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return "/* A course model for the try boxes (js/try.js), written by the bake. */\n"
                + "(window.COURSE_MODELS = window.COURSE_MODELS || []).push(" + out + ");\n";
    }
}
