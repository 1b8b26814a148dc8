package org.maagal.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.maagal.organization.Caller;
import org.maagal.organization.Channel;
import org.maagal.organization.Sector;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Committee meetings: the year's calendar, a meeting's agenda and record, decisions by circulation. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "meetings", description = "ישיבות הוועדות: לוח הישיבות, סדר היום, נוכחות, הצבעות, משימות ופרוטוקול")
class MeetingController {

  private final MeetingPlanner planner;
  private final MeetingRecords records;
  private final MeetingViews views;
  private final ProgrammeFocus focus;
  private final DesignCommitteeCall call;

  MeetingController(MeetingPlanner planner, MeetingRecords records, MeetingViews views, ProgrammeFocus focus,
      DesignCommitteeCall call) {
    this.focus = focus;
    this.call = call;
    this.planner = planner;
    this.records = records;
    this.views = views;
  }

  record NewMeeting(String committeeId, Integer year, LocalDateTime startsAt, String place) {
  }

  record Move(LocalDateTime startsAt, String place) {
  }

  record Cancel(String reason) {
  }

  record NewItem(Boolean decision, String title, String detail, String link) {
  }

  record Attendance(List<String> present) {
  }

  record Votes(Map<String, Choice> votes, String wording) {
  }

  record Discussion(String text) {
  }

  record NewAction(String what, ActionItem.Owner ownerKind, String ownerId, Integer dueInBusinessDays) {
  }

  record MinutesText(String summary) {
  }

  record Focus(Integer year, List<Channel> channels, List<String> neighbourhoods) {
  }

  record Applicant(Integer year, String name, Sector sector, DesignApplicant.Source source, String email,
      String statement) {
  }

  record Proposal(Integer year, List<Long> applicants) {
  }

  @GetMapping
  @Operation(summary = "A year's meetings, soonest first, of one committee or of every committee the caller may "
      + "read (the strategy unit and the management all, a member their own committees)")
  List<MeetingView> year(@RequestParam int year, @RequestParam(required = false) String committee,
      Authentication user) {
    return views.year(year, committee, Caller.of(user));
  }

  @GetMapping("/{meetingId}")
  @Operation(summary = "One meeting: when and where, attendance and quorum, the agenda with its votes, the action "
      + "items (and those still open from earlier meetings), the minutes")
  MeetingView meeting(@PathVariable long meetingId, Authentication user) {
    return views.meeting(meetingId, Caller.of(user));
  }

  @PostMapping("/plan")
  @Operation(summary = "The strategy unit places every committee's meetings of a year by its cadence (done by the job "
      + "executor after a cycle's start; a year that has meetings keeps them)")
  List<MeetingView> plan(@RequestParam int year, Authentication user) {
    MeetingPlanner.requireStrategyUnit(Caller.of(user));
    return views.views(planner.planYear(year));
  }

  @PostMapping
  @Operation(summary = "The strategy unit adds a meeting: committee, cycle year, date and hour (a business day, "
      + "not past), place; what waits for the committee goes on its agenda")
  MeetingView add(@RequestBody NewMeeting body, Authentication user) {
    if (body.year() == null) {
      throw MeetingProblems.invalid(List.of("חסרה שנת המעגל"));
    }
    return views.view(planner.add(body.committeeId(), body.year(), body.startsAt(), body.place(), Caller.of(user)));
  }

  @PostMapping("/{meetingId}/move")
  @Operation(summary = "Moves a meeting still ahead; invited members get an updated invitation")
  MeetingView move(@PathVariable long meetingId, @RequestBody Move body, Authentication user) {
    return views.view(planner.move(meetingId, body.startsAt(), body.place(), Caller.of(user)));
  }

  @PostMapping("/{meetingId}/cancel")
  @Operation(summary = "Cancels a meeting still ahead, with a reason; its agenda moves to the next meeting and "
      + "invited members get a cancellation")
  MeetingView cancel(@PathVariable long meetingId, @RequestBody Cancel body, Authentication user) {
    return views.view(planner.cancel(meetingId, body.reason(), Caller.of(user)));
  }

  @PostMapping("/{meetingId}/items")
  @Operation(summary = "The strategy unit adds an item to an agenda still open: for decision or discussion, title, "
      + "detail, a link to a document of the application")
  MeetingView addItem(@PathVariable long meetingId, @RequestBody NewItem body, Authentication user) {
    var item = records.addItem(meetingId, Boolean.TRUE.equals(body.decision()), body.title(), body.detail(),
        body.link(), Caller.of(user));
    return views.meeting(item.meetingId(), Caller.of(user));
  }

  @PutMapping("/{meetingId}/attendance")
  @Operation(summary = "Who of the members came (from the meeting's day until it is recorded); sets the quorum")
  MeetingView attendance(@PathVariable long meetingId, @RequestBody Attendance body, Authentication user) {
    return views.view(records.attendance(meetingId, body.present(), Caller.of(user)));
  }

