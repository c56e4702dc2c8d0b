package io.github.attentioncourse.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A figure's numbers as one JSON object: matrices as arrays of rows, vectors as arrays, every
 * number in full (Jackson writes the shortest text that reads back as the same double). Objects
 * are indented, arrays kept on one line: a matrix of a thousand numbers is a line, not a thousand.
 */
final class FigureJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the fields of the object. */
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private FigureJson() {
    }

    /** The object whose fields {@code body} writes, pretty-printed, ending with a newline. */
    static String object(Body body) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance));
            json.writeStartObject();
            body.write(json);
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

    static void matrix(JsonGenerator json, String field, DMatrixRMaj m) throws IOException {
        json.writeFieldName(field);
        rows(json, m);
    }

    /** A matrix as an array of rows, in an array or as a field's value. */
    static void rows(JsonGenerator json, DMatrixRMaj m) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < m.numRows; i++) {
            json.writeStartArray();
            for (int j = 0; j < m.numCols; j++) {
                json.writeNumber(m.get(i, j));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** A 1×k matrix, or one row of a matrix, as a flat array. */
    static void row(JsonGenerator json, String field, DMatrixRMaj m, int row) throws IOException {
        json.writeArrayFieldStart(field);
        for (int j = 0; j < m.numCols; j++) {
            json.writeNumber(m.get(row, j));
        }
        json.writeEndArray();
    }

    static void vector(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (double value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }

    /** A matrix given as rows, as an array of rows. */
    static void rows(JsonGenerator json, String field, double[][] rows) throws IOException {
        json.writeArrayFieldStart(field);
        for (double[] row : rows) {
            json.writeStartArray();
            for (double value : row) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }
}
