package org.maagal.documents;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on this machine that counts what is asked of it, standing for a server inside the municipality's
 * network that a document must not make Maagal call. It answers every path with a style sheet that would print
 * {@link #PRINTED} and a one-pixel image, so a fetch that got through would also show in the document.
 */
public final class RequestCounter implements AutoCloseable {

  public static final String PRINTED = "FETCHED-FROM-THE-NETWORK";
  private static final byte[] CSS = ("body::before { content: \"" + PRINTED + "\"; }").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final List<String> requested = new CopyOnWriteArrayList<>();

  public RequestCounter() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      // counted before the answer, so that a caller who got one was counted
      requested.add(exchange.getRequestURI().toString());
      exchange.getResponseHeaders().add("Content-Type", "text/css");
      exchange.sendResponseHeaders(200, CSS.length);
      try (var body = exchange.getResponseBody()) {
        body.write(CSS);
      }
    });
    server.start();
  }

  /** The server's address with the path, such as {@code http://127.0.0.1:41234/logo.png}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<String> requested() {
    return List.copyOf(requested);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
