package io.github.attentioncourse.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The course's icons, drawn once as inline SVG on a 24-unit grid in the text's own colour, so
 * that they look the same in every browser whatever fonts the reader's machine has (an emoji
 * needs a colour-emoji font, which many Linux machines lack: it would show as an empty box).
 * An author names an icon by the emoji it stands for, or by its name.
 */
public final class Icons {

    private static final Map<String, Icon> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Icon> BY_EMOJI = new LinkedHashMap<>();

    static {
        add("clock", "⏱⏰⌛⏳🕐", "<circle cx=\"12\" cy=\"13\" r=\"8\"/><path d=\"M12 9v4l2.5 2.5M10 2h4M12 2v3\"/>");
        add("target", "🎯", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><circle cx=\"12\" cy=\"12\" r=\"5\"/>"
                + "<circle cx=\"12\" cy=\"12\" r=\"1\" fill=\"currentColor\"/>");
        add("star", "⭐🌟", "<path d=\"M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z\"/>");
        add("idea", "💡", "<path d=\"M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z\"/>");
        add("trend", "📈", "<path d=\"M3 3v18h18M7 15l4-4 3 3 6-7M15 7h5v5\"/>");
        add("chart", "📊", "<path d=\"M3 3v18h18M8 17v-5M13 17V8M18 17V5\"/>");
        add("cabinet", "🗄🗃", "<rect x=\"4\" y=\"3\" width=\"16\" height=\"18\" rx=\"1\"/><path d=\"M4 9h16M4 15h16M10 6h4M10 12h4M10 18h4\"/>");
        add("scissors", "✂", "<circle cx=\"6\" cy=\"6\" r=\"3\"/><circle cx=\"6\" cy=\"18\" r=\"3\"/><path d=\"M8.1 8.1L20 20M8.1 15.9L20 4\"/>");
        add("lightning", "⚡", "<path d=\"M13 2L4 14h7l-1 8 9-12h-7z\"/>");
        add("cycle", "🔄🔁🔃♻", "<path d=\"M20 11a8 8 0 0 0-14.3-4.9L4 8M4 3v5h5M4 13a8 8 0 0 0 14.3 4.9L20 16M20 21v-5h-5\"/>");
        add("bottle", "🍾🍶", "<path d=\"M10 2h4v5l2 3v11a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10l2-3zM8 14h8\"/>");
        add("eye", "👀👁", "<path d=\"M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z\"/><circle cx=\"12\" cy=\"12\" r=\"3\"/>");
        add("link", "🔗", "<path d=\"M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1\"/>");
        add("shuffle", "🔀", "<path d=\"M3 6h4l10 12h4M3 18h4l3-3.6M14 9.6L17 6h4M18 3l3 3-3 3M18 15l3 3-3 3\"/>");
        add("building", "🏗🏛🏢", "<path d=\"M4 21V8l8-5 8 5v13M3 21h18M9 21v-6h6v6M9 11h6\"/>");
        add("square", "🔲🔳⬜⬛", "<rect x=\"4\" y=\"4\" width=\"16\" height=\"16\" rx=\"2\"/><rect x=\"9\" y=\"9\" width=\"6\" height=\"6\"/>");
        add("compass", "🧭", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M15.5 8.5l-2 5-5 2 2-5z\"/>");
        add("pin", "📍📌", "<path d=\"M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z\"/><circle cx=\"12\" cy=\"10\" r=\"2.5\"/>");
        add("wave", "🌊", "<path d=\"M2 8c2.5 0 2.5-2 5-2s2.5 2 5 2 2.5-2 5-2 2.5 2 5 2M2 13c2.5 0 2.5-2 5-2s2.5 2 5 2 2.5-2 5-2 2.5 2 5 2"
                + "M2 18c2.5 0 2.5-2 5-2s2.5 2 5 2 2.5-2 5-2 2.5 2 5 2\"/>");
        add("ruler", "📏", "<rect x=\"2\" y=\"8\" width=\"20\" height=\"8\" rx=\"1\"/><path d=\"M6 8v3M10 8v4M14 8v3M18 8v4\"/>");
        add("set-square", "📐", "<path d=\"M4 20V4l16 16zM8 16v-4l4 4z\"/>");
        add("multiply", "✖❌✕", "<path d=\"M6 6l12 12M18 6L6 18\"/>");
        add("pie", "🥧", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M12 3v9l6.4 6.4\"/>");
        add("thermometer", "🌡", "<path d=\"M14 14.8V4a2 2 0 0 0-4 0v10.8a4 4 0 1 0 4 0zM12 9v7\"/>");
        add("left-right", "↔", "<path d=\"M3 12h18M7 8l-4 4 4 4M17 8l4 4-4 4\"/>");
        add("shield", "🛡", "<path d=\"M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z\"/>");
        add("puzzle", "🧩", "<path d=\"M4 8h4a2 2 0 1 1 4 0h4v4a2 2 0 1 1 0 4v4H4v-4a2 2 0 1 0 0-4z\"/>");
        add("triangle", "🔺🔻🔼", "<path d=\"M12 4l9 16H3z\"/>");
        add("forbidden", "🚫⛔", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M5.6 5.6l12.8 12.8\"/>");
        add("circle", "⭕🔵🔴⚪", "<circle cx=\"12\" cy=\"12\" r=\"8\"/>");
        add("search", "🔍🔎", "<circle cx=\"10.5\" cy=\"10.5\" r=\"6.5\"/><path d=\"M15.5 15.5L21 21\"/>");
        add("tag", "🏷🔖", "<path d=\"M3 12V4a1 1 0 0 1 1-1h8l9 9-9 9z\"/><circle cx=\"7.5\" cy=\"7.5\" r=\"1.5\"/>");
        add("box", "📦", "<path d=\"M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10M7.5 5l9 4\"/>");
        add("cube", "🧊🎲", "<path d=\"M12 2l9 5v10l-9 5-9-5V7zM3 7l9 5 9-5M12 12v10\"/>");
        add("test-tube", "🧪⚗", "<path d=\"M8 3h8M10 3v14a2 2 0 0 0 4 0V3M10 12h4\"/>");
        add("abacus", "🧮", "<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\" rx=\"1\"/><path d=\"M3 9h18M3 15h18\"/>"
                + "<circle cx=\"8\" cy=\"9\" r=\"1.5\" fill=\"currentColor\"/><circle cx=\"12\" cy=\"9\" r=\"1.5\" fill=\"currentColor\"/>"
                + "<circle cx=\"15\" cy=\"15\" r=\"1.5\" fill=\"currentColor\"/>");
        add("book", "📖📚📘", "<path d=\"M12 6c-2-1.5-5-2-8-2v14c3 0 6 .5 8 2 2-1.5 5-2 8-2V4c-3 0-6 .5-8 2zM12 6v14\"/>");
        add("check", "✅✔☑", "<path d=\"M4 12l5 5L20 6\"/>");
        add("warning", "⚠", "<path d=\"M12 3l10 18H2zM12 10v4M12 17.5v.5\"/>");
        add("question", "❓❔", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5\"/>");
        add("brain", "🧠", "<path d=\"M9 4a3 3 0 0 0-3 3 3 3 0 0 0-2 5 3 3 0 0 0 2 5 3 3 0 0 0 6 1V5a2 2 0 0 0-3-1z"
                + "M15 4a3 3 0 0 1 3 3 3 3 0 0 1 2 5 3 3 0 0 1-2 5 3 3 0 0 1-6 1\"/>");
    }

