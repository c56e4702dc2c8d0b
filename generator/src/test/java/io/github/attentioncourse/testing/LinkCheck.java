package io.github.attentioncourse.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link checker over a baked site: every {@code href} and {@code src} of every page, and every
 * {@code url()} and {@code @import} of every style sheet, points at a file of the site and, with
 * a {@code #fragment}, at an element with that id; nothing points at another host. A path from
 * the root (the 404 page's, which is served at any depth) must start with the course's
 * {@code site.basepath}, under which the site is published.
 */
public final class LinkCheck {

    private static final Pattern CSS_REFERENCE = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

    /**
     * @param checked  how many references were followed, so a caller can tell the check saw something
     * @param problems every broken or foreign reference, as "file: reference (why)"; empty when none
     */
    public record Result(int checked, List<String> problems) {
    }

    private final Map<Path, Document> pages = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Path site;
    private final String basePath;
    private int checked;

    private LinkCheck(Path site, String basePath) {
        this.site = site;
        this.basePath = basePath;
    }

    /** Checks {@code site}, baked from the course at {@code courseRoot}. */
    public static Result of(Path site, Path courseRoot) {
        LinkCheck check = new LinkCheck(site, basePath(courseRoot));
        for (Path page : files(site, ".html")) {
            for (Element element : check.page(page).select("[href], [src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                // an inline icon (the 404 page's, which works at any depth) fetches nothing
                if (!(element.is("link[rel=icon]") && ref.startsWith("data:"))) {
                    check.follow(page, ref);
                }
            }
        }
        for (Path sheet : files(site, ".css")) {
            Matcher matcher = CSS_REFERENCE.matcher(read(sheet));
            while (matcher.find()) {
                String ref = matcher.group(1) != null ? matcher.group(1).strip() : matcher.group(2);
                if (!ref.startsWith("data:")) {
                    check.follow(sheet, ref);
                }
            }
        }
        return new Result(check.checked, List.copyOf(check.problems));
    }

    private void follow(Path from, String ref) {
        checked++;
        String problem = problem(from, ref);
        if (problem != null) {
            problems.add(site.relativize(from) + ": " + ref + " (" + problem + ")");
        }
    }

    private String problem(Path from, String ref) {
        if (ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || ref.startsWith("//")) {
            return "another host or scheme";
        }
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        Path target;
        if (path.startsWith("/")) {
            if (basePath == null || !path.startsWith(basePath)) {
                return "a path from the root outside site.basepath " + basePath;
            }
            target = site.resolve(decode(path.substring(basePath.length()))).normalize();
        } else {
            target = path.isEmpty() ? from : from.getParent().resolve(decode(path)).normalize();
        }
        if (!target.startsWith(site)) {
            return "outside the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (hash < 0 || hash == ref.length() - 1) {
            return null;
        }
        String id = decode(ref.substring(hash + 1));
        if (!target.toString().endsWith(".html")) {
            return "a fragment of a file that is not a page";
        }
        return page(target).getElementById(id) == null ? "no element with id " + id : null;
    }

    /** The course's {@code site.basepath}, ending in '/', or null when it has none. */
    private static String basePath(Path courseRoot) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(courseRoot.resolve("jbake.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String basePath = properties.getProperty("site.basepath");
        return basePath == null || basePath.isBlank() ? null : basePath.endsWith("/") ? basePath : basePath + "/";
    }

    private Document page(Path file) {
        return pages.computeIfAbsent(file, f -> Jsoup.parse(read(f), ""));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path site, String suffix) {
        try (Stream<Path> paths = Files.walk(site)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
