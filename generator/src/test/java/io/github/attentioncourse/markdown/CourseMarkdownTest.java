package io.github.attentioncourse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.testing.FixtureCourse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown features as input → expected HTML pairs, and their errors at file:line. */
class CourseMarkdownTest {

    private static final String EXAMPLE = """
            ```attention
            id: ex
            sentence: a b
            embeddings:
              a: [1, 0]
              b: [0, 1]
            w_q: [[1, 0], [0, 1]]
            w_k: [[1, 0], [0, 1]]
            w_v: [[1, 0], [0, 1]]
            show: steps
            ```
            """;

    private static RenderedLesson render(String body) {
        return CourseMarkdown.render("content/m/01-x.md", 10, body, "01-x", null, RenderContext.none());
    }

    private static String html(String body) {
        RenderedLesson lesson = render(body);
        assertEquals(List.of(), lesson.errors());
        return lesson.html();
    }

    @Test
    void headingsOfLevelTwoOpenSlidesUntilAThematicBreak() {
        assertEquals("<div class=\"lesson-intro\">\n<p>Intro</p>\n</div><div class=\"slides\" data-slides>"
                        + "<section class=\"slide\" id=\"slide-1\" aria-labelledby=\"slide-1-title\">"
                        + "<p class=\"slide-count\">Slide 1 of 1</p><h2 id=\"slide-1-title\">One</h2>\n"
                        + "<p>Text</p>\n</section></div><div class=\"lesson-after\">\n<h2 id=\"after\">After</h2>\n</div>\n",
                html("Intro\n\n## One\n\nText\n\n---\n\n## After\n"));
    }

    @Test
    void githubAlertsBecomeCallouts() {
        assertEquals("<div class=\"lesson-intro\"><div class=\"callout callout-tip\" role=\"note\" aria-label=\"Tip\"><p class=\"callout-title\" aria-hidden=\"true\">"
                        + "Tip</p>\n<p>Remember this.</p>\n</div></div>\n",
                html("> [!TIP]\n> Remember this.\n"));
        assertTrue(html("> Just a quote.\n").contains("<blockquote>"));
    }

    @Test
    void referencesBecomeNumbersButNotInsideCode() {
        String html = html("## S\n\n" + EXAMPLE + "\nb to a: {{percent ex b a}}, {{weight ex b a}}, {{score ex b a}}; `{{percent ex b a}}`\n");
        assertTrue(html.contains("b to a: 33%, 0.33, 0.00;"), html);
        assertTrue(html.contains("<code>{{percent ex b a}}</code>"));
    }

    @Test
    void referenceErrorsNameTheirLine() {
        List<ContentError> errors = render("## S\n\n" + EXAMPLE
                + "\n\n{{percent nope b a}}\n{{weight ex b zz}}\n{{median ex b a}}\n{{mean ex b a}}\n").errors();
        assertEquals(List.of(25, 26, 27, 28), errors.stream().map(ContentError::line).toList());
        assertTrue(errors.get(0).message().contains("unknown example 'nope'"));
        assertTrue(errors.get(1).message().contains("'zz' is not a key token"));
        assertTrue(errors.get(2).message().startsWith("unknown reference 'median'; expected one of "), errors.get(2).message());
        assertTrue(errors.get(2).message().contains("percent"), errors.get(2).message());
        assertEquals("'ex' has no mean; expected one of percent, weight, score, top, vector", errors.get(3).message());
    }

    @Test
    void vectorReferencesWriteAnEmbeddingAsItsBlockDoes() {
        String html = html("## S\n\n" + EXAMPLE.replace("a: [1, 0]", "a: [1.5, -0.25]")
                + "\na = {{vector ex a}}, b = {{vector ex b#1}}\n");
        assertTrue(html.contains("a = [1.5, -0.25], b = [0, 1]"), html);
    }

    @Test
    void compareReferencesSayHowOneShownNumberStandsToAnother() {
        // a gives itself 67% and b gives a 33%; a head number may follow each key.
        String html = html("## S\n\n" + EXAMPLE + "\n{{compare percent ex a a ex b a}}; {{compare weight ex b a 1 ex a a}};"
                + " {{compare score ex a a ex b b 1}}; {{compare percent ex a a 1 ex b b 1}}\n");
        assertTrue(html.contains("34 percentage points higher than; 0.34 lower than; the same as; the same as"), html);
    }

