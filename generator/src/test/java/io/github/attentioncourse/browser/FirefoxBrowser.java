package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's Firefox ESR, headless with a fresh profile, driven over WebDriver BiDi, which Firefox
 * speaks itself when started with {@code --remote-debugging-port} (Debian has no geckodriver, and
 * none is needed). The console and the network come from BiDi's events, so they hold what happened
 * while the page loaded too.
 */
final class FirefoxBrowser extends Browser {

    private static final Path BROWSER = Path.of("/usr/bin/firefox-esr");

    private final Process process;
    private final Path profile;
    private final RefusingProxy proxy;
    private final BiDi bidi;
    private volatile String context;
    private int width = SeleniumBrowser.DESKTOP.width;
    private int height = SeleniumBrowser.DESKTOP.height;
    private final List<String> errors = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    private FirefoxBrowser(Process process, Path profile, RefusingProxy proxy) {
        super(Engine.FIREFOX);
        this.process = process;
        this.profile = profile;
        this.proxy = proxy;
        this.bidi = BiDi.connect(URI.create("ws://127.0.0.1:" + FirefoxProfile.bidiPort(profile, process) + "/session"), this::event);
        this.context = bidi.send("browsingContext.getTree", object()).path("contexts").path(0).path("context").asText();
        newTab();
        ArrayNode events = object().arrayNode()
                .add("log.entryAdded").add("network.beforeRequestSent").add("network.responseCompleted").add("network.fetchError");
        bidi.send("session.subscribe", object().set("events", events));
    }

    /**
     * Replaces the tab by a new one whose page has the keyboard focus. The focus can be elsewhere
     * in Firefox's window: on a blank first page Firefox puts it in its address bar, and Tab past a
     * page's last control takes it to the toolbar, where a reader's next Tab would bring it back
     * but BiDi's cannot (its keys are sent into the page, not to the window). The page then still
     * gets the keys' events but not the focus: no focus events, no {@code :focus} style, no
     * default action of a key (Enter or Space on a button does not click it). A tab opened over
     * BiDi has the focus in its page, as a reader's has once a page is open.
     */
    private void newTab() {
        String old = context;
        context = bidi.send("browsingContext.create", object().put("type", "tab")).path("context").asText();
        bidi.send("browsingContext.close", object().put("context", old));
        if (!pageHasTheFocus()) {
            throw new IllegalStateException("the page of Firefox's new tab does not have the keyboard focus");
        }
        viewport(width, height);
    }

    private boolean pageHasTheFocus() {
        ObjectNode params = object().put("expression", "document.hasFocus()").put("awaitPromise", false);
        params.set("target", object().put("context", context));
        return bidi.send("script.evaluate", params).path("result").path("value").asBoolean();
    }

