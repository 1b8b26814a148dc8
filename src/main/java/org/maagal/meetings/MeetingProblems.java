package org.maagal.meetings;

import java.util.List;
import java.util.Map;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The meetings' refusals through the API, each a problem detail in Hebrew. */
final class MeetingProblems {

  private MeetingProblems() {
  }

  static ErrorResponseException onlyStrategyUnit() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Strategy unit only",
        "רק היחידה לתכנון אסטרטגי מנהלת את ישיבות הוועדות");
  }

  static ErrorResponseException notFound(long meetingId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such meeting", "אין ישיבה " + meetingId,
        Map.of("meetingId", meetingId));
  }

  static ErrorResponseException notAMember(String committeeName) {
    return Problems.problem(HttpStatus.FORBIDDEN, "Not a member",
        "ישיבות " + committeeName + " גלויות לחברי הוועדה ולהנהלה בלבד");
  }

  static ErrorResponseException unknownCommittee(String committeeId) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Unknown committee",
        "אין ועדה '" + committeeId + "' בקובץ הארגון", Map.of("committeeId", String.valueOf(committeeId)));
  }

  static ErrorResponseException invalid(List<String> problems) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Invalid meeting input", String.join("; ", problems),
        Map.of("problems", problems));
  }

  static ErrorResponseException conflict(String detail, MeetingStatus status) {
    return Problems.problem(HttpStatus.CONFLICT, "Meeting is " + status.name().toLowerCase(), detail,
        Map.of("status", status.name()));
  }

  static ErrorResponseException noCall(long callId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such open call", "אין קול קורא " + callId,
        Map.of("callId", callId));
  }

  static ErrorResponseException itemNotHere(long itemId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such agenda item", "אין בסדר היום של הישיבה נושא " + itemId,
        Map.of("itemId", itemId));
  }
}
