package org.maagal.review;

import java.util.List;
import java.util.stream.Collectors;
import org.maagal.measurement.Round;
import org.maagal.measurement.RoundClosed;
import org.maagal.meetings.CommitteeAgenda;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the annual measurement round is over, its red targets go on the steering committee's next agenda for
 * discussion: how many, and each red indicator with its department. (The semi-annual round's reach the committee in
 * the mid-year control report, with their causes and corrective actions.)
 */
@Component
class RoundOnTheSteeringAgenda {

  private final ResultsService results;
  private final CommitteeAgenda agenda;
  private final Organization organization;

  RoundOnTheSteeringAgenda(ResultsService results, CommitteeAgenda agenda, Organization organization) {
    this.results = results;
    this.agenda = agenda;
    this.organization = organization;
  }

  @EventListener
  void on(RoundClosed closed) {
    if (closed.round() != Round.ANNUAL) {
      // the semi-annual round's red targets reach the committee in the mid-year control report, with their causes
      return;
    }
    var everything = new Caller(Organization.SYSTEM, List.of(Role.STRATEGY_UNIT.groupId()));
    var view = results.results(closed.year(), everything);
    var red = view.domains().stream().flatMap(domain -> domain.goals().stream())
        .flatMap(goal -> goal.targets().stream()).flatMap(target -> target.indicators().stream())
        .filter(indicator -> "red".equals(indicator.status())).toList();
    String detail = red.isEmpty() ? "אין יעדים באדום."
        : red.stream().map(indicator -> "• " + indicator.indicator() + " (" + indicator.ownerDepartmentName() + ")")
            .collect(Collectors.joining("\n"));
    agenda.inform(organization.steeringCommittee().id(), closed.year(),
        "יעדים באדום בסבב השנתי " + closed.year() + ": " + red.size(), detail,
        "/review/?year=" + closed.year());
  }
}
