package io.github.attentioncourse.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The offline search index: every published lesson's title, slide headings, key concepts and
 * text, as a script that assigns {@code window.COURSE_SEARCH}. A script, not JSON, because pages
 * opened from disk cannot fetch() a file but can load a script.
 */
final class SearchIndex {

    static final String FILE = "search-index.js";
    private static final int TEXT_LIMIT = 4000;
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafe());

    private SearchIndex() {
    }

    static String of(Course course) {
        StringWriter out = new StringWriter(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (Lesson lesson : course.sequence()) {
                write(json, course, lesson);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return "window.COURSE_SEARCH = " + out + ";\n";
    }

    private static void write(JsonGenerator json, Course course, Lesson lesson) throws IOException {
        Document body = Jsoup.parseBodyFragment(lesson.rendered().html());
        json.writeStartObject();
        json.writeStringField("title", lesson.title());
        json.writeStringField("url", lesson.uri());
        Course.Module module = course.moduleOf(lesson);
        json.writeStringField("module", "Module " + module.number() + " · " + module.title());
        json.writeStringField("summary", lesson.header().values().getOrDefault("summary", ""));
        json.writeArrayFieldStart("headings");
        for (Element heading : body.select("h2[id], h3[id]")) {
            json.writeStartObject();
            // A slide's heading is reached through its slide, which the slide script then shows.
            Element slide = heading.parent();
            json.writeStringField("id", slide != null && slide.hasClass("slide") ? slide.id() : heading.id());
            json.writeStringField("text", heading.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("concepts");
        for (Element term : body.select(".concept dt")) {
            json.writeString(term.text());
        }
        json.writeEndArray();
        // Numbers tables and chart labels would drown the prose; the walk-through's words stay.
        body.select("svg, table, .picker-tabs, .slide-count").remove();
        String text = body.text();
        // Cut by code points, so that an emoji is never split in half.
        boolean longer = text.codePointCount(0, text.length()) > TEXT_LIMIT;
        json.writeStringField("text", longer ? text.substring(0, text.offsetByCodePoints(0, TEXT_LIMIT)) : text);
        json.writeEndObject();
    }

    /** Escapes {@code <} so that no text in the index can ever close a script element. */
    private static final class ScriptSafe extends CharacterEscapes {

        private final int[] escapes;

        ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializedString getEscapeSequence(int ch) {
            return ch == '<' ? new SerializedString("\\u003c") : null;
        }
    }
}
