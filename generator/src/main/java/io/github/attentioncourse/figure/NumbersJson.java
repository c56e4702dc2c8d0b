package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.example.ExampleSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * An example's numbers as JSON, with exactly the fields of the authoring contract: matrices as
 * arrays of rows, masked {@code scaled} entries as {@code null}. Additive scores add each head's
 * {@code v_a}; rotary embeddings add {@code rope_base} and each head's {@code q_rotated} and
 * {@code k_rotated}.
 */
final class NumbersJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private NumbersJson() {
    }

    static String of(ExampleSpec spec, AttentionTrace trace) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("id", spec.id());
            strings(json, "tokens", spec.tokens());
            matrix(json, "inputs", trace.input().queryInputs());
            if (spec.isCrossAttention()) {
                strings(json, "context_tokens", spec.contextTokens());
                matrix(json, "context_inputs", trace.input().keyValueInputs());
            }
            json.writeNumberField("scale", trace.scale());
            json.writeStringField("mask", trace.input().mask().name());
            if (trace.input().rotary() != null) {
                json.writeNumberField("rope_base", trace.input().rotary().base());
            }
            json.writeArrayFieldStart("heads");
            for (HeadTrace head : trace.heads()) {
                json.writeStartObject();
                matrix(json, "w_q", head.wQ());
                matrix(json, "w_k", head.wK());
                matrix(json, "w_v", head.wV());
                matrix(json, "q", head.q());
                matrix(json, "k", head.k());
                matrix(json, "v", head.v());
                if (head.vA() != null) {
                    json.writeArrayFieldStart("v_a");
                    for (int c = 0; c < head.vA().getNumElements(); c++) {
                        json.writeNumber(head.vA().get(c));
                    }
                    json.writeEndArray();
                }
                if (head.qRotated() != null) {
                    matrix(json, "q_rotated", head.qRotated());
                    matrix(json, "k_rotated", head.kRotated());
                }
                matrix(json, "scores", head.scores());
                matrix(json, "scaled", head.scaled());
                matrix(json, "weights", head.weights());
                matrix(json, "output", head.output());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (trace.input().wO() != null) {
                matrix(json, "w_o", trace.input().wO());
            }
            matrix(json, "output", trace.output());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.append('\n').toString();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void matrix(JsonGenerator json, String field, DMatrixRMaj m) throws IOException {
        json.writeArrayFieldStart(field);
        for (int i = 0; i < m.numRows; i++) {
            json.writeStartArray();
            for (int j = 0; j < m.numCols; j++) {
                double value = m.get(i, j);
                if (Double.isInfinite(value)) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }
}
