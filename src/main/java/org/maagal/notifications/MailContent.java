package org.maagal.notifications;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * An outbox message as an e-mail: its sender, its one recipient, its subject and text, and its file when it has one.
 * A calendar goes as mail clients expect an invitation (iMIP, RFC 6047, laid out as the large calendar services send
 * theirs): beside the text as its alternative, text/calendar with the method, which a client shows with accept and
 * decline; and once more as the file meeting.ics, typed application/ics so that no client takes it for a second
 * invitation. The Message-ID names the outbox message, the same on every attempt.
 */
final class MailContent {

  static {
    // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader each time it encodes or decodes a header or
    // a body (jakartaee/mail-api#861): in the packaged jar a scan of every nested jar, which took two thirds of a
    // message's processor time in the burst benchmark. Naming the provider makes the look-up a class look-up.
    if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
      System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private MailContent() {
  }

  /**
   * The e-mail of the message, ready to send (built without Spring's MimeMessageHelper, which reads mime.types each
   * time); {@code beforeEndOfData} runs after its last byte, before the end of data (see {@link Email}).
   */
  static Email email(Session session, String from, Notification message, Instant sent, Runnable beforeEndOfData)
      throws MessagingException {
    var email = new Email(session, message.id(), beforeEndOfData);
    email.setFrom(new InternetAddress(from));
    email.setRecipient(Message.RecipientType.TO, new InternetAddress(message.email()));
    email.setSubject(message.subject(), "UTF-8");
    writeContent(email, message);
    email.setSentDate(Date.from(sent));
    email.saveChanges();
    return email;
  }

  private static void writeContent(MimeMessage email, Notification message) throws MessagingException {
    var attachment = message.attachment();
    if (attachment.isEmpty()) {
      email.setText(message.body(), "UTF-8");
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
    email.setContent(mixed);
  }

  private static MimeBodyPart part(byte[] content, String type) throws MessagingException {
    var part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
    return part;
  }

  /**
   * The e-mail, which runs a step after its last byte and before the SMTP client writes the end of data. JavaMail's
   * SMTP transport writes the message once ({@code writeTo}) and then the end of data; an {@link IOException} from
   * {@code writeTo} makes it drop the connection instead, so a step that fails sends nothing.
   */
  static final class Email extends MimeMessage {

    private final Long id;
    private final Runnable beforeEndOfData;
    private boolean written;

    private Email(Session session, Long id, Runnable beforeEndOfData) {
      super(session);
      this.id = id;
      this.beforeEndOfData = beforeEndOfData;
    }

    /** Whether the whole message and the step went through, so that only its end of data could be missing. */
    boolean written() {
      return written;
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException, MessagingException {
      super.writeTo(out, ignoreHeaders);
      out.flush();
      if (!written) {
        try {
          beforeEndOfData.run();
        } catch (RuntimeException failed) {
          throw new IOException("message " + id + " not marked mailed, so not sent", failed);
        }
        written = true;
      }
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<notification-" + id + "@maagal>");
    }
  }
}