  @PostMapping("/{meetingId}/items/{itemId}/votes")
  @Operation(summary = "The vote of the members present on a decision item, each for, against or abstain; a tie "
      + "is recorded as a round and the item is voted on again; a rejection of what the cycle waits for needs "
      + "its wording (what to correct)")
  MeetingView vote(@PathVariable long meetingId, @PathVariable long itemId, @RequestBody Votes body,
      Authentication user) {
    records.vote(meetingId, itemId, body.votes(), body.wording(), Caller.of(user));
    return views.meeting(meetingId, Caller.of(user));
  }

  @PutMapping("/{meetingId}/items/{itemId}/discussion")
  @Operation(summary = "What the meeting said of an item, for the minutes")
  MeetingView discuss(@PathVariable long meetingId, @PathVariable long itemId, @RequestBody Discussion body,
      Authentication user) {
    records.discuss(meetingId, itemId, body.text(), Caller.of(user));
    return views.meeting(meetingId, Caller.of(user));
  }

  @PostMapping("/{meetingId}/action-items")
  @Operation(summary = "An action item: what, the owner (PERSON, DEPARTMENT or COMMITTEE and its id), due in "
      + "business days from the meeting; it becomes a task when the meeting is recorded")
  MeetingView addAction(@PathVariable long meetingId, @RequestBody NewAction body, Authentication user) {
    records.addAction(meetingId, body.what(), body.ownerKind(), body.ownerId(), body.dueInBusinessDays(),
        Caller.of(user));
    return views.meeting(meetingId, Caller.of(user));
  }

  @PutMapping("/{meetingId}/minutes")
  @Operation(summary = "The minutes' text, while they are a draft")
  MeetingView minutes(@PathVariable long meetingId, @RequestBody MinutesText body, Authentication user) {
    records.writeMinutes(meetingId, body.summary(), Caller.of(user));
    return views.meeting(meetingId, Caller.of(user));
  }

  @PostMapping("/items/{itemId}/circulation")
  @Operation(summary = "A decision by circulation between meetings, where the committee allows it: the members' "
      + "written answers; the majority of all the members decides")
  MeetingView circulate(@PathVariable long itemId, @RequestBody Votes body, Authentication user) {
    records.circulate(itemId, body.votes(), body.wording(), Caller.of(user));
    var meetingId = records.meetingOf(itemId);
    return meetingId == null ? null : views.meeting(meetingId, Caller.of(user));
  }

  @PostMapping("/focus")
  @Operation(summary = "The strategy unit proposes the programme's focus from a year on: the channels whose working "
      + "teams work (URBAN, SOCIAL, ECONOMIC, EDUCATIONAL) and the neighbourhoods in focus (from the organisation "
      + "file's list); the proposal goes on the steering committee's agenda for decision")
  List<ProgrammeFocus.ScopeView> proposeFocus(@RequestBody Focus body, Authentication user) {
    if (body.year() == null) {
      throw MeetingProblems.invalid(List.of("חסרה שנת המעגל"));
    }
    focus.propose(body.year(), body.channels(), body.neighbourhoods(), Caller.of(user));
    return focus.of(body.year());
  }

  @GetMapping("/focus")
  @Operation(summary = "The focus proposed for a year and what the steering committee decided; the year's working "
      + "teams")
  Map<String, Object> focus(@RequestParam int year) {
    return Map.of("proposals", focus.of(year), "workingTeams", focus.workingTeams(year));
  }

  @PostMapping("/design-applicants")
  @Operation(summary = "The strategy unit records a candidate for the design committee: a resident who answered "
      + "the open call (OPEN_CALL) or a partner the mapping found (PARTNER_MAPPING), the sector they would "
      + "represent, e-mail and statement")
  DesignApplicant.ApplicantView addApplicant(@RequestBody Applicant body, Authentication user) {
    if (body.year() == null || body.source() == null) {
      throw MeetingProblems.invalid(List.of("חסרים שנת המעגל או המקור: OPEN_CALL (קול קורא) או PARTNER_MAPPING "
          + "(מיפוי שותפים)"));
    }
    long id = call.add(body.year(), body.name(), body.sector(), body.source() == DesignApplicant.Source.OPEN_CALL,
        body.email(), body.statement(), Caller.of(user));
    return call.of(body.year(), Caller.of(user)).stream().filter(applicant -> applicant.id() == id).findFirst()
        .orElseThrow();
  }

  @GetMapping("/design-applicants")
  @Operation(summary = "The year's candidates for the design committee and what became of them (the strategy "
      + "unit, the management and the steering committee's members)")
  List<DesignApplicant.ApplicantView> applicants(@RequestParam int year, Authentication user) {
    return call.of(year, Caller.of(user));
  }

  @PostMapping("/design-applicants/proposal")
  @Operation(summary = "The strategy unit proposes whom of the year's candidates to take; the proposal goes on the "
      + "steering committee's agenda for decision")
  List<DesignApplicant.ApplicantView> propose(@RequestBody Proposal body, Authentication user) {
    if (body.year() == null) {
      throw MeetingProblems.invalid(List.of("חסרה שנת המעגל"));
    }
    call.propose(body.year(), body.applicants(), Caller.of(user));
    return call.of(body.year(), Caller.of(user));
  }
}
