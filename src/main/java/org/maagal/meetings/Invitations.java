package org.maagal.meetings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.maagal.clock.ApplicationClock;
import org.maagal.notifications.CalendarEvent;
import org.maagal.notifications.Notification;
import org.maagal.notifications.Outbox;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invites a committee's members to a meeting by e-mail with an iCalendar file, through the outbox: when its
 * agenda closes, again (the next sequence of the same event) when it moves, and a cancellation when it is
 * cancelled. Each message's key holds the sequence, so an update is a new message and a retry is not.
 */
@Component
class Invitations {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy בשעה HH:mm");

  private final Organization organization;
  private final AgendaItems items;
  private final Outbox outbox;
  private final ApplicationClock clock;
  private final String baseUrl;

  Invitations(Organization organization, AgendaItems items, Outbox outbox, ApplicationClock clock,
      @Value("${maagal.deadlines.base-url:http://localhost:8080}") String baseUrl) {
    this.organization = organization;
    this.items = items;
    this.outbox = outbox;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** The invitation of the meeting's latest sequence to every member with an e-mail address. */
  void invite(Meeting meeting) {
    send(meeting, meeting.invitations() - 1, false);
  }

  void cancel(Meeting meeting) {
    send(meeting, meeting.invitations(), true);
  }

  private void send(Meeting meeting, int sequence, boolean cancelled) {
    var committee = organization.committee(meeting.committeeId()).orElseThrow();
    var members = committee.memberIds().stream().map(organization::person).flatMap(java.util.Optional::stream)
        .filter(person -> person.email() != null).toList();
    if (members.isEmpty()) {
      return;
    }
    var secretary = organization.peopleWith(Role.STRATEGY_UNIT).stream().filter(p -> p.email() != null).findFirst()
        .orElse(members.get(0));
    String when = meeting.startsAt().format(WHEN);
    String summary = committee.name() + ": ישיבה " + when;
    String agenda = agendaText(meeting);
    var event = new CalendarEvent("meeting-" + meeting.id() + "@maagal", sequence,
        ZonedDateTime.of(meeting.startsAt(), ApplicationClock.ISRAEL),
        ZonedDateTime.of(meeting.endsAt(), ApplicationClock.ISRAEL), summary, agenda, meeting.place(),
        participant(secretary), members.stream().map(Invitations::participant).toList(), cancelled);
    String subject = (cancelled ? "בוטלה: " : sequence > 0 ? "עודכן מועד: " : "זימון: ") + summary;
    String body = cancelled
        ? "שלום,\n\nישיבת " + committee.name() + " שנקבעה ל-" + when + " בוטלה: " + meeting.cancelReason()
            + "\nהנושאים שעל סדר יומה יעברו לישיבה הבאה.\n"
        : "שלום,\n\nהנך מוזמן/ת לישיבת " + committee.name() + " ב-" + when + ", " + meeting.place() + ".\n\n"
            + "סדר היום:\n" + agenda + "\n\nדף הישיבה: " + baseUrl + "/meetings/?meeting=" + meeting.id() + "\n";
    for (Person member : members) {
      outbox.put(Notification.invitation("meeting-" + meeting.id() + "-" + sequence + (cancelled ? "-cancel" : "")
          + "-" + member.id(), member.id(), member.email(), subject, body, event, clock.instant()));
    }
    outbox.mailInTheBackground();
  }

  private String agendaText(Meeting meeting) {
    var lines = items.findByMeetingIdOrderByIdAsc(meeting.id()).stream().filter(AgendaItem::open)
        .map(item -> "• " + item.title() + (item.kind() == AgendaItem.Kind.DECISION ? " (להחלטה)" : "")).toList();
    return lines.isEmpty() ? "ייקבע" : String.join("\n", lines);
  }

  private static CalendarEvent.Participant participant(Person person) {
    return new CalendarEvent.Participant(person.fullName(), Objects.requireNonNull(person.email()));
  }

}
