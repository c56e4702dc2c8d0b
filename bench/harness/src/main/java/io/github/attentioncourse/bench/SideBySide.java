package io.github.attentioncourse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: for the real course and for synthetic courses of several sizes, times (a) our
 * {@code build} as a whole cold process with no figure cache, (a') the same right after, with the
 * figure cache (a) left beside the output, (b) plain JBake 2.7.0 on the same Markdown, (c) a
 * rebuild of one edited lesson as {@code serve} does it, and prints the medians side by side.
 * (a) and (b) take turns, so a machine that gets busier mid-run slows both alike.
 *
 * <p>Options (all have defaults for a run from bench/harness with Maven):
 * {@code --repo DIR --jar FILE --jbake-lib DIR --work DIR --sizes real,11,100,1000 --examples 4
 * --runs 5 --rebuilds 5}.
 */
public final class SideBySide {

    private static final Pattern BAKED = Pattern.compile("Baked (\\d+) lessons?, (\\d+) examples");

    private final Map<String, String> options;
    private final PrintStream out;

    private SideBySide(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new SideBySide(Options.parse(args), System.out).run();
    }

    private void run() throws Exception {
        Path repo = Path.of(options.get("repo")).toAbsolutePath().normalize();
        Path work = Path.of(options.get("work")).toAbsolutePath().normalize();
        int runs = Integer.parseInt(options.get("runs"));
        int rebuilds = Integer.parseInt(options.get("rebuilds"));
        int examples = Integer.parseInt(options.get("examples"));
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "attention-course benchmark: %d cores, Java %s, load average %.1f at start; "
                + "medians of %d cold runs, (a) and (b) alternating, (a') right after (a) with its figure cache; "
                + "rebuild: median of %d edits%n",
                os.getAvailableProcessors(), System.getProperty("java.version"), os.getSystemLoadAverage(), runs, rebuilds);
        out.println();
        out.println("| course | lessons | examples | (a) our build | (b) plain JBake | (a)/(b) | (a') figures cached | (a')/(b) "
                + "| (a) ms/lesson | (a) ms/example | (a) peak RSS | (b) peak RSS | (c) rebuild one lesson |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        String heaviestPage = "";
        for (String size : options.get("sizes").split(",")) {
            CourseRoots roots = size.equals("real") ? CourseRoots.real(repo, work)
                    : CourseRoots.synthetic(repo, work, Integer.parseInt(size), examples);
            Row row = measure(roots, runs, rebuilds);
            out.println(row.format(size.equals("real") ? "real course" : size + " × " + examples));
            if (size.equals("real")) {
                PageWeight.Heaviest heaviest = PageWeight.heaviest(roots.ours().resolve("output"));
                heaviestPage = String.format(Locale.ROOT, "Heaviest lesson page of the real course: %s, "
                        + "charts + CSS + JS = %.1f KB", heaviest.page(), heaviest.bytes() / 1024.0);
            }
            CourseRoots.delete(roots.plain().getParent());
        }
        out.println();
        out.println(heaviestPage);
    }

    private Row measure(CourseRoots roots, int runs, int rebuilds) throws IOException, InterruptedException {
        Path oursOut = roots.ours().resolve("output");
        Path plainOut = roots.plain().resolve("output");
        Path oursLog = roots.ours().resolve("build.log");
        List<Child.Run> ours = new ArrayList<>();
        List<Child.Run> cached = new ArrayList<>();
        List<Child.Run> plain = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            // Every run is cold: a fresh JVM, no output and (but for the last build) no figure cache.
            CourseRoots.delete(oursOut);
            CourseRoots.delete(roots.ours().resolve(".output-cache"));
            CourseRoots.delete(plainOut);
            if (run % 2 == 0) {
                plain.add(Child.run(plainJBake(roots.plain(), plainOut), roots.plain().resolve("jbake.log")));
                ours.add(Child.run(ourBuild(roots.ours(), oursOut), oursLog));
            } else {
                ours.add(Child.run(ourBuild(roots.ours(), oursOut), oursLog));
                plain.add(Child.run(plainJBake(roots.plain(), plainOut), roots.plain().resolve("jbake.log")));
            }
            CourseRoots.delete(oursOut);
            cached.add(Child.run(ourBuild(roots.ours(), oursOut), oursLog));
        }
        Matcher baked = BAKED.matcher(Files.readString(oursLog));
        if (!baked.find()) {
            throw new IllegalStateException("our build did not say what it baked; see " + oursLog);
        }
        List<Long> rebuild = RebuildTimer.time(roots.ours(), roots.editable(), roots.ours().resolve("output-serve"), rebuilds);
        return new Row(Integer.parseInt(baked.group(1)), Integer.parseInt(baked.group(2)),
                median(ours.stream().map(Child.Run::millis).toList()),
                median(cached.stream().map(Child.Run::millis).toList()),
                median(plain.stream().map(Child.Run::millis).toList()),
                median(ours.stream().map(Child.Run::peakKib).toList()),
                median(plain.stream().map(Child.Run::peakKib).toList()),
                median(rebuild));
    }

    private List<String> ourBuild(Path root, Path output) {
        return List.of(java(), "-jar", options.get("jar"), "build", "--source", root.toString(), "--output", output.toString());
    }

    private List<String> plainJBake(Path root, Path output) {
        return List.of(java(), "-Dlogback.configurationFile=" + root.resolve("logback.xml"),
                "-cp", Path.of(options.get("jbake-lib")).toAbsolutePath() + "/*", "org.jbake.launcher.Main",
                "-b", root.toString(), output.toString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private record Row(int lessons, int examples, long oursMillis, long cachedMillis, long plainMillis, long oursPeakKib,
                       long plainPeakKib, long rebuildMillis) {

        String format(String course) {
            return String.format(Locale.ROOT,
                    "| %s | %d | %d | %.2f s | %.2f s | %.2f | %.2f s | %.2f | %.1f | %.1f | %d MB | %d MB | %d ms |",
                    course, lessons, examples, oursMillis / 1000.0, plainMillis / 1000.0,
                    (double) oursMillis / plainMillis, cachedMillis / 1000.0, (double) cachedMillis / plainMillis,
                    (double) oursMillis / lessons,
                    examples == 0 ? 0.0 : (double) oursMillis / examples,
                    oursPeakKib / 1024, plainPeakKib / 1024, rebuildMillis);
        }
    }

    /** {@code --name value} pairs over the defaults. */
    private static final class Options {

        static Map<String, String> parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>(Map.of(
                    "repo", "../..", "jar", "../../generator/target/generator.jar",
                    "jbake-lib", "../plain-jbake/target/lib", "work", "target/bench",
                    "sizes", "real,11,100,1000", "examples", "4", "runs", "5", "rebuilds", "5"));
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            for (int i = 0; i < args.length; i += 2) {
                String name = args[i].replaceFirst("^--", "");
                if (!options.containsKey(name)) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + options.keySet());
                }
                options.put(name, args[i + 1]);
            }
            return options;
        }
    }
}
