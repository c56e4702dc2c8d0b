package io.github.attentioncourse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a command as a separate process, as an author or CI would, and measures its wall time and
 * its peak resident memory (Linux's VmHWM, a high-water mark, read until the process ends). The
 * generator's {@code build} does its work in a second JVM that it starts itself, so the peak is
 * the sum of the high-water marks of the process and of every process it started.
 */
final class Child {

    /** Wall time in milliseconds and peak memory in KiB (0 where /proc is not there). */
    record Run(long millis, long peakKib) {
    }

    private Child() {
    }

    static Run run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Map<Long, Long> peaks = new HashMap<>();
        while (process.isAlive()) {
            Stream.concat(Stream.of(process.toHandle()), process.descendants())
                    .forEach(p -> peaks.merge(p.pid(), highWaterMark(p.pid()), Math::max));
            Thread.sleep(5);
        }
        long peak = peaks.values().stream().mapToLong(Long::longValue).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                    + process.exitValue() + "; see " + log);
        }
        return new Run(millis, peak);
    }

    private static long highWaterMark(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two reads, or this is not Linux.
        }
        return 0;
    }
}
