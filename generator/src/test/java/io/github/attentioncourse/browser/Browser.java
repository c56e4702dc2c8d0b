package io.github.attentioncourse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One browser of one engine with a fresh profile, as a reader's: the tests open pages, click,
 * type and ask the page through script, the same way in every engine. It keeps what the page
 * wrote to the console at level error and where it sent requests, so that a test can ask.
 * Subclasses speak each engine's protocol.
 */
abstract class Browser implements AutoCloseable {

    private static final Map<Engine, Browser> SHARED = new EnumMap<>(Engine.class);
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    final Engine engine;

    Browser(Engine engine) {
        this.engine = engine;
    }

    /**
     * The browser of {@code engine} with JavaScript on that the test classes share, since starting
     * one takes seconds. Each call resets it to a desktop screen and no scripts run before a page's.
     * It quits when the test JVM exits.
     */
    static synchronized Browser shared(Engine engine) {
        engine.requireInstalled();
        Browser browser = SHARED.get(engine);
        if (browser == null) {
            browser = start(engine, true);
            SHARED.put(engine, browser);
            Runtime.getRuntime().addShutdownHook(new Thread(browser::close));
        }
        browser.reset();
        return browser;
    }

    /** A browser of {@code engine} whose pages run no script at all, as for a reader who turned JavaScript off. */
    static Browser withoutJavaScript(Engine engine) {
        engine.requireInstalled();
        return start(engine, false);
    }

    private static Browser start(Engine engine, boolean javascript) {
        return switch (engine) {
            case CHROMIUM -> ChromiumBrowser.start(javascript);
            case WEBKIT -> WebKitBrowser.start(javascript);
            case FIREFOX -> FirefoxBrowser.start(javascript);
        };
    }

    /** Back to a desktop screen, an empty page and no scripts run before a page's. */
    abstract void reset();

    /** Lays pages out as on a phone 360 CSS pixels wide, the narrowest screen the course is made for. */
    abstract void phone();

    /** Loads a page afresh and waits for it, forgetting what earlier pages logged and requested. */
    abstract void open(String url);

    /** Goes to {@code url} as a link would: only scrolls when it differs from the page's by its fragment. */
    abstract void navigate(String url);

    /** The browser's back button. */
    abstract void back();

    abstract String currentUrl();

    /**
     * Runs {@code body} as a function in the page, with {@code args} as {@code arguments} (an
     * {@link Element} becomes its node), and returns what it returns: a String, Boolean, Long or
     * Double, a List or Map of those, an Element, or null.
     */
    abstract Object script(String body, Object... args);

    /** As {@link #script}, for a body that returns a promise: waits for it and returns its value. */
    abstract Object awaitScript(String body, Object... args);

    /** What the open page wrote to the console at level error since it was opened or this was last asked. */
    abstract List<String> consoleErrors();

    /** The address of every request the open page sent since it was opened or this was last asked. */
    abstract List<String> requestedUrls();

    /** Whether {@link #runBeforePageScripts} works in this engine. */
    boolean runsScriptsBeforePages() {
        return true;
    }

    /** Runs {@code source} in every page opened from now on, before the page's own scripts; returns its id. */
    abstract String runBeforePageScripts(String source);

    /** Stops running the script that {@link #runBeforePageScripts} added. */
    abstract void stopRunningBeforePageScripts(String id);

    /** A click of the mouse in the middle of {@code element}. */
    abstract void click(Element element);

    /** Focuses {@code element} and types {@code keys} (text, or Selenium's {@code Keys}) into it. */
    abstract void type(Element element, CharSequence keys);

    /** Presses {@code keys} on the keyboard, to whatever has the focus. */
    abstract void press(CharSequence keys);

    /** The first element matching {@code css}; fails when there is none. */
    Element find(String css) {
        Object found = script("return document.querySelector(arguments[0]);", css);
        if (found == null) {
            throw new AssertionError(engine + ": no element matches " + css + " on " + currentUrl());
        }
        return (Element) found;
    }

    List<Element> findAll(String css) {
        List<Element> elements = new ArrayList<>();
        for (Object found : (List<?>) script("return Array.prototype.slice.call(document.querySelectorAll(arguments[0]));", css)) {
            elements.add((Element) found);
        }
        return elements;
    }

    /** The element that has the keyboard focus (the body when none has). */
    Element focused() {
        return (Element) script("return document.activeElement;");
    }

    /** The ids of the elements matching {@code css} that are rendered (not hidden by the page or its styles). */
    @SuppressWarnings("unchecked")
    List<String> visibleIds(String css) {
        // one round trip instead of one per element; runs even where the page's own JavaScript is off
        return (List<String>) script("return Array.prototype.slice.call(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.checkVisibility(); }).map(function (e) { return e.id; });", css);
    }

    /** Waits, at most a few seconds, until {@code condition} holds; fails saying what it waited for otherwise. */
    void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, PATIENCE, condition);
    }

    void waitUntil(String what, Duration patience, BooleanSupplier condition) {
        long end = System.nanoTime() + patience.toNanos();
        Throwable last = null;
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                last = null;
            } catch (RuntimeException | AssertionError e) {
                // the page may be between two documents (an element not found yet); try again
                last = e;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(engine + ": waited " + patience.toSeconds() + " s for " + what + " on " + currentUrl(), last);
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public abstract void close();

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a browser may still be writing into its profile while it exits; the OS cleans /tmp
        }
    }

    @Override
    public String toString() {
        return engine.toString();
    }
}
