package org.maagal.notifications;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * An invitation as ical4j, a parser that is not ours, reads it: what a mail client's calendar would take from it.
 * Parsed strictly (ical4j's default), so a line folded badly or a value escaped badly fails here.
 */
record ParsedInvitation(String method, String uid, int sequence, Instant stamp, Instant start, Instant end,
    String summary, String description, String location, String status, CalendarEvent.Participant organizer,
    List<CalendarEvent.Participant> attendees) {

  static ParsedInvitation of(String ics) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(ics));
    } catch (ParserException notICalendar) {
      throw new AssertionError("ical4j cannot read it: " + notICalendar.getMessage() + "\n" + ics, notICalendar);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    if (events.size() != 1) {
      throw new AssertionError("one VEVENT expected, found " + events.size());
    }
    var event = events.get(0);
    return new ParsedInvitation(value(calendar.getProperty(Property.METHOD)), value(event.getProperty(Property.UID)),
        Integer.parseInt(value(event.getProperty(Property.SEQUENCE))),
        instant(event.getProperty(Property.DTSTAMP)), instant(event.getProperty(Property.DTSTART)),
        instant(event.getProperty(Property.DTEND)), value(event.getProperty(Property.SUMMARY)),
        value(event.getProperty(Property.DESCRIPTION)), value(event.getProperty(Property.LOCATION)),
        value(event.getProperty(Property.STATUS)), participant(event.getRequiredProperty(Property.ORGANIZER)),
        event.getProperties(Property.ATTENDEE).stream().map(ParsedInvitation::participant).toList());
  }

  private static String value(Optional<? extends Property> property) {
    return property.map(Property::getValue).orElse(null);
  }

  private static Instant instant(Optional<? extends Property> property) {
    var date = (DateProperty<?>) property.orElseThrow();
    return Instant.from((Temporal) date.getDate());
  }

  private static CalendarEvent.Participant participant(Property property) {
    var address = property.getValue();
    if (!address.regionMatches(true, 0, "mailto:", 0, 7)) {
      throw new AssertionError("not a mailto address: " + address);
    }
    String name = property.<Cn>getParameter(Parameter.CN).map(Cn::getValue).orElse(null);
    return new CalendarEvent.Participant(name, address.substring(7));
  }
}
