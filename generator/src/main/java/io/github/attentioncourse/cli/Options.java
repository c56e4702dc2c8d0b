package io.github.attentioncourse.cli;

import io.github.attentioncourse.site.course.CourseSource;
import java.nio.file.Path;

/** The command line, parsed. */
record Options(String command, Path source, Path output, int port, boolean verbose, boolean help, int module, String title,
        String model) {

    static final String USAGE = """
            usage: java -jar generator/target/generator.jar <command> [options]
              build   check the course and bake it into the output folder
              check   check the course and write nothing
              serve   bake, serve on 127.0.0.1 and rebuild when files change
              new lesson --module N --title "…"   write a lesson skeleton with the next free order
              train [NAME]   train the model in content/models/NAME (all of them without NAME) and write its weights
            options:
              --source DIR   course root holding content/, templates/, assets/, jbake.properties (default .)
              --output DIR   where the site goes (default <source>/output)
              --port N       port for serve (default 8820; 0 picks a free one)
              --module N, --title T   for new lesson
              --verbose      show JBake's and the libraries' own logs""";

    static Options parse(String[] args) {
        String command = null;
        Path source = Path.of(".");
        Path output = null;
        int port = 8820;
        boolean verbose = false;
        int module = -1;
        String title = null;
        String model = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--source" -> source = Path.of(value(args, ++i, arg));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                case "--port" -> port = port(value(args, ++i, arg));
                case "--verbose", "-v" -> verbose = true;
                case "--module" -> module = number(value(args, ++i, arg), arg);
                case "--title" -> title = value(args, ++i, arg);
                case "--help", "-h", "help" -> {
                    return new Options("help", source, output, port, verbose, true, module, title, model);
                }
                default -> {
                    if ("new".equals(command) && arg.equals("lesson")) {
                        command = "new lesson";
                        continue;
                    }
                    if ("train".equals(command) && model == null && !arg.startsWith("-")) {
                        model = arg;
                        continue;
                    }
                    if (arg.startsWith("-") || command != null) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                    }
                    if (!arg.equals("build") && !arg.equals("check") && !arg.equals("serve") && !arg.equals("new")
                            && !arg.equals("train")) {
                        throw new IllegalArgumentException("unknown command '" + arg + "'; expected build, check, serve, new or train");
                    }
                    command = arg;
                }
            }
        }
        if (command == null) {
            throw new IllegalArgumentException("no command given; expected build, check, serve, new or train");
        }
        if (command.equals("new")) {
            throw new IllegalArgumentException("new needs what to create; expected new lesson --module N --title \"…\"");
        }
        if (command.equals("new lesson") && (module < 0 || title == null)) {
            throw new IllegalArgumentException("new lesson needs --module N and --title \"…\"");
        }
        return new Options(command, source, output, port, verbose, false, module, title, model);
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

    private static int number(String text, String option) {
        try {
            int number = Integer.parseInt(text);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(option + " " + text + " is not valid; expected a whole number");
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
