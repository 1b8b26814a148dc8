package org.maagal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server the test profile's application sends to: GreenMail on the port the build gives each of its
 * parallel test JVMs ({@code maagal.test.smtp-port}, 3025 when run from an IDE), so that two JVMs never bind one port.
 */
public final class TestMail {

  public static final int PORT = Integer.getInteger("maagal.test.smtp-port", 3025);

  private TestMail() {
  }

  /** GreenMail on that port, started once for a test class. */
  public static GreenMailExtension server() {
    return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
  }
}
