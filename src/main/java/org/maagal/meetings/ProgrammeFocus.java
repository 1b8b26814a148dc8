package org.maagal.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.maagal.clock.ApplicationClock;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.organization.Caller;
import org.maagal.organization.Channel;
import org.maagal.organization.Committee;
import org.maagal.organization.CommitteeType;
import org.maagal.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's start-up decision on its focus: the strategy unit proposes the channels and the neighbourhoods
 * (from the organisation file's list), the proposal goes on the steering committee's agenda, and once the
 * committee approves it the cycle reads it: only the working teams of the channels in focus describe their
 * channel and recommend goals ({@code ${programmeFocus.workingTeams(execution)}} in the BPMN files). Until a focus is
 * approved every working team works.
 */
@Service("programmeFocus")
public class ProgrammeFocus {

  private final ProgrammeScopes scopes;
  private final MeetingPlanner planner;
  private final Organization organization;
  private final ApplicationClock clock;
  private final ProcessFacts facts;

  ProgrammeFocus(ProgrammeScopes scopes, MeetingPlanner planner, Organization organization,
      ApplicationClock clock, ProcessFacts facts) {
    this.facts = facts;
    this.scopes = scopes;
    this.planner = planner;
    this.organization = organization;
    this.clock = clock;
  }

  /**
   * The working teams of the instance's cycle year (its recorded fact, never a variable a user could set): those
   * of the channels in the focus approved for it or last before it. An instance that does not say its year (one
   * an admin starts by hand) takes every team.
   */
  @Transactional(readOnly = true)
  public List<String> workingTeams(DelegateExecution execution) {
    var year = facts.of(execution).find(Fact.YEAR);
    if (year.isEmpty()) {
      return organization.workingTeamIds();
    }
    return workingTeams(Integer.parseInt(year.get()));
  }

  /** The working teams of the year: those of the channels in the focus approved for it or last before it. */
  @Transactional(readOnly = true)
  public List<String> workingTeams(int year) {
    var focus = scopes.findByStatusAndCycleYearLessThanEqualOrderByCycleYearDescDecidedAtDesc(
        ProgrammeScope.Status.APPROVED, year).stream().findFirst();
    return organization.committees().stream().filter(committee -> committee.type() == CommitteeType.WORKING_TEAM)
        .filter(team -> focus.map(scope -> scope.channels().contains(team.channel())).orElse(true))
        .map(Committee::id).toList();
  }

  /** Whether a focus was proposed for the year already. */
  @Transactional(readOnly = true)
  public boolean proposedFor(int year) {
    return !scopes.findByCycleYearOrderByProposedAtAsc(year).isEmpty();
  }

  /** The strategy unit's proposal, put on the steering committee's next agenda for decision. */
  @Transactional
  public void propose(int year, List<Channel> channels, List<String> neighbourhoods, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var problems = new ArrayList<String>();
    if (channels == null || channels.isEmpty() || channels.stream().anyMatch(Objects::isNull)) {
      problems.add("יש לבחור לפחות אפיק אחד: URBAN, SOCIAL, ECONOMIC, EDUCATIONAL");
    }
    var known = organization.programme().neighbourhoods();
    var unknown = neighbourhoods == null ? List.<String>of()
        : neighbourhoods.stream().filter(name -> name == null || !known.contains(name)).toList();
    if (!unknown.isEmpty()) {
      problems.add("שכונות שאינן ברשימת השכונות של קובץ הארגון: " + String.join(", ", unknown));
    }
    if (!problems.isEmpty()) {
      throw MeetingProblems.invalid(problems);
    }
    var chosen = List.copyOf(new LinkedHashSet<>(channels));
    var places = neighbourhoods == null ? List.<String>of() : List.copyOf(new LinkedHashSet<>(neighbourhoods));
    var steering = organization.steeringCommittee();
    var item = new AgendaItem(steering.id(), year, AgendaItem.Kind.DECISION, "מיקוד התכנית " + year
        + ": האפיקים והשכונות", detail(chosen, places), "/meetings/?year=" + year, caller.userId(), clock.instant());
    planner.place(item);
    scopes.save(new ProgrammeScope(year, chosen, places, item.id(), caller.userId(), clock.instant()));
  }

  /** The committee decided an item: if it was a proposed focus, the focus is approved or not. */
  void decided(AgendaItem item, boolean approved) {
    scopes.findByItemId(item.id()).ifPresent(scope -> scope.decided(approved, clock.instant()));
  }

  @Transactional(readOnly = true)
  List<ScopeView> of(int year) {
    return scopes.findByCycleYearOrderByProposedAtAsc(year).stream().map(scope -> new ScopeView(scope.cycleYear(),
        scope.channels(), scope.neighbourhoods(), scope.status().name(), scope.itemId(), scope.decidedAt())).toList();
  }

  /** A proposed focus and where it stands. */
  record ScopeView(int year, List<Channel> channels, List<String> neighbourhoods, String status, long itemId,
      java.time.Instant decidedAt) {
  }

  private String detail(List<Channel> channels, List<String> neighbourhoods) {
    var names = channels.stream().map(channel -> organization.committees().stream()
        .filter(team -> team.channel() == channel).map(Committee::name).findFirst().orElse(channel.name())).toList();
    return "האפיקים במוקד (צוותי העבודה שיפעלו השנה): " + String.join(", ", names) + "\nהשכונות במוקד: "
        + (neighbourhoods.isEmpty() ? "כל העיר" : String.join(", ", neighbourhoods));
  }
}
