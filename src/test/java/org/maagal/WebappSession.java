package org.maagal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A cookie-keeping client that logs in to the engine's web apps as a browser does, CSRF token and all. */
public final class WebappSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  public WebappSession(int port) {
    this.port = port;
  }

  /**
   * Opens the app's page (which hands out the CSRF cookie) and logs in; answers the login's status. The
   * login starts a new session, so the app is opened once more, as the browser does, for its new token.
   */
  public int login(String user, String password, String app) throws IOException, InterruptedException {
    open("/camunda/app/" + app + "/");
    int status = post("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + user + "&password=" + password, true).statusCode();
    open("/camunda/app/" + app + "/");
    return status;
  }

  public HttpResponse<String> open(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST with a JSON body when the body starts with "{", else a form body. */
  public HttpResponse<String> post(String path, String body, boolean withCsrfToken)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
    if (withCsrfToken) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Any request with a JSON body (or none), the way our pages send it: on this session's cookies only,
   * with {@code csrfToken} in {@code X-XSRF-TOKEN} unless it is null.
   */
  public HttpResponse<String> send(String method, String path, String json, String csrfToken)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The session's cookies (its id and the CSRF token), to hand to a browser. */
  public List<HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }

  /** The web apps' CSRF token, as their cookie hands it to the browser's scripts. */
  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
