package org.maagal.notifications;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * What an outbox e-mail holds: its text, and its file when it has one. A calendar goes as mail clients expect an
 * invitation (iMIP, RFC 6047, laid out as the large calendar services send theirs): beside the text as its
 * alternative, text/calendar with the method, which a client shows with accept and decline; and once more as the
 * file meeting.ics, typed application/ics so that no client takes it for a second invitation.
 */
final class MailContent {

  private MailContent() {
  }

  static void write(MimeMessageHelper helper, Notification message) throws MessagingException {
    var attachment = message.attachment();
    if (attachment.isEmpty()) {
      helper.setText(message.body());
      return;
    }
    var file = attachment.get();
    byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
    boolean calendar = file.type().toLowerCase(Locale.ROOT).startsWith("text/calendar");

    var text = new MimeBodyPart();
    text.setText(message.body(), "UTF-8");
    var mixed = new MimeMultipart("mixed");
    if (calendar) {
      var alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(part(content, file.type()));
      var body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
    } else {
      mixed.addBodyPart(text);
    }
    var copy = part(content, calendar ? "application/ics" : file.type());
    copy.setFileName(file.name());
    copy.setDisposition(Part.ATTACHMENT);
    mixed.addBodyPart(copy);
    helper.getMimeMessage().setContent(mixed);
  }

  private static MimeBodyPart part(byte[] content, String type) throws MessagingException {
    var part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
    return part;
  }
}
