package io.github.attentioncourse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a reader downloads for a lesson page's charts, styles and script: the bytes of the page's
 * inline SVG charts plus the site's CSS and JS files (each page links all of them).
 */
final class PageWeight {

    private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);

    /** The heaviest lesson page of a baked site and its charts + CSS + JS in bytes. */
    record Heaviest(String page, long bytes) {
    }

    private PageWeight() {
    }

    static Heaviest heaviest(Path site) throws IOException {
        long shared = bytesOf(site.resolve("css")) + bytesOf(site.resolve("js"));
        Heaviest heaviest = new Heaviest("none", shared);
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                long charts = 0;
                Matcher svg = SVG.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (svg.find()) {
                    charts += svg.group().getBytes(StandardCharsets.UTF_8).length;
                }
                if (shared + charts > heaviest.bytes()) {
                    heaviest = new Heaviest(site.relativize(page).toString(), shared + charts);
                }
            }
        }
        return heaviest;
    }

    private static long bytesOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
