package org.maagal.demo;

import java.util.List;
import java.util.Map;
import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.meetings.MeetingsAtOnce.GivenAction;
import org.maagal.meetings.MeetingsAtOnce.OwnItem;
import org.maagal.meetings.DesignCommitteeCall;
import org.maagal.meetings.ProgrammeFocus;
import org.maagal.organization.Channel;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.organization.Sector;
import org.springframework.stereotype.Component;

/**
 * The committees' meetings of the demo year, held as the strategy unit and the members hold them: each working
 * team on its channel's picture, the design committee on the draft tree, the steering committee on the
 * semi-annual round, each with its minutes, its decisions and its action items; the owners report most of them
 * done and one stays open, to be seen on the committee's next agenda.
 */
@Component
class DemoMeetings {

  private final MeetingsAtOnce meetings;
  private final Organization organization;
  private final DemoPeople people;
  private final ProgrammeFocus focus;
  private final DesignCommitteeCall call;

  DemoMeetings(MeetingsAtOnce meetings, Organization organization, DemoPeople people, ProgrammeFocus focus,
      DesignCommitteeCall call) {
    this.focus = focus;
    this.call = call;
    this.meetings = meetings;
    this.organization = organization;
    this.people = people;
  }

  /**
   * In the programme's first year, before the cycle opens, the steering committee decides its start: the focus (all
   * four channels, the first neighbourhoods of the organisation file's list) and the design committee's members
   * from the open call and the mapping of partners.
   */
  void programmeFocus(int year) {
    var programme = organization.programme();
    if (programme.startYear() == null || programme.startYear() != year || focus.proposedFor(year)) {
      return;
    }
    var strategyUnit = people.caller(organization.peopleWith(Role.STRATEGY_UNIT).get(0).id());
    focus.propose(year, List.of(Channel.values()), programme.neighbourhoods().stream().limit(3).toList(),
        strategyUnit);
    // the open call and the mapping of partners: invented applicants, two taken and one not
    var taken = List.of(
        call.add(year, "רוני אבידן", Sector.RESIDENTS, true, null, "גרה בשכונת המעיין 20 שנה; פעילה בוועד השכונה.",
            strategyUnit),
        call.add(year, "מרכז הצעירים העירוני", Sector.CIVIL_SOCIETY, false, null, "שותף במיפוי: תכניות לצעירים.",
            strategyUnit));
    call.add(year, "שגיא מור", Sector.RESIDENTS, true, null, "מבקש להצטרף לוועדה.", strategyUnit);
    call.propose(year, taken, strategyUnit);
    meetings.holdNow(organization.steeringCommittee().id(), year, Choice.FOR,
        "התכנית מתחילה בארבעת האפיקים ובשכונות שבהן הפערים הגדולים ביותר");
    people.awaitJobs();
  }

  /** Every working team meets on its channel's picture and gives its chair an action item. */
  void workingTeams(int year) {
    for (String teamId : organization.workingTeamIds()) {
      var team = organization.committee(teamId).orElseThrow();
      meetings.holdNow(teamId, year, Choice.FOR, "תמונת המצב של האפיק מאושרת ועוברת לוועדה המעצבת",
          List.of(new OwnItem("תמונת המצב של " + team.name(), "הטיוטה שהצוות כתב בשלב הערכת המצב", true,
              "הצוות עבר על ממצאי המחוון בארבע הזירות והוסיף את עמדת התושבים שהשתתפו בצוות.")),
          List.of(new GivenAction("להשלים נתוני השוואה ארציים לתמונת המצב של האפיק", "PERSON", team.chair(), 10)));
    }
    people.awaitJobs();
  }

  /** The design committee discusses the draft tree and decides it is ready for its members' vote. */
  void designCommittee(int year) {
    var design = organization.designCommittee();
    meetings.holdNow(design.id(), year, Choice.FOR, "הטיוטה עוברת להצבעת החברים",
        List.of(new OwnItem("טיוטת עץ המטרות " + year + " מוכנה להצבעת החברים", "המלצות הצוותים ודגשי המנכ\"ל",
            true, "החברים דנו ביעדים שהושגו וביעדים שמועדם עבר, והסכימו לחדש אותם לפי נתוני הבסיס החדשים.")),
        List.of(new GivenAction("להפיץ לחברי הוועדה את טיוטת העץ המעודכנת לפני ההצבעה", "PERSON", design.chair(), 3)));
    people.awaitJobs();
  }

  /** The steering committee reviews the semi-annual round and asks a department for a recovery plan. */
  void steeringAfterTheSemiAnnualRound(int year) {
    String department = organization.departmentIds().get(0);
    meetings.holdNow(organization.steeringCommittee().id(), year, Choice.FOR, null,
        List.of(new OwnItem("סקירת הסבב החצי שנתי " + year, "היעדים באדום והפעילויות שבעיכוב", false,
            "הוועדה עברה על היעדים באדום וביקשה תכנית השלמה מהמחלקות שבפיגור.")),
        List.of(new GivenAction("להגיש תכנית השלמה ליעדים שבאדום", "DEPARTMENT", department, 15)));
    people.awaitJobs();
  }

  /** The owners report what they did; the last action item given stays open for the next agenda. */
  void ownersReportTheirActionItems(int year) {
    var open = people.open(year, "doActionItem");
    for (var task : open.subList(0, Math.max(0, open.size() - 1))) {
      people.complete(task, Map.of("actionResult", "בוצע; הפרטים הוצגו לחברי הוועדה."));
    }
  }
}
