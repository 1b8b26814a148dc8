package org.maagal;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The mail server the test profile's application sends to: GreenMail on the port the build gives each of its
 * parallel test JVMs ({@code maagal.test.smtp-port}, 3025 when run from an IDE), so that two JVMs never bind one port.
 */
public final class TestMail {

  public static final int PORT = Integer.getInteger("maagal.test.smtp-port", 3025);

  private TestMail() {
  }

  /** The e-mails the server received for this address. */
  public static List<MimeMessage> messagesTo(GreenMailOperations mail, String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .anyMatch(recipient -> recipient.toString().equals(address));
      } catch (MessagingException unreadable) {
        throw new IllegalStateException(unreadable);
      }
    }).toList();
  }

  /** GreenMail on that port, started once for a test class. */
  public static GreenMailExtension server() {
    return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
  }
}