    /** One drawing: its name and the SVG shapes inside its 24 × 24 box. */
    public record Icon(String name, String shapes) {

        /** The icon as inline SVG: decoration only, hidden from assistive technology and never focused. */
        public String svg() {
            return "<svg class=\"icon icon-" + name + "\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\" fill=\"none\""
                    + " stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
                    + " aria-hidden=\"true\" focusable=\"false\">" + shapes + "</svg>";
        }
    }

    private Icons() {
    }

    private static void add(String name, String emoji, String shapes) {
        Icon icon = new Icon(name, shapes);
        BY_NAME.put(name, icon);
        emoji.codePoints().forEach(c -> BY_EMOJI.put(Character.toString(c), icon));
    }

    /**
     * The icon an author means by {@code written}: an emoji (with or without its emoji or text
     * presentation selector) or an icon's name; null when there is none.
     */
    public static Icon find(String written) {
        String plain = written.strip().replace("\uFE0F", "").replace("\uFE0E", "");
        Icon byName = BY_NAME.get(plain);
        return byName != null ? byName : BY_EMOJI.get(plain);
    }

    /** The icon called {@code name}; fails for a name that is not in the catalogue. */
    public static Icon named(String name) {
        Icon icon = BY_NAME.get(name);
        if (icon == null) {
            throw new IllegalArgumentException("no icon is called " + name);
        }
        return icon;
    }

    /** The names of every icon, in the catalogue's order. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(BY_NAME.keySet());
    }

    /** Every icon an author can name, as {@code name (emoji)}, for error messages and the authoring guide. */
    public static String known() {
        StringBuilder list = new StringBuilder();
        BY_NAME.forEach((name, icon) -> {
            list.append(list.length() == 0 ? "" : ", ").append(name).append(" (");
            BY_EMOJI.forEach((emoji, drawn) -> {
                if (drawn == icon) {
                    list.append(emoji);
                }
            });
            list.append(')');
        });
        return list.toString();
    }
}
