package org.maagal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maagal.reviewing.ReviewStatus;

/**
 * What the meeting pack and the minutes print: the meeting as the API shows it, with the names a printed page
 * needs in place of ids (the members with their sectors, who reviewed the minutes).
 *
 * @param baseUrl         the address people open the application at, before an item's link
 * @param openFromEarlier the committee's action items given at earlier meetings and still open at this one
 * @param minutes         the current version of the minutes; null where there are none yet
 */
record MeetingPapers(String municipality, String baseUrl, MeetingView meeting, List<Member> members,
    List<OpenAction> openFromEarlier, MinutesState minutes) {

  MeetingPapers {
    members = List.copyOf(members);
    openFromEarlier = List.copyOf(openFromEarlier);
  }

  /** A member's name, or the id where the organisation file no longer has them. */
  String name(String personId) {
    return members.stream().filter(member -> member.id().equals(personId)).map(Member::name).findFirst()
        .orElse(personId);
  }

  boolean present(Member member) {
    return meeting.present().contains(member.id());
  }

  /** A member of the committee, in the order of the organisation file. */
  record Member(String id, String name, String sector, boolean chair) {
  }

  /** An action item still open, the day of the meeting that gave it, and whether it is past its due day. */
  record OpenAction(MeetingView.Action action, LocalDate givenAt, boolean late) {
  }

  /** A version of the minutes in its reviewed life, with the names of who submitted and who reviewed it. */
  record MinutesState(int version, ReviewStatus status, String summary, String submittedBy, Instant submittedAt,
      String reviewedBy, Instant reviewedAt, String reviewComments) {

    boolean draft() {
      return status == ReviewStatus.DRAFT;
    }
  }
}
