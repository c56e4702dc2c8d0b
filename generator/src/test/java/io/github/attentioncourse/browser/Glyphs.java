package io.github.attentioncourse.browser;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which characters every reader's browser can draw: those of DejaVu Sans and DejaVu Sans Mono
 * (the fonts Debian's browsers fall back to, and the charts' font, bundled with the generator), as
 * plain text. An emoji (a character of the emoji planes, or any character asked to look like one
 * with U+FE0F) needs a colour-emoji font, which many machines lack: there it is an empty box.
 */
final class Glyphs {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final List<Font> FONTS = List.of(load("DejaVuSans.ttf"), load("DejaVuSansMono.ttf"));
    /** Collects the text of every text node of the open page (hidden slides included) and its title. */
    static final String PAGE_TEXT = """
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), text = [document.title];
            for (var node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.parentElement.closest('script, style')) { text.push(node.data); }
            }
            return text.join('\\n');
            """;

    private Glyphs() {
    }

    /** Each character of {@code text} some reader would see as an empty box, with its code point and the words around it. */
    static List<String> missing(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || drawable(c)) {
                continue;
            }
            int from = Math.max(0, i - 20);
            int to = Math.min(text.length(), i + 20);
            found.add(String.format(Locale.ROOT, "U+%04X %s in “%s”", c, Character.getName(c),
                    text.substring(from, to).replace('\n', ' ')));
        }
        return found;
    }

    private static boolean drawable(int c) {
        if (c == 0xFE0F || (c >= 0x1F000 && c <= 0x1FAFF)) {
            return false;
        }
        for (Font font : FONTS) {
            if (font.canDisplay(c)) {
                return true;
            }
        }
        return false;
    }

    private static Font load(String file) {
        try (InputStream in = Glyphs.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
