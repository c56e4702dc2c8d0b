package io.github.attentioncourse.cli;

import io.github.attentioncourse.site.CourseSource;
import java.nio.file.Path;

/** The command line, parsed. */
record Options(String command, Path source, Path output, int port, boolean verbose, boolean help) {

    static final String USAGE = """
            usage: java -jar generator/target/generator.jar <command> [options]
              build   check the course and bake it into the output folder
              check   check the course and write nothing
              serve   bake, serve on 127.0.0.1 and rebuild when files change
            options:
              --source DIR   course root holding content/, templates/, assets/, jbake.properties (default .)
              --output DIR   where the site goes (default <source>/output)
              --port N       port for serve (default 8820; 0 picks a free one)
              --verbose      show JBake's and the libraries' own logs""";

    static Options parse(String[] args) {
        String command = null;
        Path source = Path.of(".");
        Path output = null;
        int port = 8820;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--source" -> source = Path.of(value(args, ++i, arg));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                case "--port" -> port = port(value(args, ++i, arg));
                case "--verbose", "-v" -> verbose = true;
                case "--help", "-h", "help" -> {
                    return new Options("help", source, output, port, verbose, true);
                }
                default -> {
                    if (arg.startsWith("-") || command != null) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                    }
                    if (!arg.equals("build") && !arg.equals("check") && !arg.equals("serve")) {
                        throw new IllegalArgumentException("unknown command '" + arg + "'; expected build, check or serve");
                    }
                    command = arg;
                }
            }
        }
        if (command == null) {
            throw new IllegalArgumentException("no command given; expected build, check or serve");
        }
        return new Options(command, source, output, port, verbose, false);
    }

    Path output(CourseSource course) {
        return output != null ? output.toAbsolutePath().normalize() : course.root().resolve("output");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--port " + text + " is not a port; expected a number from 0 to 65535");
    }
}
