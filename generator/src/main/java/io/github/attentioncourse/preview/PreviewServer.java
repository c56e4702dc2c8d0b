package io.github.attentioncourse.preview;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/** Jetty on 127.0.0.1 serving the output folder, HTML pages through {@link LivePages}. */
final class PreviewServer implements AutoCloseable {

    private final Server server;

    PreviewServer(Path output, int port, LiveState state) throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", port));
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(files).newResource(output));
        files.setDirAllowed(false);
        files.setWelcomeFiles("index.html");
        // Files change under the server on every rebuild: never let a browser or Jetty keep an old copy.
        files.setCacheControl("no-store");
        files.setEtags(false);
        files.setUseFileMapping(false);
        server.setHandler(new LivePages(files, output.toAbsolutePath().normalize(), state));
        server.start();
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
