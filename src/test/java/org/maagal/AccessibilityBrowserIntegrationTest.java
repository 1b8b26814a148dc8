package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@link Accessibility} on two small pages of its own, without the application: it finds what is wrong, and says it
 * so that it can be fixed from the message; a page without a fault passes.
 */
@BrowserTest
class AccessibilityBrowserIntegrationTest {

  static final String FAULTY = """
      <!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="UTF-8"><title>דף בדיקה</title></head>
      <body><main><h1>דף בדיקה</h1>
      <p id="pale" style="color: #aaa">טקסט חיוור על רקע לבן</p>
      <input id="nameless">
      </main></body></html>""";
  static final String FAULTLESS = """
      <!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="UTF-8"><title>דף בדיקה</title></head>
      <body><main><h1>דף בדיקה</h1>
      <p style="color: #666">טקסט אפור כהה דיו</p>
      <label>שם <input id="named"></label>
      </main></body></html>""";

  @Test
  void aPaleTextAndAFieldWithoutALabelAreNamedInTheFailure() {
    ChromeDriver browser = HeadlessChromium.newVisitor();
    open(browser, FAULTY);

    assertThat(Accessibility.violations(browser)).extracting(Accessibility.Violation::rule)
        .contains("color-contrast", "label");
    assertThatThrownBy(() -> Accessibility.assertNoViolations(browser, "a faulty page"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("of a faulty page at data:")
        .hasMessageContaining("color-contrast (serious)")
        .hasMessageContaining("[\"#pale\"]")
        .hasMessageContaining("insufficient color contrast")
        .hasMessageContaining("[\"#nameless\"]")
        .hasMessageContaining("<input id=\"nameless\">");
  }

  @Test
  void aPageWithoutAFaultPasses() {
    ChromeDriver browser = HeadlessChromium.newVisitor();
    open(browser, FAULTLESS);

    Accessibility.assertNoViolations(browser, "a faultless page");
  }

  private static void open(ChromeDriver browser, String html) {
    browser.get("data:text/html;charset=utf-8;base64,"
        + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
  }
}
