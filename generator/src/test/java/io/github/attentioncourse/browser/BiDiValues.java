package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Java values to WebDriver BiDi's script values and back, as classic WebDriver hands them to Selenium. */
final class BiDiValues {

    private BiDiValues() {
    }

    /** A Java value as a BiDi LocalValue: text, numbers, booleans, lists, null, or an {@link Element}'s node. */
    static ObjectNode local(Object value) {
        ObjectNode node = BiDi.JSON.createObjectNode();
        if (value == null) {
            return node.put("type", "null");
        }
        if (value instanceof Element element) {
            return node.put("sharedId", (String) element.handle);
        }
        if (value instanceof String text) {
            return node.put("type", "string").put("value", text);
        }
        if (value instanceof Boolean bool) {
            return node.put("type", "boolean").put("value", bool);
        }
        if (value instanceof Integer || value instanceof Long) {
            return node.put("type", "number").put("value", ((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return node.put("type", "number").put("value", number.doubleValue());
        }
        if (value instanceof List<?> list) {
            ArrayNode items = node.put("type", "array").putArray("value");
            list.forEach(item -> items.add(local(item)));
            return node;
        }
        throw new IllegalArgumentException("no BiDi value for " + value.getClass());
    }

    /**
     * A BiDi RemoteValue as Java: String, Boolean, Long (whole numbers) or Double, List, Map, a
     * node as made by {@code element} from its shared id, and null for null and undefined.
     */
    static Object remote(JsonNode value, Function<String, Element> element) {
        JsonNode inner = value.path("value");
        return switch (value.path("type").asText()) {
            case "string" -> inner.asText();
            case "boolean" -> inner.asBoolean();
            case "number" -> inner.isIntegralNumber() ? (Object) inner.asLong() : (Object) inner.asDouble();
            case "array", "nodelist", "htmlcollection" -> {
                List<Object> items = new ArrayList<>();
                inner.forEach(item -> items.add(remote(item, element)));
                yield items;
            }
            case "object" -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                inner.forEach(pair -> entries.put(pair.path(0).isTextual() ? pair.path(0).asText() : pair.path(0).path("value").asText(),
                        remote(pair.path(1), element)));
                yield entries;
            }
            case "node" -> element.apply(value.path("sharedId").asText());
            case "null", "undefined" -> null;
            default -> throw new IllegalStateException("a script returned a " + value.path("type").asText() + ", which the tests do not read");
        };
    }
}
