package org.maagal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.clock.ApplicationClock;
import org.maagal.facts.Fact;
import org.maagal.forms.FormValues;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.reviewing.ReviewedVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a meeting as the strategy unit keeps it: the items it adds to the agenda, who came, each vote
 * on a decision item by the members present, what was said, the action items and the minutes' text; and, when
 * the meeting's record is complete (its task completes), what follows from it: decisions reach the processes
 * that wait for them, undecided items move to the next meeting, action items become tasks, the minutes go to
 * the chair.
 */
@Service
class MeetingRecords {

  static final int LONGEST_TEXT = 4000;
  static final int LONGEST_DUE = 120;

  private final Meetings meetings;
  private final AgendaItems items;
  private final CommitteeDecisions decisions;
  private final ActionItems actions;
  private final MinutesVersions minutes;
  private final MeetingPlanner planner;
  private final CommitteeAgenda agenda;
  private final ProgrammeFocus focus;
  private final DesignCommitteeCall call;
  private final Organization organization;
  private final IsraeliBusinessCalendar businessDays;
  private final RuntimeService runtime;
  private final ApplicationClock clock;

  MeetingRecords(Meetings meetings, AgendaItems items, CommitteeDecisions decisions, ActionItems actions,
      MinutesVersions minutes, MeetingPlanner planner, CommitteeAgenda agenda, ProgrammeFocus focus,
      DesignCommitteeCall call, Organization organization,
      IsraeliBusinessCalendar businessDays, RuntimeService runtime, ApplicationClock clock) {
    this.meetings = meetings;
    this.items = items;
    this.decisions = decisions;
    this.actions = actions;
    this.minutes = minutes;
    this.planner = planner;
    this.agenda = agenda;
    this.focus = focus;
    this.call = call;
    this.organization = organization;
    this.businessDays = businessDays;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The strategy unit's own item, while the agenda is open. */
  @Transactional
  AgendaItem addItem(long meetingId, boolean decision, String title, String detail, String link, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var meeting = meeting(meetingId);
    if (meeting.status() != MeetingStatus.PLANNED) {
      throw MeetingProblems.conflict("סדר היום של הישיבה נסגר", meeting.status());
    }
    var problems = new ArrayList<String>();
    text(title, "נושא", 300, true, problems);
    text(detail, "פירוט", LONGEST_TEXT, false, problems);
    text(link, "קישור", 500, false, problems);
    if (link != null && !link.isBlank() && !link.startsWith("/")) {
      problems.add("קישור למסמך של המערכת בלבד (מתחיל ב-/)");
    }
    failOn(problems);
    var item = new AgendaItem(meeting.committeeId(), meeting.cycleYear(),
        decision ? AgendaItem.Kind.DECISION : AgendaItem.Kind.DISCUSSION, title.strip(), blankToNull(detail),
        blankToNull(link), caller.userId(), clock.instant());
    item.placeOn(meeting.id());
    return items.save(item);
  }

  /** Who of the committee's members came; from the meeting's start until it is recorded. */
  @Transactional
  Meeting attendance(long meetingId, Collection<String> present, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var meeting = underway(meetingId);
    var members = planner.committeeOf(meeting).memberIds();
    var strangers = present == null ? List.<String>of() : present.stream().filter(id -> !members.contains(id)).toList();
    if (present == null || !strangers.isEmpty()) {
      throw MeetingProblems.invalid(List.of("נוכחות נרשמת לחברי הוועדה בלבד" + (strangers.isEmpty() ? ""
          : ": " + String.join(", ", strangers) + " אינם חברים בה")));
    }
    var rules = planner.committeeOf(meeting).meetings();
    meeting.attended(new LinkedHashSet<>(present), present.stream().distinct().count() >= rules.quorumOf(members.size()));
    return meeting;
  }

  /**
   * The vote of the members present on a decision item: every member present votes, nobody else. The majority of
   * those for or against decides; a tie is recorded and the item is voted on again.
   */
  @Transactional
  CommitteeDecision vote(long meetingId, long itemId, Map<String, Choice> votes, String wording, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var meeting = underway(meetingId);
    var item = itemOf(meeting, itemId);
    if (meeting.quorumMet() == null) {
      throw MeetingProblems.conflict("יש לרשום קודם את הנוכחות בישיבה", meeting.status());
    }
    if (!meeting.quorumMet()) {
      throw MeetingProblems.conflict("אין מניין בישיבה, ולכן אין בה הצבעות", meeting.status());
    }
    if (item.kind() != AgendaItem.Kind.DECISION || !item.open()) {
      throw MeetingProblems.conflict("הנושא '" + item.title() + "' אינו ממתין להחלטה", meeting.status());
    }
    var problems = new ArrayList<String>();
    var voters = votes == null ? Map.<String, Choice>of() : votes;
    if (!voters.keySet().equals(meeting.present())) {
      problems.add("מצביעים כל הנוכחים ורק הם: " + String.join(", ", meeting.present()));
    }
    if (voters.values().stream().anyMatch(choice -> choice == null)) {
      problems.add("לכל נוכח/ת יש לבחור בעד, נגד או נמנע/ת");
    }
    text(wording, "נוסח ההחלטה", LONGEST_TEXT, false, problems);
    failOn(problems);
    long inFavour = voters.values().stream().filter(Choice.FOR::equals).count();
    long against = voters.values().stream().filter(Choice.AGAINST::equals).count();
    var outcome = inFavour > against ? Outcome.APPROVED : against > inFavour ? Outcome.REJECTED : Outcome.TIE;
    if (outcome == Outcome.REJECTED && item.placedByTheCycle() && (wording == null || wording.isBlank())) {
      failOn(List.of("בהחלטה שלא לאשר יש לכתוב מה לתקן: הנוסח חוזר לשלב שממתין להחלטה"));
    }
    int round = decisions.countByItemIdAndMeetingId(item.id(), meeting.id()) + 1;
    return decisions.save(new CommitteeDecision(item.id(), meeting.id(), round, voters, outcome,
        blankToNull(wording), caller.userId(), clock.instant()));
  }

  /**
   * A decision between meetings, where the committee allows it: every member answers in writing, and the
   * majority of all the members decides.
   */
  @Transactional
  CommitteeDecision circulate(long itemId, Map<String, Choice> votes, String wording, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var item = items.findById(itemId).orElseThrow(() -> MeetingProblems.itemNotHere(itemId));
    var committee = organization.committee(item.committeeId()).orElseThrow();
    if (!committee.meetings().byCirculation()) {
      throw MeetingProblems.invalid(List.of(committee.name() + " אינה מחליטה בסבב חתימות"));
    }
    if (item.kind() != AgendaItem.Kind.DECISION || !item.open()) {
      throw MeetingProblems.invalid(List.of("הנושא '" + item.title() + "' אינו ממתין להחלטה"));
    }
    var members = committee.memberIds();
    var answers = votes == null ? Map.<String, Choice>of() : votes;
    if (!members.containsAll(answers.keySet()) || answers.values().stream().anyMatch(choice -> choice == null)) {
      failOn(List.of("בסבב חתימות עונים חברי הוועדה בלבד, כל אחד בעד, נגד או נמנע/ת"));
    }
    long inFavour = answers.values().stream().filter(Choice.FOR::equals).count();
    long against = answers.values().stream().filter(Choice.AGAINST::equals).count();
    int majority = members.size() / 2 + 1;
    var outcome = inFavour >= majority ? Outcome.APPROVED : against >= majority ? Outcome.REJECTED : Outcome.TIE;
    if (outcome == Outcome.REJECTED && (wording == null || wording.isBlank())) {
      failOn(List.of("בהחלטה שלא לאשר יש לכתוב מה לתקן"));
    }
    var decision = decisions.save(new CommitteeDecision(item.id(), null, 1, answers, outcome, blankToNull(wording),
        caller.userId(), clock.instant()));
    if (outcome.decides()) {
      settle(item, outcome);
    }
    return decision;
  }

  /** What the meeting said of an item, for the minutes. */
  @Transactional
  AgendaItem discuss(long meetingId, long itemId, String discussion, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var item = itemOf(underway(meetingId), itemId);
    var problems = new ArrayList<String>();
    text(discussion, "עיקרי הדיון", LONGEST_TEXT, true, problems);
    failOn(problems);
    item.discussed(discussion.strip());
    return item;
  }

  /** An action item: what, whose (a person, a department or a committee), due in so many business days. */
  @Transactional
  ActionItem addAction(long meetingId, String what, ActionItem.Owner ownerKind, String ownerId, Integer dueIn,
      Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var meeting = underway(meetingId);
    var problems = new ArrayList<String>();
    text(what, "המשימה", 1000, true, problems);
    if (ownerKind == null || ownerId == null || !ownerExists(ownerKind, ownerId)) {
      problems.add("יש לבחור אחראי/ת: אדם, מחלקה או ועדה מקובץ הארגון");
    }
    if (dueIn == null || dueIn < 1 || dueIn > LONGEST_DUE) {
      problems.add("מועד הביצוע: 1 עד " + LONGEST_DUE + " ימי עבודה מהישיבה");
    }
    failOn(problems);
    LocalDate due = businessDays.addBusinessDays(meeting.startsAt().toLocalDate(), dueIn);
    return actions.save(new ActionItem(meeting.id(), meeting.committeeId(), meeting.cycleYear(), what.strip(),
        ownerKind, ownerId, due, caller.userId(), clock.instant()));
  }

  /** The minutes' text, while they are a draft. */
  @Transactional
  Minutes writeMinutes(long meetingId, String summary, Caller caller) {
    MeetingPlanner.requireStrategyUnit(caller);
    var meeting = meeting(meetingId);
    if (meeting.startsAt().isAfter(clock.now().toInstant().atZone(ApplicationClock.ISRAEL).toLocalDateTime())
        || meeting.status() == MeetingStatus.CANCELLED) {
      throw MeetingProblems.conflict("פרוטוקול נכתב לישיבה שהתקיימה", meeting.status());
    }
    var problems = new ArrayList<String>();
    text(summary, "הפרוטוקול", Minutes.MAX_TEXT, true, problems);
    failOn(problems);
    var current = currentMinutes(meeting, caller.userId());
    current.version().requireDraft(what(meeting));
    current.write(summary.strip());
    return current;
  }

  /** The minutes' text as the secretary's task form gives it, refused as a form refuses. */
  @Transactional
  void writeMinutesFromForm(long meetingId, String summary, String by) {
    if (summary.length() > Minutes.MAX_TEXT) {
      throw FormValues.refuse(List.of("הפרוטוקול ארוך מ-" + Minutes.MAX_TEXT + " תווים"));
    }
    var current = currentMinutes(meeting(meetingId), by);
    if (!current.version().isDraft()) {
      throw FormValues.refuse(List.of(current.version().describe(what(meeting(meetingId))) + " אינה טיוטה"));
    }
    current.write(summary);
  }

  /**
   * The meeting's record is complete (the strategy unit completes its task): decided items reach their processes,
   * the rest move to the next meeting, action items become tasks, and the minutes go to the chair. Refused before
   * the meeting and without the attendance.
   */
  @Transactional
  void close(long meetingId, String by) {
    var meeting = meeting(meetingId);
    if (meeting.startsAt().isAfter(clock.now().toInstant().atZone(ApplicationClock.ISRAEL).toLocalDateTime())) {
      throw FormValues.refuse(List.of("הישיבה עוד לא התקיימה: מועדה " + meeting.startsAt().toLocalDate()));
    }
    if (meeting.quorumMet() == null) {
      throw FormValues.refuse(List.of("יש לרשום בדף הישיבה מי נכח בה"));
    }
    var onTheAgenda = items.findByMeetingIdOrderByIdAsc(meeting.id());
    meeting.keepAgenda(onTheAgenda.stream().map(AgendaItem::id).toList());
    var latest = latestDecisions(meeting);
    for (var item : onTheAgenda) {
      if (!item.open()) {
        continue;
      }
      var decision = latest.get(item.id());
      if (!meeting.quorumMet()) {
        if (item.kind() == AgendaItem.Kind.DECISION) {
          decisions.save(new CommitteeDecision(item.id(), meeting.id(), 1, Map.of(), Outcome.NO_QUORUM, null, by,
              clock.instant()));
        }
      } else if (item.kind() == AgendaItem.Kind.DISCUSSION) {
        item.closeDiscussion();
      } else if (decision != null && decision.outcome().decides()) {
        settle(item, decision.outcome());
      }
    }
    planner.moveOpenItems(meeting);
    for (var action : actions.findByMeetingIdOrderByIdAsc(meeting.id())) {
      var instance = AsTheApplication.run(() -> runtime.createProcessInstanceByKey(MeetingsProcess.ACTION_PROCESS)
          .businessKey("action-item-" + action.id())
          .setVariable(Fact.YEAR.variable(), action.cycleYear())
          .setVariable(Fact.ACTION_ITEM_ID.variable(), action.id())
          .execute());
      action.started(instance.getId());
    }
    var current = currentMinutes(meeting, by);
    current.version().submit(what(meeting), by, clock.instant());
    meeting.held(by, clock.instant());
  }

  /** The chair approves the minutes, or returns them with what to correct (the next draft is their copy). */
  @Transactional
  boolean decideMinutes(long meetingId, boolean approved, String comments, String by) {
    var meeting = meeting(meetingId);
    var committee = planner.committeeOf(meeting);
    if (!by.equals(committee.chair())) {
      throw FormValues.forbid("את הפרוטוקול מאשר/ת יו\"ר " + committee.name());
    }
    var current = minutes.findFirstByMeetingIdOrderByVersionNumberDesc(meeting.id()).orElseThrow();
    current.version().decide(what(meeting), approved, comments, by, clock.instant());
    if (approved) {
      meeting.minutesApproved();
    } else {
      minutes.save(current.nextDraft(what(meeting), by, clock.instant()));
    }
    return approved;
  }

  /** The corrected minutes go back to the chair. */
  @Transactional
  void resubmitMinutes(long meetingId, String by) {
    var meeting = meeting(meetingId);
    minutes.findFirstByMeetingIdOrderByVersionNumberDesc(meeting.id()).orElseThrow().version()
        .submit(what(meeting), by, clock.instant());
  }

  /** The owner reports an action item done. */
  @Transactional
  void actionDone(long actionId, String result, String by) {
    var action = actions.findById(actionId).orElseThrow();
    if (result == null || result.isBlank() || result.length() > LONGEST_TEXT) {
      throw FormValues.refuse(List.of("יש לכתוב מה נעשה (עד " + LONGEST_TEXT + " תווים)"));
    }
    action.done(result.strip(), by, clock.instant());
  }

  /**
   * A decided item reaches what waits for it: a process of the cycle, a proposed focus of the programme, or a
   * proposal of the design committee's members.
   */
  private void settle(AgendaItem item, Outcome outcome) {
    item.decided();
    focus.decided(item, outcome == Outcome.APPROVED);
    call.decided(item, outcome == Outcome.APPROVED);
    agenda.deliver(item);
  }

  @Transactional(readOnly = true)
  Long meetingOf(long itemId) {
    return items.findById(itemId).map(AgendaItem::meetingId).orElse(null);
  }

  String what(Meeting meeting) {
    return "הפרוטוקול של " + organization.committeeName(meeting.committeeId()) + " מ-"
        + meeting.startsAt().toLocalDate();
  }

  private Minutes currentMinutes(Meeting meeting, String by) {
    return minutes.findFirstByMeetingIdOrderByVersionNumberDesc(meeting.id())
        .orElseGet(() -> minutes.save(new Minutes(meeting.id(), ReviewedVersion.first(by, clock.instant()), null)));
  }

  private Map<Long, CommitteeDecision> latestDecisions(Meeting meeting) {
    var ids = items.findByMeetingIdOrderByIdAsc(meeting.id()).stream().map(AgendaItem::id).toList();
    var latest = new HashMap<Long, CommitteeDecision>();
    decisions.findByItemIdInOrderByIdAsc(ids).stream().filter(d -> meeting.id().equals(d.meetingId()))
        .forEach(d -> latest.put(d.itemId(), d));
    return latest;
  }

  private boolean ownerExists(ActionItem.Owner kind, String id) {
    return switch (kind) {
      case PERSON -> organization.person(id).isPresent();
      case DEPARTMENT -> organization.departmentIds().contains(id);
      case COMMITTEE -> organization.committee(id).isPresent();
    };
  }

  private Meeting meeting(long meetingId) {
    return meetings.findById(meetingId).orElseThrow(() -> MeetingProblems.notFound(meetingId));
  }

  /** A meeting that has begun and is not yet recorded. */
  private Meeting underway(long meetingId) {
    var meeting = meeting(meetingId);
    if (meeting.status() != MeetingStatus.INVITED && meeting.status() != MeetingStatus.PLANNED) {
      throw MeetingProblems.conflict("הישיבה " + meeting.status().hebrewName() + "; רישומה נסגר", meeting.status());
    }
    if (meeting.startsAt().toLocalDate().isAfter(clock.today())) {
      throw MeetingProblems.conflict("הישיבה עוד לא התקיימה: מועדה " + meeting.startsAt().toLocalDate(),
          meeting.status());
    }
    return meeting;
  }

  private AgendaItem itemOf(Meeting meeting, long itemId) {
    return items.findById(itemId).filter(item -> meeting.id().equals(item.meetingId()))
        .orElseThrow(() -> MeetingProblems.itemNotHere(itemId));
  }

  private static void text(String value, String name, int longest, boolean required, List<String> problems) {
    if (required && (value == null || value.isBlank())) {
      problems.add("חסר/ה " + name);
    } else if (value != null && value.length() > longest) {
      problems.add(name + " ארוך/ה מ-" + longest + " תווים");
    }
  }

  private static void failOn(List<String> problems) {
    if (!problems.isEmpty()) {
      throw MeetingProblems.invalid(problems);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