    @Test
    void vectorAndCompareErrorsNameTheirLine() {
        List<ContentError> errors = render("## S\n\n" + EXAMPLE + "\n\n{{vector ex zz}}\n{{vector ex}}\n"
                + "{{compare mean ex a a ex b a}}\n{{compare percent ex a a ex b}}\n{{compare percent ex a a 2 ex b a}}\n"
                + "{{compare score ex a zz ex b a}}\n").errors();
        assertEquals(List.of(25, 26, 27, 28, 29, 30), errors.stream().map(ContentError::line).toList());
        assertTrue(errors.get(0).message().contains("'zz' is not a token of example 'ex'; expected one of [a, b]"),
                errors.get(0).message());
        assertTrue(errors.get(1).message().contains("has 1 argument; expected {{vector ID TOKEN}}"), errors.get(1).message());
        assertTrue(errors.get(2).message().contains("'mean' is not a number to compare; expected percent, weight or score"));
        assertTrue(errors.get(3).message().contains("has 6 arguments; expected {{compare percent|weight|score"));
        assertTrue(errors.get(4).message().contains("'2' is not a head of example 'ex'; expected a head number from 1 to 1"));
        assertTrue(errors.get(5).message().contains("'zz' is not a key token of example 'ex'"));
    }

    @Test
    void additiveAndRotaryExamplesShowHowTheirScoresAreMade() {
        String additive = html("## S\n\n" + EXAMPLE.replace("show: steps", "score: additive\nv_a: [1, -1]\nshow: steps"));
        assertTrue(additive.contains("<th scope=\"col\">tanh(q + k)</th>"), additive);
        assertTrue(additive.contains("weigh the results with v<sub>a</sub> = [1.00, -1.00]"), additive);
        assertTrue(additive.contains("Additive scores are not scaled"), additive);
        assertTrue(additive.contains("Scores v<sub>a</sub><sup>T</sup> tanh(q + k)"), additive);
        String rotary = html("## S\n\n" + EXAMPLE.replace("show: steps", "positional: rope\nshow: steps"));
        assertTrue(rotary.contains("<th scope=\"col\">q̃ · k̃</th>"), rotary);
        assertTrue(rotary.contains("“b” stands at position 1, so q̃ = [-0.84, 0.54]"), rotary);
        assertTrue(rotary.contains("K̃: each key turned by its position (RoPE)"), rotary);
    }

    @Test
    void ropeAndAdditiveMistakesAreReportedAtTheirKeys() {
        List<ContentError> errors = render("## S\n\n" + EXAMPLE.replace("show: steps", "score: additive\npositional: rope")).errors();
        assertEquals(List.of(12, 22), errors.stream().map(ContentError::line).toList(), errors.toString());
    }

    @Test
    void quizRendersLetteredOptionsWithTheAnswerBehindADisclosure() {
        String html = html("```quiz\nquestion: Q <b>?</b>\noptions:\n  - one\n  - two\nanswer: A\nexplanation: Because.\n```\n");
        assertTrue(html.contains("<p class=\"quiz-question\" id=\"quiz-1-question\">Q &lt;b&gt;?&lt;/b&gt;</p>"), html);
        assertTrue(html.contains("data-letter=\"A\" data-correct>one</button>"));
        assertTrue(html.contains("<details class=\"quiz-answer\"><summary>Show the answer</summary><p><strong>A.</strong> Because.</p>"));
    }

    @Test
    void quizErrorsNameTheLineOfTheKey() {
        List<ContentError> errors = render("```quiz\nquestion: Q\noptions:\n  - one\n  - two\nanswer: E\nexplanation: E.\n```\n").errors();
        assertEquals(1, errors.size());
        assertEquals(15, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("expected a letter from A to B"));
    }

    @Test
    void conceptsRenderAsADefinitionListWithTheirIconsDrawn() {
        String cycle = Icons.named("cycle").svg();
        assertTrue(cycle.startsWith("<svg class=\"icon icon-cycle\" viewBox=\"0 0 24 24\"") && cycle.contains("aria-hidden=\"true\" focusable=\"false\""), cycle);
        assertTrue(html("```concepts\n- term: T\n  icon: 🔄\n  text: Defined.\n```\n").contains(
                "<div class=\"concept\"><dt>" + cycle + " T</dt><dd>Defined.</dd></div>"));
    }

    @Test
    void anIconIsNamedByItsEmojiWithOrWithoutSelectorOrByName() {
        String ruler = Icons.named("set-square").svg();
        for (String written : List.of("📐", "📐\uFE0F", "set-square")) {
            assertTrue(html("```concepts\n- term: T\n  icon: " + written + "\n  text: D.\n```\n").contains(ruler), written);
        }
    }

