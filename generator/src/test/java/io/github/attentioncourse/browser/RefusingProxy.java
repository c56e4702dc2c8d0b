package io.github.attentioncourse.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it writes down where each request wanted to
 * go and answers 403. A browser set to use it for every host but this machine cannot send
 * anything off the machine, whatever it or a page tries, and the test can ask where it tried to.
 */
final class RefusingProxy implements AutoCloseable {

    private static final byte[] REFUSAL = ("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final List<String> requested = new ArrayList<>();

    RefusingProxy() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "refusing-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** host:port of the proxy, as browsers are told it. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Every address asked for since the last call (an https address as host:port, from its CONNECT). */
    synchronized List<String> takeRequested() {
        List<String> taken = List.copyOf(requested);
        requested.clear();
        return taken;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                String line = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                if (line != null) {
                    String[] parts = line.split(" ");
                    synchronized (this) {
                        requested.add(parts.length > 1 ? parts[1] : line);
                    }
                }
                OutputStream out = client.getOutputStream();
                out.write(REFUSAL);
                out.flush();
            } catch (IOException e) {
                // a client that hung up, or the proxy closing: nothing to answer either way
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
