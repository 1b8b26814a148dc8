package org.maagal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A meeting as the API and the meeting page show it: when, who came, the agenda with its votes, the action items, the minutes. */
public record MeetingView(long id, String committeeId, String committeeName, int year, LocalDateTime startsAt,
    LocalDateTime endsAt, String place, MeetingStatus status, String statusName, boolean extraordinary,
    String cancelReason, int members, int quorum, List<String> present, Boolean quorumMet, List<Item> agenda,
    List<Action> actionItems, List<Action> openFromEarlier, MinutesView minutes, List<Member> memberList,
    List<LateWork> lateWork) {

  /**
   * Late work the committee should hear of at a meeting still ahead: its own group's late tasks, and for the
   * steering committee every task of the year late enough to have reached the CEO.
   */
  public record LateWork(String taskName, String departmentId, int lateBusinessDays, int escalationLevel,
      String reason) {
  }

  /** A member of the committee, for the attendance and the votes: the person's id, name and sector. */
  public record Member(String id, String name, String sector) {
  }

  /** An item of the agenda and the votes on it. */
  public record Item(long id, String kind, String status, String title, String detail, String link,
      boolean placedByTheCycle, int timesMoved, String discussion, List<Decision> votes) {
  }

  /** A vote on an item: its round, each member's choice, the count and what it came to. */
  public record Decision(long id, int round, boolean byCirculation, Map<String, Choice> votes, long inFavour,
      long against, long abstain, Outcome outcome, String outcomeName, String wording, Instant decidedAt) {
  }

  /** An action item: what, whose, by when, and what was done. */
  public record Action(long id, long meetingId, String what, String ownerKind, String ownerId, String ownerName,
      LocalDate due, boolean done, String result, String doneBy, Instant doneAt) {
  }

  /** The current version of the minutes in its reviewed life. */
  public record MinutesView(int version, String status, String statusName, String summary, String reviewComments,
      String reviewedBy, Instant reviewedAt) {
  }
}
