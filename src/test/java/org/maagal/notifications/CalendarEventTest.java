package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invitation's iCalendar text: every line at most 75 octets and no character cut by a fold, values escaped,
 * times in UTC across Israel's daylight saving, the cancellation's form; and ical4j, a parser that is not ours,
 * reads back what was meant.
 */
class CalendarEventTest {

  static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  static final Instant STAMP = Instant.parse("2026-01-05T09:30:15.123Z");
  static final CalendarEvent.Participant ORGANIZER = new CalendarEvent.Participant("מרכזת הוועדה",
      "committee-secretary@ein-karmit.example");
  static final List<CalendarEvent.Participant> MEMBERS = List.of(
      new CalendarEvent.Participant("אורית שקד", "orit-shaked@ein-karmit.example"),
      new CalendarEvent.Participant("ד\"ר עמית, גלבוע; יו\"ר", "amit-gilboa@ein-karmit.example"));

  static CalendarEvent meeting(String summary, LocalDateTime start, int sequence, boolean cancelled) {
    return new CalendarEvent("meeting-42@maagal", sequence, start.atZone(ISRAEL), start.plusHours(2).atZone(ISRAEL),
        summary, "סדר היום: תוכניות העבודה", "חדר הישיבות, קומה 3", ORGANIZER, MEMBERS, cancelled);
  }

  static CalendarEvent winterMeeting() {
    return meeting("ישיבת ועדת היגוי", LocalDateTime.parse("2026-01-15T10:00"), 0, false);
  }

