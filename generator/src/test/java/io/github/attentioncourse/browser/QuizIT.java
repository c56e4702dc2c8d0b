package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The quick check: choosing an option says right or wrong, by mouse and by keyboard. */
class QuizIT {

    static CourseSite site;
    static Browser browser;
    static String page;
    static String quiz;
    static String right;
    static String wrong;

    @BeforeAll
    static void start() {
        browser = Browser.shared();
        site = CourseSite.get();
        page = site.firstPageWith("[data-quiz] .quiz-option[data-correct]");
        Element element = site.html(page).selectFirst("[data-quiz]:has(.quiz-option[data-correct])");
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
        assertTrue(browser.find(quiz + " .quiz-feedback").getText().contains(wrong));
        assertEquals("true", option(wrong).getAttribute("aria-pressed"));
        assertEquals(null, browser.find(quiz + " .quiz-answer").getAttribute("open"), "the answer stays closed");

        option(right).click();
        assertFeedback("Correct");
        assertEquals("false", option(wrong).getAttribute("aria-pressed"));
        assertNotNull(browser.find(quiz + " .quiz-answer").getAttribute("open"), "the explanation opens");
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
        option(wrong).sendKeys(Keys.ENTER);
        assertFeedback("Not quite");
        option(right).sendKeys(Keys.SPACE);
        assertFeedback("Correct");
    }

    private static WebElement option(String letter) {
        return browser.find(quiz + " .quiz-option[data-letter='" + letter + "']");
    }

    private static void assertFeedback(String start) {
        browser.waitUntil(driver -> browser.find(quiz + " .quiz-feedback").getText().startsWith(start));
    }
}
