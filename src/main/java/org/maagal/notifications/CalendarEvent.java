package org.maagal.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One meeting as an iCalendar invitation (RFC 5545, sent by e-mail as iMIP, RFC 6047): mail clients show it with
 * accept and decline, and put it in the attendee's calendar. The same {@code uid} with a higher {@code sequence}
 * moves the meeting in every calendar that has it; {@code cancelled} takes it out. Times are written in UTC, so
 * that no client has to know Israel's daylight saving rules.
 *
 * @param uid the meeting's one name in every calendar, the same for its updates and its cancellation
 * @param sequence 0 for the first invitation, one more for each update and for the cancellation
 * @param description may be empty; so may {@code location}
 * @param cancelled true for a cancellation (METHOD:CANCEL), false for an invitation or an update (METHOD:REQUEST)
 */
public record CalendarEvent(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
    String description, String location, Participant organizer, List<Participant> attendees, boolean cancelled) {

  /** A line's octets at most, not counting its CRLF (RFC 5545, 3.1). */
  static final int LINE_OCTETS = 75;
  static final String PRODUCT = "-//Maagal//Committee meetings//HE";
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  public CalendarEvent {
    requireText(uid, "uid");
    requireText(summary, "summary");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    if (start == null || end == null || !end.isAfter(start)) {
      throw new IllegalArgumentException("a meeting ends after it starts: " + start + " to " + end);
    }
    if (organizer == null) {
      throw new IllegalArgumentException("an invitation has an organizer (RFC 5546, 3.2.2)");
    }
    if (attendees == null || attendees.isEmpty() || attendees.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("an invitation has attendees");
    }
    attendees = List.copyOf(attendees);
  }

  /** A person on the invitation; the name is shown, the address is where replies go. */
  public record Participant(String name, String email) {

    public Participant {
      requireText(name, "name");
      if (email == null || !email.matches("[^\\s\\p{Cntrl}@\"<>]+@[^\\s\\p{Cntrl}@\"<>]+")) {
        throw new IllegalArgumentException("not an e-mail address: " + email);
      }
    }
  }

  /** REQUEST or CANCEL: the calendar's METHOD, and the same word in the e-mail part's content type. */
  public String method() {
    return cancelled ? "CANCEL" : "REQUEST";
  }

  /**
   * The iCalendar text, lines ended by CRLF and folded at 75 octets. {@code stamp} is its DTSTAMP, when it was
   * written: a client keeps the newest of two with the same sequence.
   */
  public String ics(Instant stamp) {
    Objects.requireNonNull(stamp, "stamp");
    var ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "PRODID:" + PRODUCT);
    line(ics, "VERSION:2.0");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:" + method());
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + text(uid));
    line(ics, "SEQUENCE:" + sequence);
    line(ics, "DTSTAMP:" + utc(stamp));
    line(ics, "DTSTART:" + utc(start.toInstant()));
    line(ics, "DTEND:" + utc(end.toInstant()));
    line(ics, "SUMMARY:" + text(summary));
    if (description != null && !description.isBlank()) {
      line(ics, "DESCRIPTION:" + text(description));
    }
    if (location != null && !location.isBlank()) {
      line(ics, "LOCATION:" + text(location));
    }
    line(ics, "ORGANIZER;CN=" + parameter(organizer.name()) + ":mailto:" + organizer.email());
    for (var attendee : attendees) {
      line(ics, "ATTENDEE;CN=" + parameter(attendee.name())
          + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee.email());
    }
    if (cancelled) {
      line(ics, "STATUS:CANCELLED");
    }
    line(ics, "END:VEVENT");
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static String utc(Instant instant) {
    return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A TEXT value (RFC 5545, 3.3.11); control characters other than line ends have no place in it and are left out. */
  static String text(String value) {
    var escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        case '\r' -> {
          escaped.append("\\n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (c == '\t' || !Character.isISOControl(c)) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * A parameter's value, always quoted: a name may hold a colon, a semicolon or a comma. A double quote, common in
   * Hebrew abbreviations (ד"ר), cannot stand inside quotes: it is written as ^' (RFC 6868), as are ^ and line ends.
   */
  static String parameter(String value) {
    var quoted = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '^' -> quoted.append("^^");
        case '"' -> quoted.append("^'");
        case '\n' -> quoted.append("^n");
        case '\r' -> {
          quoted.append("^n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (c == '\t' || !Character.isISOControl(c)) {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * Appends the content line folded (RFC 5545, 3.1): at most 75 octets of UTF-8 a line, a continuation line starting
   * with one space that counts among its 75; a fold never falls inside a character's bytes, for Hebrew takes two
   * and a character beyond the BMP four, and a client that unfolds must get every character back whole.
   */
  static void line(StringBuilder ics, String contentLine) {
    int octets = 0;
    for (int i = 0; i < contentLine.length(); ) {
      int codePoint = contentLine.codePointAt(i);
      int size = utf8Octets(codePoint);
      if (octets + size > LINE_OCTETS) {
        ics.append("\r\n ");
        octets = 1;
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append("\r\n");
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
