package io.github.attentioncourse.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The try box's budget: the bytes a reader downloads for it (the box's script and a model's
 * weights script, uncompressed and gzipped) and the time a 12-word sentence takes in headless
 * Chromium from the input event to charts laid out: the forward pass, the heatmaps and bars
 * built, and style and layout forced; and, apart, opening the fold of its tables (built when it
 * opens). Painting is left out: a headless browser paints on its own clock. Times are measured
 * in the page with performance.now(), after a warm-up.
 *
 * <p>Arguments: the baked site (default {@code ../../output}) and the timed runs (default 200).
 */
public final class TryBoxBenchmark {

    private static final String TWELVE_WORDS = "the dog was near the road and it was too tired and";
    private static final String OTHER_TWELVE = "the cat was near the river and it was too hungry and";
    private static final String TIME = """
            var box = document.querySelector('[data-try]');
            var input = box.querySelector('input');
            var sentences = [arguments[0], arguments[1]];
            function once(i) {
              var start = performance.now();
              input.value = sentences[i % 2];
              input.dispatchEvent(new Event('input'));
              box.getBoundingClientRect();
              document.body.offsetHeight;
              return performance.now() - start;
            }
            function tablesOnce() {
              var fold = box.querySelector('.try-result .part-tables');
              var start = performance.now();
              fold.open = true;
              fold.dispatchEvent(new Event('toggle'));
              document.body.offsetHeight;
              var took = performance.now() - start;
              fold.open = false;
              return took;
            }
            function forwardOnce(i) {
              var words = sentences[i % 2].split(' ');
              var start = performance.now();
              CourseTry.forward(box.getAttribute('data-model'), words);
              return performance.now() - start;
            }
            for (var w = 0; w < 50; w++) { once(w); tablesOnce(); forwardOnce(w); }
            var drawn = [], tables = [], computed = [];
            for (var i = 0; i < arguments[2]; i++) { drawn.push(once(i)); tables.push(tablesOnce()); computed.push(forwardOnce(i)); }
            return {drawn: drawn, tables: tables, computed: computed, words: box.querySelectorAll('.try-pick option').length,
                    status: box.querySelector('.try-status').textContent};
            """;

    private TryBoxBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : "../../output").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path script = site.resolve("js/try.js");
        System.out.println("Try box: the bytes a reader downloads for it");
        System.out.println();
        System.out.println("| file | bytes | gzipped |");
        System.out.println("|---|---:|---:|");
        size(site, script);
        try (Stream<Path> weights = Files.list(site.resolve("models"))) {
            for (Path file : weights.sorted().toList()) {
                size(site, file);
                System.out.printf(Locale.ROOT, "| js/try.js + %s | %d | |%n", site.relativize(file), Files.size(script) + Files.size(file));
            }
        }
        String page = firstPageWithABox(site);
        System.out.println();
        System.out.printf(Locale.ROOT, "A 12-word sentence, input event to charts laid out, in headless Chromium (%s), %d runs after 50"
                + " of warm-up, on %s:%n%n", page, runs, "file://");
        time(site.resolve(page), runs);
    }

    private static void size(Path site, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes);
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d |%n", site.relativize(file), bytes.length, zipped.size());
    }

    private static String firstPageWithABox(Path site) throws IOException {
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                if (Files.readString(page).contains(" data-try ")) {
                    return site.relativize(page).toString();
                }
            }
        }
        throw new IllegalStateException("no page of " + site + " has a try box");
    }

    @SuppressWarnings("unchecked")
    private static void time(Path page, int runs) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
            driver.get(page.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("[data-try-ready]")).isEmpty());
            Map<String, Object> result = (Map<String, Object>) driver.executeScript(TIME, TWELVE_WORDS, OTHER_TWELVE, runs);
            System.out.println("| ms | median | 95th percentile | max |");
            System.out.println("|---|---:|---:|---:|");
            row("computed and drawn", (List<Number>) result.get("drawn"));
            row("opening the fold of its tables", (List<Number>) result.get("tables"));
            row("the forward pass alone", (List<Number>) result.get("computed"));
            System.out.println();
            System.out.println("The box said: " + result.get("status") + " (" + result.get("words") + " words)");
        } finally {
            driver.quit();
        }
    }

    private static void row(String what, List<Number> times) {
        List<Double> sorted = new ArrayList<>(times.stream().map(Number::doubleValue).sorted().toList());
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", what, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }
}
