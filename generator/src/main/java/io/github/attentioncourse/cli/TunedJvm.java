package io.github.attentioncourse.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs {@code build} and {@code check} in a second JVM started with options that suit a short
 * run on few cores, because {@code java -jar}, the documented command, cannot carry JVM options.
 *
 * <p>A bake is over in seconds, before HotSpot's optimising compiler (C2) pays back the CPU it
 * spends compiling JFreeChart, flexmark and Freemarker next to the bake's own threads: with C1
 * alone a cold bake of 100 lessons took about 40% less CPU on two cores, and 1,000 lessons
 * still about 30% less. The serial collector suits a bake's garbage (short-lived strings, dead by
 * the next collection) better than G1 on two cores: at 1,000 lessons about 20% less CPU and a
 * quarter of the memory (0.7 GB instead of 2.6 GB), where G1 grew its heap to keep its pauses
 * short and paid the operating system for every new page. The class-data archive that
 * {@code mvn package} writes beside the jar ({@code generator.jsa}) spares loading and verifying
 * some 5,000 classes again. A JVM that cannot use the archive (another JDK, a moved jar) silently
 * ignores it.
 *
 * <p>The author's own JVM options are passed on after ours, so theirs win; a collector of their
 * choosing (on the command line, in {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}) replaces
 * ours, since HotSpot refuses to start with two. The environment and the terminal are inherited.
 *
 * <p>{@code train} runs here too, with the serial collector but with C2: its single-threaded loops
 * over small matrices run long enough for C2 to pay back, and under G1 the course model trained in
 * 14 to 18 s on two busy cores where the serial collector took 6 s. {@code serve} stays in the first JVM: it runs long enough for C2,
 * and stopping it must stop the server. {@code -Dgenerator.relaunch=false} runs in place, e.g.
 * to profile the bake with JFR.
 */
final class TunedJvm {

    static final String RELAUNCH = "generator.relaunch";
    /** Set in the tuned JVM's environment: whatever its command line says, it never starts another. */
    static final String TUNED = "ATTENTION_COURSE_TUNED_JVM";
    private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use\\w+GC");
    static final String ARCHIVE = "generator.jsa";

    private static final String COMPILER = "-XX:TieredStopAtLevel=1";
    private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    /** A stale or foreign archive is only a missed saving, not worth a warning. */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private TunedJvm() {
    }

    /** True for the short commands, unless this JVM is already the tuned one or the author said no. */
    static boolean worthIt(String[] args) {
        return worthIt(args, System.getenv());
    }

    static boolean worthIt(String[] args, Map<String, String> environment) {
        if (environment.containsKey(TUNED) || !Boolean.parseBoolean(System.getProperty(RELAUNCH, "true"))
                || !hotSpot(System.getProperty("java.vm.name"))) {
            return false;
        }
        try {
            String command = Options.parse(args).command();
            return command.equals("build") || command.equals("check") || command.equals("train");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The options are HotSpot's; another JVM (OpenJ9) might refuse to start with them. */
    static boolean hotSpot(String vmName) {
        return vmName != null && (vmName.contains("HotSpot") || vmName.startsWith("OpenJDK"));
    }

    /**
     * Runs the same command line in a tuned JVM and returns its exit code, or empty when this
     * platform does not tell a process its own command line, or the JVM cannot be started.
     */
    static Optional<Integer> run(String[] args) {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // What this JVM was started with, the options from the environment included.
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean training = worthIt(args) && Options.parse(args).command().equals("train");
        List<String> command = command(java, archive(), jvmOptions, List.of(arguments.get()), !training);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put(TUNED, "1");
            Process process = builder.start();
            // A build cancelled from outside (CI, a test's timeout) must not leave its worker behind,
            // nor its half-written staging folder: give it a moment to clean up.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            return Optional.of(waitFor(process));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code java}, our options, the archive if there is one, then the original arguments.
     *
     * @param jvmOptions the options this JVM was started with, to leave out our collector when the author chose one
     */
    static List<String> command(Path java, Optional<Path> archive, List<String> jvmOptions, List<String> arguments) {
        return command(java, archive, jvmOptions, arguments, true);
    }

    /** As above; {@code shortRun} false keeps C2, for a run that lasts (training). */
    static List<String> command(Path java, Optional<Path> archive, List<String> jvmOptions, List<String> arguments,
            boolean shortRun) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (shortRun) {
            command.add(COMPILER);
        }
        if (jvmOptions.stream().noneMatch(option -> COLLECTOR.matcher(option).matches())) {
            command.add(SERIAL_COLLECTOR);
        }
        archive.ifPresent(file -> {
            command.add("-XX:SharedArchiveFile=" + file);
            command.addAll(QUIET_ARCHIVE);
        });
        command.addAll(arguments);
        return command;
    }

    /** The archive beside the jar this class was loaded from, when there is one. */
    private static Optional<Path> archive() {
        try {
            Path jar = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path archive = jar.resolveSibling(ARCHIVE);
            return Files.isRegularFile(jar) && Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
            }
        }
    }
}
