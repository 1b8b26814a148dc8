package org.maagal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test (a class, or one method of a class whose other tests need no browser) that drives headless Chromium. It runs where the browser and its driver are installed and
 * is skipped elsewhere, with one line naming what to install, so that the test command passes on a
 * machine with only Java and Maven. With {@code MAAGAL_REQUIRE_BROWSER=true} (set by {@code .ci/run})
 * a missing browser fails the test instead: CI always runs the browser tests. A failed test keeps what the browser
 * showed ({@link HeadlessChromium#keepFailedPage}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BrowserTest.ChromiumInstalled.class, BrowserTest.KeepFailedPage.class})
public @interface BrowserTest {

  String INSTALL = "apt-get install -y chromium chromium-driver";

  final class ChromiumInstalled implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (HeadlessChromium.installed()) {
        return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
      }
      String missing = "Browser tests skipped: no " + HeadlessChromium.missing() + " on this machine; to run them: " + INSTALL;
      if ("true".equalsIgnoreCase(System.getenv("MAAGAL_REQUIRE_BROWSER"))) {
        throw new IllegalStateException(missing.replace("skipped", "required (MAAGAL_REQUIRE_BROWSER=true)"));
      }
      if (TOLD.compareAndSet(false, true)) {
        System.out.println(missing);
      }
      return ConditionEvaluationResult.disabled(missing);
    }
  }

  /** Keeps the page of a failed test, before its clean-up changes what the browser shows. */
  final class KeepFailedPage implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isPresent()) {
        HeadlessChromium.keepFailedPage(context.getRequiredTestClass().getSimpleName() + "."
            + context.getRequiredTestMethod().getName());
      }
    }
  }
}
