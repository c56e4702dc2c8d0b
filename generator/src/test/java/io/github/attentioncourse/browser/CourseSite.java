package io.github.attentioncourse.browser;

import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.testing.FixtureCourse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.jsoup.Jsoup;

/**
 * The real course (the project's content, templates and assets), baked once per test run (or
 * as {@code mvn package} just baked it into output/) and served on 127.0.0.1 under
 * {@value #SUB_PATH}, the way GitHub Pages serves a project site: an address with no file answers
 * 404 with the site's 404.html, at any depth.
 */
final class CourseSite {

    static final String SUB_PATH = "/attention-course/";
    /** The same site, except that its scripts answer 404: pages render as with JavaScript off, while tests can still run scripts. */
    static final String WITHOUT_SCRIPTS = "/attention-course-without-scripts/";

    private static CourseSite instance;

    private final Path output;
    private final Server server;
    private final int port;

    private CourseSite(Path output, Server server, int port) {
        this.output = output;
        this.server = server;
        this.port = port;
    }

    /** The baked course, baked and served on first use and stopped when the test JVM exits. */
    static synchronized CourseSite get() {
        if (instance == null) {
            Path output = bake();
            Server server = serve(output);
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            instance = new CourseSite(output, server, port);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    private static Path bake() {
        Path root = FixtureCourse.projectRoot();
        if (isFresh(root.resolve("output"), root)) {
            // `mvn verify` baked the course there in its package phase, moments ago
            return root.resolve("output");
        }
        Path output = root.resolve("generator/target/browser-site");
        CompiledCourse compiled = FixtureCourse.build(root, output);
        if (!compiled.errors().isEmpty()) {
            throw new IllegalStateException("the course does not bake: " + compiled.errors());
        }
        return output;
    }

    /** Whether {@code output} was baked after every change to the course and to the generator's classes. */
    private static boolean isFresh(Path output, Path root) {
        Path index = output.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            return false;
        }
        try {
            FileTime baked = Files.getLastModifiedTime(index);
            for (String part : List.of("content", "templates", "assets", "jbake.properties", "generator/target/classes")) {
                try (Stream<Path> files = Files.walk(root.resolve(part))) {
                    for (Path file : files.toList()) {
                        if (Files.getLastModifiedTime(file).compareTo(baked) > 0) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Server serve(Path output) {
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(output));
        files.setDirAllowed(false);
        files.setWelcomeFiles(List.of("index.html"));
        Handler.Sequence filesOrNotFound = new Handler.Sequence(files, new NotFoundPage(output.resolve("404.html")));
        Handler.Sequence noScripts = new Handler.Sequence(new NoScripts(), filesOrNotFound);
        server.setHandler(new ContextHandlerCollection(
                new ContextHandler(filesOrNotFound, SUB_PATH.substring(0, SUB_PATH.length() - 1)),
                new ContextHandler(noScripts, WITHOUT_SCRIPTS.substring(0, WITHOUT_SCRIPTS.length() - 1))));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test server", e);
        }
        return server;
    }

    /** What GitHub Pages answers for an address with no file: status 404 and the site's 404.html. */
    private static final class NotFoundPage extends Handler.Abstract {

        private final Path page;

        NotFoundPage(Path page) {
            this.page = page;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            response.setStatus(HttpStatus.NOT_FOUND_404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            response.write(true, ByteBuffer.wrap(Files.readAllBytes(page)), callback);
            return true;
        }
    }

    /** Answers 404 for every script. */
    private static final class NoScripts extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (!request.getHttpURI().getPath().endsWith(".js")) {
                return false;
            }
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
    }

    private void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // the JVM is exiting anyway
        }
    }

    /** Where a browser finds {@code page} (a path relative to the site root) from {@code origin}. */
    String url(Origin origin, String page) {
        return switch (origin) {
            case FILE -> output.resolve(page).toUri().toString();
            case HTTP -> serverRoot() + page;
        };
    }

    /** Where a browser finds {@code page} on the server that withholds the site's scripts. */
    String urlWithoutScripts(String page) {
        return "http://127.0.0.1:" + port + WITHOUT_SCRIPTS + page;
    }

    /** Every HTML page of the site, relative to its root, in a fixed order. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page holding an element that matches {@code css}; fails when no page does. */
    String firstPageWith(String css) {
        for (String page : pages()) {
            if (!html(page).select(css).isEmpty()) {
                return page;
            }
        }
        throw new IllegalStateException("no page of the course has " + css);
    }

    /** The baked page parsed as it is on disk, before any script ran. */
    org.jsoup.nodes.Document html(String page) {
        try {
            return Jsoup.parse(output.resolve(page).toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's root on the server: {@link #SUB_PATH} on 127.0.0.1. */
    String serverRoot() {
        return "http://127.0.0.1:" + port + SUB_PATH;
    }

    /** Whether a request stays on this machine: the pages themselves, inline data, or this server. */
    boolean isLocal(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("http://127.0.0.1:" + port + "/");
    }
}
