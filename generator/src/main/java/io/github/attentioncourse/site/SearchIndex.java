package io.github.attentioncourse.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.attentioncourse.site.compile.Parallel;
import io.github.attentioncourse.site.course.Course;
import io.github.attentioncourse.site.course.Lesson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /** One lesson's entry, and the module it was listed under. */
    record Entry(String module, String json) {
    }

    static String of(Course course) {
        return of(course, new IdentityHashMap<>());
    }

    /**
     * As {@link #of(Course)}, taking from {@code entries} the entry of every lesson that is still
     * the same object in the same module (a rebuild keeps unchanged lessons), and leaving there
     * this course's entries: parsing every lesson again made each rebuild grow with the course.
     */
    static String of(Course course, Map<Lesson, Entry> entries) {
        Map<Lesson, Entry> before = new IdentityHashMap<>(entries);
        entries.clear();
        List<Lesson> lessons = course.sequence();
        // Lessons are parsed side by side; their entries are written in the course's order.
        List<Entry> made = Parallel.map(lessons, lesson -> {
            Course.Module module = course.moduleOf(lesson);
            String label = "Module " + module.number() + " · " + module.title();
            Entry entry = before.get(lesson);
            return entry != null && entry.module().equals(label) ? entry : new Entry(label, entry(lesson, label));
        }, entry -> { });
        StringBuilder out = new StringBuilder(64 * 1024).append("window.COURSE_SEARCH = [");
        for (int i = 0; i < lessons.size(); i++) {
            entries.put(lessons.get(i), made.get(i));
            out.append(i == 0 ? "" : ",").append(made.get(i).json());
        }
        return out.append("];\n").toString();
    }

    private static String entry(Lesson lesson, String module) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, lesson, module);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Lesson lesson, String module) throws IOException {
        Document body = Jsoup.parseBodyFragment(without("table", without("svg", lesson.rendered().html())));
        json.writeStartObject();
        json.writeStringField("title", lesson.title());
        json.writeStringField("url", lesson.uri());
        json.writeStringField("module", module);
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

    /**
     * The HTML without the elements named {@code tag}, which the index leaves out anyway: charts
     * and tables are most of a lesson's HTML, and parsing it is most of the index's cost. Neither
     * is ever nested in itself in a lesson.
     */
    private static String without(String tag, String html) {
        String open = "<" + tag;
        String close = "</" + tag + ">";
        StringBuilder kept = new StringBuilder(html.length());
        int from = 0;
        for (int start = html.indexOf(open, from); start >= 0; start = html.indexOf(open, from)) {
            int end = html.indexOf(close, start);
            if (end < 0) {
                break;
            }
            kept.append(html, from, start);
            from = end + close.length();
        }
        return kept.append(html, from, html.length()).toString();
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
