package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests exactly as an attacker writes them: any method, raw query strings, any content type,
 * bodies that a well-behaved client would never send. Answers the raw response.
 */
final class RawClient {

  /** How often a body of bytes is sent when the connection is lost before its answer. */
  private static final int ATTEMPTS = 3;

  private final int port;
  private final String authorization;
  private final Map<String, String> headers;
  private final HttpClient http = HttpClient.newHttpClient();

  private RawClient(int port, String authorization, Map<String, String> headers) {
    this.port = port;
    this.authorization = authorization;
    this.headers = headers;
  }

  static RawClient anonymous(int port) {
    return new RawClient(port, null, Map.of());
  }

  static RawClient as(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new RawClient(port, "Basic " + token, Map.of());
  }

  /** The same client, sending these headers too (as a browser would: Origin, Sec-Fetch-Site). */
  RawClient withHeaders(Map<String, String> more) {
    var all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new RawClient(port, authorization, all);
  }

  /** This server's own origin, as a browser names it. */
  String origin() {
    return "http://localhost:" + port;
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, null);
  }

  HttpResponse<String> json(String method, String path, String body) {
    return send(method, path, "application/json", body);
  }

  HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(method + " " + pathAndQuery + " failed", e);
    }
  }

  /**
   * A body of bytes, its length declared ({@code Content-Length}) or not: then it goes in chunks
   * ({@code Transfer-Encoding: chunked}), as a client streaming an upload sends it.
   *
   * <p>An oversized body is refused before it is read, and the server then closes the connection (Tomcat drains no
   * more than 2 MB of a refused body). A client still writing the rest may lose the answer with the connection
   * ("header parser received no bytes": one run in many on two cores); it sends again, as a person would, up to
   * {@link #ATTEMPTS} times. A server that never answers still fails the test.
   */
  HttpResponse<String> send(String method, String path, String contentType, byte[] body, boolean declaredLength) {
    var publisher = declaredLength ? HttpRequest.BodyPublishers.ofByteArray(body)
        : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method, publisher)
        .header("Content-Type", contentType);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    IOException lost = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException connectionLost) {
        lost = connectionLost;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + path + " interrupted", e);
      }
    }
    throw new IllegalStateException(method + " " + path + " failed " + ATTEMPTS + " times", lost);
  }


  /** A multipart/form-data body of text fields and one file part, as a browser or curl writes it. */
  static byte[] multipart(String boundary, java.util.Map<String, String> fields, String fileField, String fileName,
      byte[] file) {
    var out = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A refusal of ours: the status, a problem detail, and nothing of the engine's insides. */
  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertFreeOfInternals(response);
  }

  /** No stack trace, exception class, Java package or expression text in what the caller reads. */
  static void assertFreeOfInternals(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("Exception", "java.", "org.camunda", "\tat ", "getClass",
        "${", "SQL");
  }
}
