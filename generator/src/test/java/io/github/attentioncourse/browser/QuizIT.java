package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;

/** The quick check: choosing an option says right or wrong, by mouse and by keyboard. */
@InEveryEngine
class QuizIT {

    /** The engine this run of the class checks. */
    @Parameter
    Engine engine;

    static CourseSite site;
    static Browser browser;
    static String page;
    static String quiz;
    static String right;
    static String wrong;

    @BeforeParameterizedClassInvocation
    static void start(Engine engine) {
        browser = Browser.shared(engine);
        site = CourseSite.get();
        page = site.firstPageWith("[data-quiz] .quiz-option[data-correct]");
        org.jsoup.nodes.Element element = site.html(page).selectFirst("[data-quiz]:has(.quiz-option[data-correct])");
        quiz = "#" + element.id();
        right = element.selectFirst(".quiz-option[data-correct]").attr("data-letter");
        wrong = element.selectFirst(".quiz-option:not([data-correct])").attr("data-letter");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void aWrongChoiceSaysSoAndARightOneOpensTheExplanation(Origin origin) {
        browser.open(site.url(origin, page));
        option(wrong).click();
        assertFeedback("Not quite");
        assertTrue(browser.find(quiz + " .quiz-feedback").text().contains(wrong));
        assertEquals("true", option(wrong).attribute("aria-pressed"));
        assertNull(browser.find(quiz + " .quiz-answer").attribute("open"), "the answer stays closed");

        option(right).click();
        assertFeedback("Correct");
        assertEquals("false", option(wrong).attribute("aria-pressed"));
        assertNotNull(browser.find(quiz + " .quiz-answer").attribute("open"), "the explanation opens");
        assertTrue(browser.find(quiz + " .quiz-answer p").isDisplayed(), "the explanation shows");
        assertEquals(List.of(), browser.consoleErrors());
        List<String> violations = Axe.violations(browser);
        assertEquals(0, violations.size(), () -> "axe-core violations after answering:\n  - "
                + String.join("\n  - ", violations));
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void theKeyboardAnswersToo(Origin origin) {
        browser.open(site.url(origin, page));
        option(wrong).type(Keys.ENTER);
        assertFeedback("Not quite");
        option(right).type(Keys.SPACE);
        assertFeedback("Correct");
    }

    private static Element option(String letter) {
        return browser.find(quiz + " .quiz-option[data-letter='" + letter + "']");
    }

    private static void assertFeedback(String start) {
        browser.waitUntil("feedback starting “" + start + "”", () -> browser.find(quiz + " .quiz-feedback").text().startsWith(start));
    }
}
