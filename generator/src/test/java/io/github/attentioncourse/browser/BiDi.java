package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A WebDriver BiDi connection (the W3C protocol browsers speak over a WebSocket): commands with
 * their answers, and events handed to one listener, all as Jackson trees.
 */
final class BiDi implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final Consumer<JsonNode> events;

    private BiDi(URI address, Consumer<JsonNode> events) {
        this.events = events;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(address, new Listener())
                .join();
    }

    /** Connects to {@code address} ({@code ws://…/session}) and starts a session; events go to {@code events}. */
    static BiDi connect(URI address, Consumer<JsonNode> events) {
        BiDi bidi = new BiDi(address, events);
        bidi.send("session.new", JSON.createObjectNode().set("capabilities", JSON.createObjectNode()));
        return bidi;
    }

    /** Sends a command and waits for its result; a protocol error becomes an exception naming the command. */
    JsonNode send(String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params);
        try {
            socket.sendText(JSON.writeValueAsString(command), true).join();
            JsonNode message = answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if ("error".equals(message.path("type").asText())) {
                throw new IllegalStateException(method + ": " + message.path("error").asText() + ": " + message.path("message").asText());
            }
            return message.path("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            waiting.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id") && !message.path("id").isNull()) {
                        CompletableFuture<JsonNode> answer = waiting.get(message.path("id").asLong());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else if ("event".equals(message.path("type").asText())) {
                        events.accept(message);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
