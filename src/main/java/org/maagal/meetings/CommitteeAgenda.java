package org.maagal.meetings;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.maagal.clock.ApplicationClock;
import org.maagal.facts.ProcessFacts;
import org.maagal.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the cycle meets the committees. A process that needs a committee's decision puts it on the committee's
 * agenda ({@link #awaitDecision}) and waits at a receive task; when a meeting (or a circulation) decides it, the
 * process receives {@value MeetingsProcess#DECIDED_MESSAGE} and reads the verdict ({@link #verdictFor}).
 */
@Service
public class CommitteeAgenda {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final AgendaItems items;
  private final CommitteeDecisions decisions;
  private final Meetings meetings;
  private final MeetingPlanner planner;
  private final Organization organization;
  private final ProcessFacts facts;
  private final RuntimeService runtime;
  private final ApplicationClock clock;

  CommitteeAgenda(AgendaItems items, CommitteeDecisions decisions, Meetings meetings, MeetingPlanner planner,
      Organization organization, ProcessFacts facts, RuntimeService runtime, ApplicationClock clock) {
    this.items = items;
    this.decisions = decisions;
    this.meetings = meetings;
    this.planner = planner;
    this.organization = organization;
    this.facts = facts;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * Puts a decision the execution waits for on the committee's next meeting whose agenda is open (or, with
   * none planned, on the first one the strategy unit adds).
   */
  @Transactional
  public void awaitDecision(DelegateExecution waiting, String committeeId, String title, String detail, String link) {
    var item = AgendaItem.awaitedBy(committeeId, facts.of(waiting).year(), shorten(title, 300),
        shorten(detail, MeetingRecords.LONGEST_TEXT), link,
        waiting.getProcessInstanceId(), waiting.getCurrentActivityId(), Organization.SYSTEM, clock.instant());
    planner.place(item);
  }

  /**
   * Puts something the committee should hear of (a round's red targets) on its next meeting whose agenda is
   * open, for discussion.
   */
  @Transactional
  public void inform(String committeeId, int year, String title, String detail, String link) {
    planner.place(new AgendaItem(committeeId, year, AgendaItem.Kind.DISCUSSION, shorten(title, 300),
        shorten(detail, MeetingRecords.LONGEST_TEXT), link, Organization.SYSTEM, clock.instant()));
  }

  /** The committee's verdict on what the execution waited for at its current activity. */
  @Transactional(readOnly = true)
  public CommitteeVerdict verdictFor(DelegateExecution waiting) {
    var item = items.findFirstByWaitingInstanceIdAndWaitingActivityIdOrderByIdDesc(waiting.getProcessInstanceId(),
        waiting.getCurrentActivityId()).filter(found -> found.status() == AgendaItem.Status.DECIDED)
        .orElseThrow(() -> new IllegalStateException("No committee decision for " + waiting.getCurrentActivityId()
            + " of " + waiting.getProcessInstanceId()));
    var decision = decisions.findFirstByItemIdOrderByIdDesc(item.id()).orElseThrow();
    return new CommitteeVerdict(decision.outcome() == Outcome.APPROVED, decision.wording(), decidedBy(item, decision));
  }

  /** Tells the process waiting for this item that the committee decided it. */
  void deliver(AgendaItem item) {
    if (item.placedByTheCycle()) {
      AsTheApplication.run(() -> runtime.createMessageCorrelation(MeetingsProcess.DECIDED_MESSAGE)
          .processInstanceId(item.waitingInstanceId()).correlateWithResult());
    }
  }

  private static String shorten(String text, int longest) {
    return text == null || text.length() <= longest ? text : text.substring(0, longest - 1) + "…";
  }

  private String decidedBy(AgendaItem item, CommitteeDecision decision) {
    String committee = organization.committeeName(item.committeeId());
    if (decision.byCirculation()) {
      return committee + ", בסבב חתימות";
    }
    return meetings.findById(decision.meetingId())
        .map(meeting -> committee + ", ישיבה " + meeting.startsAt().format(DAY)).orElse(committee);
  }
}
