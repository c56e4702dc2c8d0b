package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A figure's numbers as one pretty-printed JSON object, written with Jackson's streaming generator. */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the fields of the object. */
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    /** The object, ending with a newline. */
    static String object(Fields fields) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.append('\n').toString();
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static void numbers(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeFieldName(field);
        numbers(json, values);
    }

    static void numbers(JsonGenerator json, double[] values) throws IOException {
        json.writeStartArray();
        for (double value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }

    /** A matrix as an array of rows. */
    static void rows(JsonGenerator json, String field, double[][] rows) throws IOException {
        json.writeArrayFieldStart(field);
        for (double[] row : rows) {
            numbers(json, row);
        }
        json.writeEndArray();
    }
}
