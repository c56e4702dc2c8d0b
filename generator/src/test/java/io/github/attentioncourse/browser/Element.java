package io.github.attentioncourse.browser;

import java.util.Objects;

/**
 * An element of the open page, as its browser names it (a Selenium WebElement, or a WebDriver
 * BiDi shared id). What a test reads of it is read through the page's own DOM, the same way in
 * every engine.
 */
final class Element {

    private final Browser browser;
    final Object handle;

    Element(Browser browser, Object handle) {
        this.browser = browser;
        this.handle = handle;
    }

    void click() {
        browser.click(this);
    }

    void type(CharSequence keys) {
        browser.type(this, keys);
    }

    /** The text as rendered, without leading and trailing white space. */
    String text() {
        return (String) browser.script("return arguments[0].innerText.trim();", this);
    }

    /** The attribute as written in the page (null when absent). */
    String attribute(String name) {
        return (String) browser.script("return arguments[0].getAttribute(arguments[1]);", this, name);
    }

    /** The link's address resolved against the page, as the browser follows it. */
    String href() {
        return (String) browser.script("return arguments[0].href;", this);
    }

    String id() {
        return attribute("id");
    }

    String tagName() {
        return (String) browser.script("return arguments[0].localName;", this);
    }

    /** Rendered, not hidden by the page or its styles, and taking up room. */
    boolean isDisplayed() {
        return (Boolean) browser.script("var e = arguments[0], r = e.getBoundingClientRect();"
                + " return e.checkVisibility({visibilityProperty: true}) && r.width > 0 && r.height > 0;", this);
    }

    boolean isEnabled() {
        return !(Boolean) browser.script("return !!arguments[0].disabled;", this);
    }

    String cssValue(String property) {
        return (String) browser.script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", this, property);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Element element && handle.equals(element.handle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handle);
    }

    @Override
    public String toString() {
        return tagName() + "#" + id();
    }
}