    @Test
    void theAuthoringGuideListsEveryIcon() throws Exception {
        String guide = Files.readString(FixtureCourse.projectRoot().resolve("docs/AUTHORING.md"));
        assertEquals(List.of(), Icons.names().stream().filter(name -> !guide.contains("| `" + name + "` |")).toList());
    }

    @Test
    void anUnknownIconIsAnErrorAtItsLineNamingTheKnownIcons() {
        List<ContentError> errors = render("```concepts\n- term: T\n  icon: \"<\"\n  text: D.\n- term: U\n  icon: 🦄\n  text: D.\n```\n").errors();
        assertEquals(List.of(12, 15), errors.stream().map(ContentError::line).toList());
        assertTrue(errors.get(0).message().startsWith("unknown icon '<'; expected one of the course's icons"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("clock (⏱⏰⌛⏳🕐)"), errors.get(1).message());
    }

    @Test
    void costTablesAreComputed() {
        String html = html("```cost\nlengths: [2, 1000]\nd_model: 4\nheads: 2\n```\n");
        assertTrue(html.contains("<th scope=\"row\">1,000</th><td>1,000,000</td><td>7.6 MiB</td><td>8,000,000</td><td>64,000</td>"), html);
    }

    @Test
    void formulasAreTypesetAsSvgWithTheirSpokenText() {
        String html = html("```math\n% a over b\n\\frac{a}{b}\n```\n");
        assertTrue(html.contains("<div class=\"formula\" id=\"formula-1\"><svg"), html);
        assertTrue(html.contains("<title id=\"formula-1-title\">a over b</title>"));
        assertEquals(11, render("```math\n\\left( x\n```\n").errors().get(0).line());
    }

    @Test
    void otherFencesStayCodeBlocks() {
        assertTrue(html("```python\nprint(1)\n```\n").contains("<pre><code class=\"language-python\">print(1)"));
    }

    @Test
    void aDuplicateExampleIdIsReportedAtItsIdLineWithTheFirstIdLine() {
        List<ContentError> errors = render(EXAMPLE + "\n" + EXAMPLE).errors();
        assertEquals(1, errors.size());
        assertEquals(23, errors.get(0).line(), "the second block's id: line, not its fence on line 22");
        assertTrue(errors.get(0).message().startsWith("duplicate example id 'ex' (first used on line 11); expected"),
                errors.get(0).message());
    }

    @Test
    void anIdTakingAnEarlierBlocksDefaultIsReportedAtItsIdLine() {
        List<ContentError> errors = render(EXAMPLE.replace("id: ex\n", "") + "\n" + EXAMPLE.replace("id: ex", "id: example-1"))
                .errors();
        assertEquals(1, errors.size());
        assertEquals(22, errors.get(0).line(), "the second block's id: line");
        assertTrue(errors.get(0).message().contains("'example-1' (the default id of the block on line 10)"),
                errors.get(0).message());
    }

    @Test
    void aDefaultIdAlreadyTakenIsReportedAtTheFenceOfTheBlockWithoutAnId() {
        List<ContentError> errors = render(EXAMPLE.replace("id: ex", "id: example-2") + "\n" + EXAMPLE.replace("id: ex\n", ""))
                .errors();
        assertEquals(1, errors.size());
        assertEquals(22, errors.get(0).line(), "the fence of the block that has no id: line");
        assertTrue(errors.get(0).message().contains("no id and its default id 'example-2' is taken (first used on line 11)"),
                errors.get(0).message());
        assertTrue(errors.get(0).message().contains("give this block an id"), errors.get(0).message());
    }

    @Test
    void linksToLessonsPointAtTheirPagesAndMissingOnesAreErrors(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("02-next.md"), "x");
        RenderedLesson lesson = CourseMarkdown.render("content/m/01-x.md", 10,
                "[next](02-next.md#slide-2) [gone](03-gone.md) [web](https://example.org/a.md)\n", "01-x", folder, RenderContext.none());
        assertTrue(lesson.html().contains("href=\"02-next.html#slide-2\""), lesson.html());
        assertTrue(lesson.html().contains("href=\"https://example.org/a.md\""));
        assertEquals(1, lesson.errors().size());
        assertTrue(lesson.errors().get(0).message().contains("no lesson 03-gone.md"));
    }
}
