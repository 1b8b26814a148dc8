package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.TestMail;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A committee member's invitation goes through the outbox as any message does, and reaches the mail server as mail
 * clients expect an invitation: the Hebrew text, and the meeting as text/calendar with its method, which another
 * parser reads back as the meeting; a cancellation says CANCEL. A member who chose a daily digest still gets each
 * invitation the day it is written.
 */
@MaagalIntegrationTest
class InvitationMailIntegrationTest {

  static final String MEMBER = "invitation-test-member";
  static final String ADDRESS = "orit-shaked@invitations.example";
  static final Instant WRITTEN = Instant.parse("2026-01-05T09:30:00Z");
  static final String BODY = "שלום אורית,\n\nאת מוזמנת לישיבת ועדת ההיגוי ביום חמישי, 15/1/2026, בשעה 10:00.";

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @Autowired
  Outbox outbox;
  @Autowired
  Notifications notifications;
  @Autowired
  DigestPreferences digests;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void anInvitationIsMailedAsHebrewTextWithTheMeetingAsACalendarAClientCanAnswer() throws Exception {
    digests.save(new DigestPreference(MEMBER, true));
    var event = CalendarEventTest.winterMeeting();
    var invitation = Notification.invitation("INVITATION|meeting-42@maagal|0|" + MEMBER, MEMBER, ADDRESS,
        "זימון: ישיבת ועדת היגוי", BODY, event, WRITTEN);
    transactions.executeWithoutResult(status -> {
      assertThat(outbox.put(invitation)).isTrue();
      outbox.putDigests(LocalDate.parse("2026-01-05"), WRITTEN);
    });

    mailEverythingWaiting();

    var received = messagesTo(ADDRESS);
    assertThat(received).as("the invitation on its own, not in a digest").singleElement();
    var email = received.get(0);
    assertThat(email.getSubject()).isEqualTo("זימון: ישיבת ועדת היגוי");
    assertThat(email.getContentType()).startsWith("multipart/mixed");
    var parts = leaves(email);
    assertThat(parts).filteredOn(part -> isMimeType(part, "text/plain")).singleElement()
        .satisfies(text -> assertThat(text.getContent()).isEqualTo(BODY));
    var calendar = parts.stream().filter(part -> isMimeType(part, "text/calendar")).toList();
    assertThat(calendar).as("one calendar part: the invitation a client answers").hasSize(1);
    var type = new ContentType(calendar.get(0).getContentType());
    assertThat(type.getParameter("method")).isEqualTo("REQUEST");
    assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
    var parsed = ParsedInvitation.of(text(calendar.get(0)));
    assertThat(parsed.method()).isEqualTo("REQUEST");
    assertThat(parsed.summary()).isEqualTo("ישיבת ועדת היגוי");
    assertThat(parsed.start()).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
    assertThat(parsed.attendees()).containsExactlyElementsOf(CalendarEventTest.MEMBERS);
    assertThat(parts).filteredOn(InvitationMailIntegrationTest::isAttachment).singleElement()
        .satisfies(file -> {
          assertThat(file.getFileName()).isEqualTo("meeting.ics");
          assertThat(text(file)).isEqualTo(event.ics(WRITTEN));
        });
    var kept = notifications.findById(invitation.id()).orElseThrow().view();
    assertThat(kept.mailedAt()).isNotNull();
    assertThat(kept.confirmedAt()).as("the mail server took it").isNotNull();
    assertThat(kept.attachment()).isEqualTo("meeting.ics");
  }

  @Test
  void aCancellationIsMailedWithMethodCancel() throws Exception {
    var cancelled = CalendarEventTest.meeting("ישיבת ועדת היגוי", LocalDateTime.parse("2026-01-15T10:00"), 1, true);
    var address = "amit-gilboa@invitations.example";
    transactions.executeWithoutResult(status -> outbox.put(Notification.invitation(
        "INVITATION|meeting-42@maagal|1|amit-gilboa", "amit-gilboa", address, "בוטלה: ישיבת ועדת היגוי",
        "הישיבה בוטלה.", cancelled, WRITTEN)));

    mailEverythingWaiting();

    var calendar = leaves(messagesTo(address).get(0)).stream().filter(part -> isMimeType(part, "text/calendar"))
        .toList();
    assertThat(calendar).singleElement().satisfies(part -> {
      assertThat(new ContentType(part.getContentType()).getParameter("method")).isEqualTo("CANCEL");
      assertThat(ParsedInvitation.of(text(part)).status()).isEqualTo("CANCELLED");
    });
  }

  /** What the mailing jobs do, run here: the tests' job executor is off. */
  private void mailEverythingWaiting() {
    while (outbox.mailWaiting(Outbox.SHARE) > 0) {
      // the next share
    }
  }

  private static List<MimeMessage> messagesTo(String address) {
    return TestMail.messagesTo(mail, address);
  }


  /** The parts that are not multiparts, depth first. */
  private static List<Part> leaves(Part part) throws MessagingException, IOException {
    var leaves = new ArrayList<Part>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        leaves.addAll(leaves(child));
      }
    } else {
      leaves.add(part);
    }
    return leaves;
  }

  private static boolean isMimeType(Part part, String type) {
    try {
      return part.isMimeType(type);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isAttachment(Part part) {
    try {
      return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Part part) throws MessagingException, IOException {
    try (var in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
