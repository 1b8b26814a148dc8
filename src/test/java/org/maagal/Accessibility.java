package org.maagal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's {@code axe.min.js}, from the test dependency {@code com.deque.html.axe-core:selenium}) run on the
 * page a browser test has open, for the rules of WCAG 2.0 and 2.1, levels A and AA: what IS 5568 asks of a municipal
 * web service. A browser test calls {@link #assertNoViolations} once it has waited for the page's data, once a page
 * state. The failure names each broken rule, how much it matters, what it asks, and the first offending elements with
 * axe's own words for what is wrong with each: enough to fix it without running the test again.
 */
public final class Accessibility {

  /** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final int NODES_SHOWN = 4;
  private static final int HTML_SHOWN = 300;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String axe;

  /** A broken rule and the elements that break it (each a CSS target, its HTML, and what axe says is wrong). */
  public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
  }

  /** One offending element. */
  public record Node(String target, String html, String summary) {
  }

  private Accessibility() {
  }

  /** Fails with a readable list when the page {@code what} breaks any WCAG 2.1 AA rule. */
  public static void assertNoViolations(WebDriver browser, String what) {
    var violations = violations(browser);
    if (!violations.isEmpty()) {
      throw new AssertionError(describe(what, browser.getCurrentUrl(), violations));
    }
  }

  /** The WCAG 2.1 AA rules the page breaks, with the elements that break them. */
  public static List<Violation> violations(WebDriver browser) {
    var page = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
      page.executeScript(axeScript());
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object answer = page.executeAsyncScript(RUN, WCAG_21_AA);
    try {
      JsonNode result = JSON.readTree((String) answer);
      if (result.has("error")) {
        throw new IllegalStateException("axe-core did not run: " + result.get("error").asText());
      }
      var violations = new ArrayList<Violation>();
      for (JsonNode violation : result) {
        var nodes = new ArrayList<Node>();
        violation.get("nodes").forEach(node -> nodes.add(new Node(node.get("target").toString(),
            node.get("html").asText(), node.path("failureSummary").asText())));
        violations.add(new Violation(violation.get("id").asText(), violation.path("impact").asText(),
            violation.get("help").asText(), violation.get("helpUrl").asText(), nodes));
      }
      return violations;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("axe-core's answer is not JSON: " + answer, unreadable);
    }
  }

  /** The failure's message: the page, then each rule with its first elements. */
  static String describe(String what, String url, List<Violation> violations) {
    var text = new StringBuilder().append("Accessibility (axe-core, WCAG 2.1 AA) of ").append(what).append(" at ")
        .append(url).append(": ").append(violations.size()).append(" rule(s) broken\n");
    int number = 0;
    for (var violation : violations) {
      text.append(++number).append(". ").append(violation.rule()).append(" (").append(violation.impact())
          .append("): ").append(violation.help()).append(" — ").append(violation.helpUrl()).append('\n')
          .append("   ").append(violation.nodes().size()).append(" element(s)")
          .append(violation.nodes().size() > NODES_SHOWN ? ", the first " + NODES_SHOWN : "").append(":\n");
      for (var node : violation.nodes().subList(0, Math.min(NODES_SHOWN, violation.nodes().size()))) {
        text.append("   - ").append(node.target()).append('\n')
            .append("     ").append(shortened(node.html())).append('\n')
            .append("     ").append(node.summary().replace("\n", "\n     ")).append('\n');
      }
    }
    return text.toString();
  }

  private static String shortened(String html) {
    String line = html.replaceAll("\\s+", " ");
    return line.length() <= HTML_SHOWN ? line : line.substring(0, HTML_SHOWN) + "…";
  }

  private static synchronized String axeScript() {
    if (axe == null) {
      try (InputStream script = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
        if (script == null) {
          throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
        }
        axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return axe;
  }

  /** Runs axe on the whole document for the tags (arguments[0]) and answers its violations as JSON (or {error}). */
  private static final String RUN = """
      const [tags, done] = arguments;
      axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then(result => done(JSON.stringify(result.violations)))
        .catch(error => done(JSON.stringify({ error: String(error) })));
      """;
}