    static FirefoxBrowser start(boolean javascript) {
        RefusingProxy proxy = new RefusingProxy();
        Path profile = FirefoxProfile.create(proxy.port(), javascript);
        try {
            Process process = new ProcessBuilder(BROWSER.toString(), "--headless", "--no-remote", "--profile", profile.toString(),
                    "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true)
                    .redirectOutput(profile.resolve("firefox.log").toFile())
                    .start();
            try {
                FirefoxBrowser browser = new FirefoxBrowser(process, profile, proxy);
                browser.reset();
                return browser;
            } catch (RuntimeException e) {
                stop(process);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            proxy.close();
            String log = "";
            try {
                log = Files.readString(profile.resolve("firefox.log"), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                // no log to show
            }
            deleteTree(profile);
            throw new IllegalStateException("Firefox did not start: " + e.getMessage() + "\n" + log, e);
        }
    }

    private void event(JsonNode message) {
        String method = message.path("method").asText();
        JsonNode params = message.path("params");
        String from = method.startsWith("log.") ? params.path("source").path("context").asText() : params.path("context").asText();
        if (!context.equals(from)) {
            return;
        }
        String url = params.path("request").path("url").asText();
        synchronized (this) {
            switch (method) {
                case "log.entryAdded" -> {
                    if ("error".equals(params.path("level").asText())) {
                        errors.add(params.path("text").asText());
                    }
                }
                case "network.beforeRequestSent" -> requests.add(url);
                case "network.responseCompleted" -> {
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400) {
                        errors.add(url + " - failed to load resource: the server responded with a status of " + status);
                    }
                }
                case "network.fetchError" -> {
                    // NS_BINDING_ABORTED is a load Firefox itself cancelled because the page was left (a
                    // favicon still loading when a click opens the next page), which Chromium does not report either
                    String error = params.path("errorText").asText();
                    if (!error.equals("NS_BINDING_ABORTED")) {
                        errors.add(url + " - failed to load resource: " + error);
                    }
                }
                default -> {
                }
            }
        }
    }

    @Override
    void reset() {
        navigateAndWait("about:blank");
        viewport(SeleniumBrowser.DESKTOP.width, SeleniumBrowser.DESKTOP.height);
    }

    @Override
    void phone() {
        viewport(SeleniumBrowser.PHONE.width, SeleniumBrowser.PHONE.height);
    }

    private void viewport(int width, int height) {
        this.width = width;
        this.height = height;
        ObjectNode params = object().put("context", context).put("devicePixelRatio", 1);
        params.set("viewport", object().put("width", width).put("height", height));
        bidi.send("browsingContext.setViewport", params);
    }

    @Override
    void open(String url) {
        if (SeleniumBrowser.withoutFragment(url).equals(SeleniumBrowser.withoutFragment(currentUrl()))) {
            // the same page with another fragment would only scroll, not load again
            navigateAndWait("about:blank");
        }
        forgetThePage();
        navigateAndWait(url);
        if (!pageHasTheFocus()) {
            newTab();
            forgetThePage();
            navigateAndWait(url);
        }
    }

    private synchronized void forgetThePage() {
        errors.clear();
        requests.clear();
    }

    @Override
    void navigate(String url) {
        navigateAndWait(url);
    }

    private void navigateAndWait(String url) {
        bidi.send("browsingContext.navigate", object().put("context", context).put("url", url).put("wait", "complete"));
    }

    @Override
    void back() {
        bidi.send("browsingContext.traverseHistory", object().put("context", context).put("delta", -1));
    }

    @Override
    String currentUrl() {
        return bidi.send("browsingContext.getTree", object().put("root", context)).path("contexts").path(0).path("url").asText();
    }

    @Override
    Object script(String body, Object... args) {
        return call("function () { " + body + " }", false, args);
    }

    @Override
    Object awaitScript(String body, Object... args) {
        return call("function () { " + body + " }", true, args);
    }

    private Object call(String function, boolean await, Object... args) {
        ObjectNode params = object().put("functionDeclaration", function).put("awaitPromise", await);
        params.set("target", object().put("context", context));
        ArrayNode arguments = params.putArray("arguments");
        for (Object arg : args) {
            arguments.add(BiDiValues.local(arg));
        }
        params.set("serializationOptions", object().put("maxDomDepth", 0));
        JsonNode result = bidi.send("script.callFunction", params);
        if ("exception".equals(result.path("type").asText())) {
            throw new IllegalStateException(engine + ": script failed: " + result.path("exceptionDetails").path("text").asText());
        }
        return BiDiValues.remote(result.path("result"), sharedId -> new Element(this, sharedId));
    }

    @Override
    synchronized List<String> consoleErrors() {
        List<String> taken = List.copyOf(errors);
        errors.clear();
        return taken;
    }

    @Override
    synchronized List<String> requestedUrls() {
        List<String> taken = List.copyOf(requests);
        requests.clear();
        return taken;
    }

    @Override
    String runBeforePageScripts(String source) {
        ObjectNode params = object().put("functionDeclaration", "function () { " + source + " }");
        // in every tab, since the tab may be replaced by a new one (see newTab)
        return bidi.send("script.addPreloadScript", params).path("script").asText();
    }

    @Override
    void stopRunningBeforePageScripts(String id) {
        bidi.send("script.removePreloadScript", object().put("script", id));
    }

    @Override
    void click(Element element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        ObjectNode origin = object().put("type", "element");
        origin.set("element", BiDiValues.local(element));
        ObjectNode move = object().put("type", "pointerMove").put("x", 0).put("y", 0);
        move.set("origin", origin);
        ObjectNode mouse = object().put("type", "pointer").put("id", "mouse");
        mouse.set("parameters", object().put("pointerType", "mouse"));
        mouse.putArray("actions").add(move)
                .add(object().put("type", "pointerDown").put("button", 0))
                .add(object().put("type", "pointerUp").put("button", 0));
        perform(mouse);
    }

    @Override
    void type(Element element, CharSequence keys) {
        script("arguments[0].focus();", element);
        press(keys);
    }

    @Override
    void press(CharSequence keys) {
        ObjectNode keyboard = object().put("type", "key").put("id", "keyboard");
        ArrayNode actions = keyboard.putArray("actions");
        keys.codePoints().forEach(key -> {
            String value = Character.toString(key);
            actions.add(object().put("type", "keyDown").put("value", value));
            actions.add(object().put("type", "keyUp").put("value", value));
        });
        perform(keyboard);
    }

    private void perform(ObjectNode source) {
        ObjectNode params = object().put("context", context);
        params.putArray("actions").add(source);
        bidi.send("input.performActions", params);
    }

    private static ObjectNode object() {
        return BiDi.JSON.createObjectNode();
    }

    @Override
    public void close() {
        try {
            bidi.close();
        } finally {
            stop(process);
            proxy.close();
            deleteTree(profile);
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
