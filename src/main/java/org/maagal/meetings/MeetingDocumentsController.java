package org.maagal.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maagal.api.Download;
import org.maagal.organization.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's printed papers: the pack sent before it and its minutes, Hebrew right to left. */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
@Tag(name = "meetings")
class MeetingDocumentsController {

  private final MeetingDocuments documents;
  private final MeetingPackPdf pack;
  private final MinutesPdf minutes;

  MeetingDocumentsController(MeetingDocuments documents, MeetingPackPdf pack, MinutesPdf minutes) {
    this.documents = documents;
    this.pack = pack;
    this.minutes = minutes;
  }

  @GetMapping("/pack.pdf")
  @Operation(summary = "The meeting pack as PDF: a cover (committee, date and hour, place), the members, the "
      + "agenda numbered and the committee's action items still open from earlier meetings (read as the meeting)")
  ResponseEntity<byte[]> pack(@PathVariable long meetingId, Authentication user) {
    return Download.of(pack.write(documents.pack(meetingId, Caller.of(user))),
        "meeting-" + meetingId + "-pack.pdf", MediaType.APPLICATION_PDF);
  }

  @GetMapping("/minutes.pdf")
  @Operation(summary = "The minutes as PDF: attendance and quorum, each item's discussion and votes member by "
      + "member, the action items, the summary and the minutes' status; a draft is marked on every page; 409 "
      + "before the meeting is held")
  ResponseEntity<byte[]> minutes(@PathVariable long meetingId, Authentication user) {
    return Download.of(minutes.write(documents.minutes(meetingId, Caller.of(user))),
        "meeting-" + meetingId + "-minutes.pdf", MediaType.APPLICATION_PDF);
  }
}
