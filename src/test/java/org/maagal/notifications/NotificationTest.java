package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** An invitation is a message of its own kind that carries its meeting as meeting.ics, of a bounded size. */
class NotificationTest {

  static final Instant WRITTEN = Instant.parse("2026-01-05T09:30:00Z");

  @Test
  void anInvitationCarriesItsMeetingAsACalendarFileStampedWhenWritten() {
    var event = CalendarEventTest.winterMeeting();

    var invitation = Notification.invitation("INVITATION|meeting-42|0|orit-shaked", "orit-shaked",
        "orit-shaked@ein-karmit.example", "זימון: ישיבת ועדת היגוי", "שלום,\n\nמוזמנת לישיבה.", event, WRITTEN);

    assertThat(invitation.kind()).isEqualTo(Notification.Kind.INVITATION);
    assertThat(invitation.attachment()).hasValueSatisfying(file -> {
      assertThat(file.name()).isEqualTo("meeting.ics");
      assertThat(file.type()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
      assertThat(file.content()).isEqualTo(event.ics(WRITTEN));
    });
    assertThat(invitation.view().attachment()).isEqualTo("meeting.ics");
  }

  @Test
  void aCancellationsFileSaysCancel() {
    var cancelled = CalendarEventTest.meeting("ישיבת ועדת היגוי", LocalDateTime.parse("2026-01-15T10:00"), 1, true);

    var invitation = Notification.invitation("INVITATION|meeting-42|1|orit-shaked", "orit-shaked",
        "orit-shaked@ein-karmit.example", "בוטלה: ישיבת ועדת היגוי", "הישיבה בוטלה.", cancelled, WRITTEN);

    assertThat(invitation.attachment().orElseThrow().type())
        .isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
  }

  @Test
  void aMessageWrittenAsBeforeHasNoAttachment() {
    var reminder = new Notification("REMINDER|task-1|orit-shaked|2026-01-15", Notification.Kind.REMINDER,
        "orit-shaked", "orit-shaked@ein-karmit.example", "תזכורת", "גוף", "task-1", WRITTEN);

    assertThat(reminder.attachment()).isEmpty();
    assertThat(reminder.view().attachment()).isNull();
  }

  @Test
  void aCalendarOverSixtyFourKilobytesIsRefused() {
    var start = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, CalendarEventTest.ISRAEL);
    // Hebrew is two octets a character: 33,000 characters are some 66,000 octets
    var event = new CalendarEvent("meeting-9@maagal", 0, start, start.plusHours(1), "ישיבה", "א".repeat(33_000), null,
        CalendarEventTest.ORGANIZER, CalendarEventTest.MEMBERS, false);

    assertThatIllegalArgumentException().isThrownBy(() -> Notification.invitation("INVITATION|meeting-9|0|orit",
        "orit-shaked", "orit-shaked@ein-karmit.example", "זימון", "גוף", event, WRITTEN))
        .withMessageContaining("65536");
  }
}
