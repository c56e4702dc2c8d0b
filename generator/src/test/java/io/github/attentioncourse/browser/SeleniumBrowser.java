package io.github.attentioncourse.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.remote.RemoteWebDriver;

/** A browser driven through classic WebDriver by Selenium: Chromium through chromedriver, WebKit through WebKitWebDriver. */
abstract class SeleniumBrowser extends Browser {

    /** The desktop screen pages are checked on. */
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 740);

    final RemoteWebDriver driver;

    SeleniumBrowser(Engine engine, RemoteWebDriver driver) {
        super(engine);
        this.driver = driver;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    void open(String url) {
        if (withoutFragment(url).equals(withoutFragment(driver.getCurrentUrl()))) {
            // the same page with another fragment would only scroll, not load again
            driver.get("about:blank");
        }
        forgetLogs();
        driver.get(url);
        opened();
    }

    /** Drops what the browser logged so far. */
    abstract void forgetLogs();

    /** Called once a page opened by {@link #open} has loaded. */
    void opened() {
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    @Override
    void navigate(String url) {
        driver.navigate().to(url);
    }

    @Override
    void back() {
        driver.navigate().back();
    }

    @Override
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    Object script(String body, Object... args) {
        return fromDriver(driver.executeScript(body, toDriver(args)));
    }

    @Override
    Object awaitScript(String body, Object... args) {
        String wrapped = "var done = arguments[arguments.length - 1];"
                + " Promise.resolve((function () { " + body + " }).apply(null, Array.prototype.slice.call(arguments, 0, -1)))"
                + ".then(done, function (error) { done({__error: String(error)}); });";
        Object result = fromDriver(driver.executeAsyncScript(wrapped, toDriver(args)));
        if (result instanceof Map<?, ?> map && map.containsKey("__error")) {
            throw new IllegalStateException(engine + ": the page's promise failed: " + map.get("__error"));
        }
        return result;
    }

    @Override
    void click(Element element) {
        ((WebElement) element.handle).click();
    }

    @Override
    void type(Element element, CharSequence keys) {
        ((WebElement) element.handle).sendKeys(keys);
    }

    @Override
    void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private Object[] toDriver(Object[] args) {
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            converted[i] = args[i] instanceof Element element ? element.handle : args[i];
        }
        return converted;
    }

    private Object fromDriver(Object value) {
        if (value instanceof WebElement element) {
            return new Element(this, element);
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(item -> converted.add(fromDriver(item)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, item) -> converted.put(String.valueOf(key), fromDriver(item)));
            return converted;
        }
        return value;
    }
}