  @Test
  void aLongHebrewSummaryIsFoldedAt75OctetsWithoutCuttingACharacter() throws CharacterCodingException {
    var summary = "ישיבת ועדת ההיגוי לתוכנית העבודה השנתית של המחלקות, דיון בתקציב הפיתוח ובמדדי ההצלחה 🗓️ "
        .repeat(4).strip();
    var event = meeting(summary, LocalDateTime.parse("2026-01-15T10:00"), 0, false);

    var ics = event.ics(STAMP);

    var lines = lines(ics);
    assertThat(lines).allSatisfy(line -> assertThat(line.length).as("octets of a line").isLessThanOrEqualTo(75));
    var strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    var decoded = new ArrayList<String>();
    for (var line : lines) {
      decoded.add(strict.decode(ByteBuffer.wrap(line)).toString()); // a line with half a character fails here
    }
    var summaryLines = decoded.subList(decoded.indexOf(decoded.stream().filter(line -> line.startsWith("SUMMARY:"))
        .findFirst().orElseThrow()), decoded.size()).stream().takeWhile(line -> line.startsWith("SUMMARY:")
        || line.startsWith(" ")).toList();
    assertThat(summaryLines).as("folded in several lines").hasSizeGreaterThan(5);
    assertThat(summaryLines.subList(0, summaryLines.size() - 1)).as("each full but for the next character")
        .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(71));
    assertThat(unfold(ics)).contains("\r\nSUMMARY:" + summary.replace(",", "\\,") + "\r\n");
    assertThat(ParsedInvitation.of(ics).summary()).isEqualTo(summary);
  }

  @Test
  void textValuesAreEscapedAndReadBackAsWritten() {
    var summary = "תקציב; פיתוח, שלב א\\ב";
    var description = "שורה ראשונה\nשורה שנייה\r\nשורה שלישית; סוף, באמת";
    var event = new CalendarEvent("meeting-7@maagal", 0, ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ISRAEL),
        ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, ISRAEL), summary, description, "בניין העירייה, חדר 2", ORGANIZER,
        MEMBERS, false);

    var ics = event.ics(STAMP);

    var unfolded = unfold(ics);
    assertThat(unfolded).contains("\r\nSUMMARY:תקציב\\; פיתוח\\, שלב א\\\\ב\r\n")
        .contains("\r\nDESCRIPTION:שורה ראשונה\\nשורה שנייה\\nשורה שלישית\\; סוף\\, באמת\r\n")
        .contains("\r\nLOCATION:בניין העירייה\\, חדר 2\r\n")
        .contains("\r\nATTENDEE;CN=\"ד^'ר עמית, גלבוע; יו^'ר\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
            + ":mailto:amit-gilboa@ein-karmit.example\r\n");
    var parsed = ParsedInvitation.of(ics);
    assertThat(parsed.summary()).isEqualTo(summary);
    assertThat(parsed.description()).isEqualTo("שורה ראשונה\nשורה שנייה\nשורה שלישית; סוף, באמת");
    assertThat(parsed.location()).isEqualTo("בניין העירייה, חדר 2");
    assertThat(parsed.attendees()).containsExactlyElementsOf(MEMBERS);
  }

  @Test
  void everyLineEndsInCrlfAndTheCalendarHasItsHeader() {
    var ics = winterMeeting().ics(STAMP);

    assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    assertThat(unfold(ics)).startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Maagal//Committee meetings//HE\r\nVERSION:2.0\r\n")
        .contains("\r\nMETHOD:REQUEST\r\n").contains("\r\nUID:meeting-42@maagal\r\n").contains("\r\nSEQUENCE:0\r\n")
        .contains("\r\nDTSTAMP:20260105T093015Z\r\n")
        .contains("\r\nORGANIZER;CN=\"מרכזת הוועדה\":mailto:committee-secretary@ein-karmit.example\r\n")
        .doesNotContain("STATUS:").endsWith("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  }

  @Test
  void aMeetingAtTenInIsraelIsAtEightUtcInWinterAndAtSevenInSummer() {
    var winter = winterMeeting().ics(STAMP);
    var summer = meeting("ישיבת ועדת היגוי", LocalDateTime.parse("2026-07-15T10:00"), 0, false).ics(STAMP);

    assertThat(winter).contains("\r\nDTSTART:20260115T080000Z\r\n").contains("\r\nDTEND:20260115T100000Z\r\n");
    assertThat(summer).contains("\r\nDTSTART:20260715T070000Z\r\n").contains("\r\nDTEND:20260715T090000Z\r\n");
    assertThat(ParsedInvitation.of(winter).start()).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
    assertThat(ParsedInvitation.of(summer).start()).isEqualTo(Instant.parse("2026-07-15T07:00:00Z"));
    assertThat(ParsedInvitation.of(summer).end()).isEqualTo(Instant.parse("2026-07-15T09:00:00Z"));
  }

  @Test
  void aCancellationIsMethodCancelWithStatusCancelledAndAHigherSequence() {
    var cancelled = meeting("ישיבת ועדת היגוי", LocalDateTime.parse("2026-01-15T10:00"), 2, true);

    var parsed = ParsedInvitation.of(cancelled.ics(STAMP));

    assertThat(cancelled.method()).isEqualTo("CANCEL");
    assertThat(parsed.method()).isEqualTo("CANCEL");
    assertThat(parsed.status()).isEqualTo("CANCELLED");
    assertThat(parsed.sequence()).isEqualTo(2);
    assertThat(parsed.uid()).isEqualTo("meeting-42@maagal");
    assertThat(parsed.attendees()).containsExactlyElementsOf(MEMBERS);
  }

  @Test
  void anotherParserReadsTheInvitationAsMeant() {
    var parsed = ParsedInvitation.of(winterMeeting().ics(STAMP));

    assertThat(parsed.method()).isEqualTo("REQUEST");
    assertThat(parsed.uid()).isEqualTo("meeting-42@maagal");
    assertThat(parsed.sequence()).isZero();
    assertThat(parsed.stamp()).isEqualTo(Instant.parse("2026-01-05T09:30:15Z"));
    assertThat(parsed.summary()).isEqualTo("ישיבת ועדת היגוי");
    assertThat(parsed.description()).isEqualTo("סדר היום: תוכניות העבודה");
    assertThat(parsed.location()).isEqualTo("חדר הישיבות, קומה 3");
    assertThat(parsed.status()).isNull();
    assertThat(parsed.organizer()).isEqualTo(ORGANIZER);
    assertThat(parsed.attendees()).as("a name with a double quote, a comma and a semicolon comes back whole")
        .containsExactlyElementsOf(MEMBERS);
  }

  @Test
  void anEventWithoutDescriptionOrLocationLeavesThemOut() {
    var start = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ISRAEL);
    var ics = new CalendarEvent("meeting-8@maagal", 0, start, start.plusHours(1), "ישיבה", null, " ", ORGANIZER,
        MEMBERS, false).ics(STAMP);

    assertThat(ics).doesNotContain("DESCRIPTION").doesNotContain("LOCATION");
  }

  @Test
  void badEventsAreRefused() {
    var start = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ISRAEL);
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", 0, start, start,
        "ישיבה", null, null, ORGANIZER, MEMBERS, false)).withMessageContaining("ends after it starts");
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", 0, start,
        start.minusHours(1), "ישיבה", null, null, ORGANIZER, MEMBERS, false));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", 0, start, null,
        "ישיבה", null, null, ORGANIZER, MEMBERS, false));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent(" ", 0, start, start.plusHours(1),
        "ישיבה", null, null, ORGANIZER, MEMBERS, false)).withMessageContaining("uid");
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", 0, start,
        start.plusHours(1), "", null, null, ORGANIZER, MEMBERS, false)).withMessageContaining("summary");
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", -1, start,
        start.plusHours(1), "ישיבה", null, null, ORGANIZER, MEMBERS, false));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", 0, start,
        start.plusHours(1), "ישיבה", null, null, null, MEMBERS, false));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("meeting-1@maagal", 0, start,
        start.plusHours(1), "ישיבה", null, null, ORGANIZER, List.of(), false));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent.Participant("אורית שקד",
        "orit@ein-karmit.example\r\nATTENDEE:mailto:intruder@elsewhere.example"));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent.Participant("אורית שקד", "orit"));
    assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent.Participant(" ",
        "orit@ein-karmit.example"));
  }

  /** The lines' octets, split at CRLF. */
  static List<byte[]> lines(String ics) {
    byte[] octets = ics.getBytes(StandardCharsets.UTF_8);
    var lines = new ArrayList<byte[]>();
    int from = 0;
    for (int i = 0; i + 1 < octets.length; i++) {
      if (octets[i] == '\r' && octets[i + 1] == '\n') {
        lines.add(Arrays.copyOfRange(octets, from, i));
        from = i + 2;
      }
    }
    assertThat(from).as("the text ends with CRLF").isEqualTo(octets.length);
    return lines;
  }

  /** RFC 5545, 3.1: a CRLF followed by one space is removed. */
  static String unfold(String ics) {
    return ics.replace("\r\n ", "");
  }
}
