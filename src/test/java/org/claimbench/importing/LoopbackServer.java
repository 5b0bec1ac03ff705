package org.claimbench.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A web server on the loopback address for tests that fetch pages; closed by the test. */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackServer start() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.start();
        return new LoopbackServer(s);
    }

    /** Serves {@code body} at {@code path} with a status and a Content-Type. */
    public LoopbackServer page(String path, int status, String contentType, byte[] body) {
        server.createContext(path, x -> send(x, status, contentType, body));
        return this;
    }

    /** Answers {@code path} with a permanent redirect to {@code target} (a path of this server). */
    public LoopbackServer redirect(String path, String target) {
        server.createContext(path, x -> {
            x.getResponseHeaders().add("Location", url(target));
            send(x, 301, "text/plain", new byte[0]);
        });
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }
}
