package org.maagal.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.maagal.clock.ApplicationClock;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Sector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The design committee's members by sector, a start-up decision of the programme: the strategy unit records the
 * residents who answered the open call and the partners the mapping found, proposes whom to take, and the
 * steering committee decides at its meeting. The applicants are people's details: only the strategy unit, the
 * management and the steering committee's members read them.
 */
@Service
public class DesignCommitteeCall {

  static final int LONGEST_STATEMENT = 2000;

  private final DesignApplicants applicants;
  private final MeetingPlanner planner;
  private final Organization organization;
  private final ApplicationClock clock;

  DesignCommitteeCall(DesignApplicants applicants, MeetingPlanner planner,
      Organization organization, ApplicationClock clock) {
    this.applicants = applicants;
    this.planner = planner;
    this.organization = organization;
    this.clock = clock;
  }

  /** Answers the new applicant's id. */
  @Transactional
  public long add(int year, String name, Sector sector, boolean openCall, String email, String statement,
      Caller caller) {
    var source = openCall ? DesignApplicant.Source.OPEN_CALL : DesignApplicant.Source.PARTNER_MAPPING;
    MeetingPlanner.requireStrategyUnit(caller);
    var problems = new ArrayList<String>();
    if (name == null || name.isBlank() || name.length() > 200) {
      problems.add("חסר שם המועמד/ת (עד 200 תווים)");
    }
    if (sector == null) {
      problems.add("יש לבחור מגזר: " + List.of(Sector.values()));
    }
    if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
      problems.add("כתובת הדואר אינה תקינה");
    }
    if (statement != null && statement.length() > LONGEST_STATEMENT) {
      problems.add("הפנייה ארוכה מ-" + LONGEST_STATEMENT + " תווים");
    }
    if (!problems.isEmpty()) {
      throw MeetingProblems.invalid(problems);
    }
    return applicants.save(new DesignApplicant(year, name.strip(), sector, source, email, statement,
        caller.userId(), clock.instant())).id();
  }

  @Transactional(readOnly = true)
  List<DesignApplicant.ApplicantView> of(int year, Caller caller) {
    if (!caller.seesEverything() && !caller.groups().contains(organization.steeringCommittee().groupId())) {
      throw MeetingProblems.notAMember(organization.steeringCommittee().name());
    }
    return applicants.findByCycleYearOrderByIdAsc(year).stream().map(DesignApplicant::view).toList();
  }

  /** The strategy unit's proposal of whom to take, put on the steering committee's next agenda for decision. */
  @Transactional
  public void propose(int year, Collection<Long> chosen, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var all = designCommittee(applicants.findByCycleYearOrderByIdAsc(year));
    var open = all.stream().filter(applicant -> applicant.status() == DesignApplicant.Status.APPLIED).toList();
    var taken = open.stream().filter(applicant -> chosen != null && chosen.contains(applicant.id())).toList();
    if (taken.isEmpty() || taken.size() != chosen.size()) {
      throw MeetingProblems.invalid(List.of("יש לבחור מועמדים מהרשימה של " + year + " שעוד לא הוצעו"));
    }
    var steering = organization.steeringCommittee();
    String detail = taken.stream().collect(Collectors.groupingBy(DesignApplicant::sector, java.util.TreeMap::new,
        Collectors.mapping(DesignApplicant::name, Collectors.joining(", ")))).entrySet().stream()
        .map(bySector -> "• " + bySector.getKey().hebrewName() + ": " + bySector.getValue())
        .collect(Collectors.joining("\n"));
    var item = new AgendaItem(steering.id(), year, AgendaItem.Kind.DECISION, "הרכב הוועדה המעצבת " + year + ": "
        + taken.size() + " מועמדים מהקול הקורא וממיפוי השותפים", detail, "/meetings/?year=" + year, caller.userId(),
        clock.instant());
    planner.place(item);
    taken.forEach(applicant -> applicant.propose(item.id()));
  }

  /** Of the year's applicants, those for the design committee: a working team's are not in its composition. */
  private List<DesignApplicant> designCommittee(List<DesignApplicant> all) {
    String design = organization.designCommittee().id();
    return all.stream().filter(applicant -> applicant.forTheDesignCommittee(design)).toList();
  }

  /** The committee decided an item: if it was a proposal of members, its applicants are taken or not. */
  void decided(AgendaItem item, boolean approved) {
    var proposed = applicants.findByItemId(item.id());
    if (proposed.isEmpty()) {
      return;
    }
    int year = item.cycleYear();
    designCommittee(applicants.findByCycleYearOrderByIdAsc(year)).stream()
        .filter(applicant -> proposed.contains(applicant) || approved && applicant.status() == DesignApplicant.Status.APPLIED)
        .forEach(applicant -> applicant.decided(approved));
  }
}
