package io.github.attentioncourse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.model.ForwardTrace;
import io.github.attentioncourse.model.Model;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The try block on the course's model: the box it bakes, the numbers it publishes, the mistakes it refuses. */
class TryBlockTest {

    private static final CourseModels MODELS = CourseModels.of(FixtureCourse.projectRoot());
    private static final RenderContext COURSE = new RenderContext(null, MODELS);

    private static RenderedLesson render(String body) {
        return CourseMarkdown.render("content/m/01-x.md", 10, body, "01-x", null, COURSE);
    }

    @Test
    void bakesTheBoxHiddenBehindOneLineThatSaysWhatItOffers() {
        RenderedLesson lesson = render("## S\n\n```try\nid: mine\nmodel: course\nsentence: The Animal was  tired\ncaption: Try <b>it</b>.\n```\n");
        assertEquals(List.of(), lesson.errors());
        Element figure = Jsoup.parseBodyFragment(lesson.html()).selectFirst("figure[data-try]");
        assertEquals("try-mine", figure.id());
        assertEquals("course", figure.attr("data-model"));
        assertEquals("models/course.weights.js", figure.attr("data-script"));
        assertEquals("the animal was tired", figure.attr("data-start"), "split and lower-cased as the model reads it");
        assertTrue(figure.selectFirst(".try-offer").text().startsWith("With JavaScript on, a box here lets you type"));
        assertTrue(figure.selectFirst(".try-box").hasAttr("hidden"), "the box waits for the script");
        assertEquals("the animal was tired", figure.selectFirst("input").val());
        assertEquals("Try <b>it</b>.", figure.selectFirst(".try-caption").text(), "the caption stays text");
        assertEquals(0, lesson.charts(), "the browser draws the charts");
        assertEquals(List.of("01-x.mine.json"), lesson.examples().stream().map(RenderedLesson.ExampleFile::fileName).toList());
    }

    @Test
    void publishesTheStartingSentencesWeightsAsTheJavaModelComputesThem() throws IOException {
        RenderedLesson lesson = render("## S\n\n```try\nmodel: course\n```\n");
        assertEquals(List.of(), lesson.errors());
        Model model = MODELS.get("course").orElseThrow().value();
        List<String> words = model.corpus().heldOut().get(0).words();
        JsonNode json = new ObjectMapper().readTree(lesson.examples().get(0).json());
        assertEquals("try-1", json.get("id").asText(), "the kind's default id");
        List<String> published = new ArrayList<>();
        json.get("words").forEach(word -> published.add(word.asText()));
        assertEquals(words, published);
        ForwardTrace trace = model.forward(model.weights(), words);
        JsonNode attention = json.get("attention");
        assertEquals(model.config().architecture().heads(), attention.size());
        for (JsonNode head : attention) {
            HeadTrace expected = trace.layers().get(head.get("layer").asInt() - 1).attention().heads()
                    .get(head.get("head").asInt() - 1);
            for (int i = 0; i < words.size(); i++) {
                for (int j = 0; j < words.size(); j++) {
                    assertEquals(expected.weights().get(i, j), head.get("weights").get(i).get(j).asDouble(), 0.0);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown word  | model: course\\nsentence: the animal was tird\\n        | 14 | model course cannot read this sentence: the model does not know 'tird' (closest: bird, tired, birds)
            too long      | model: course\\nsentence: the dog was near the road and it was too tired and hungry\\n | 14 | model course cannot read this sentence: the sentence has 13 words; expected at most 12
            no words      | model: course\\nsentence: ' '\\n                        | 14 | sentence has no value
            unknown model | model: gpt\\n                                          | 13 | there is no model 'gpt'; expected one of: course
            no model      | sentence: the dog\\n                                   | 13 | the try block is missing 'model'
            unknown key   | model: course\\nlayer: 1\\n                           | 14 | unknown key 'layer' in the try block
            """)
    void reportsMistakesAtTheirLine(String name, String text, int line, String message) {
        List<ContentError> errors = render("## S\n\n```try\n" + text.replace("\\n", "\n") + "```\n").errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.message().startsWith(message)), name + ": " + errors);
    }

    @Test
    void aReferenceToABoxSaysItHasNoNumbers() {
        List<ContentError> errors = render("## S\n\n```try\nid: mine\nmodel: course\n```\n\n{{percent mine the dog}}\n").errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("'mine' has no percent; expected a reference to a block with numbers: 'mine' has none to refer to",
                errors.get(0).message());
    }
}
